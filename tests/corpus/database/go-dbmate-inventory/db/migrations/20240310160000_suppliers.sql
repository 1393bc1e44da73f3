-- migrate:up
create table suppliers (
  id bigserial primary key,
  name text not null
);

alter table items add column supplier_id bigint;
alter table items add constraint items_supplier_id_fkey foreign key (supplier_id) references suppliers (id) not valid;
alter table items validate constraint items_supplier_id_fkey;

alter table stock_movements add column created_by bigint not null;
alter table warehouses rename column city to location;

-- migrate:down
alter table warehouses rename column location to city;
alter table stock_movements drop column created_by;
alter table items drop column supplier_id;
drop table suppliers;
