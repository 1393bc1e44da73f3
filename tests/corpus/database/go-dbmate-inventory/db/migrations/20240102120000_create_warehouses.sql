-- migrate:up
create table warehouses (
  id bigserial primary key,
  name text not null,
  city text not null
);

create table items (
  id bigserial primary key,
  warehouse_id bigint not null references warehouses (id),
  sku varchar(32) not null,
  quantity integer not null default 0
);

create unique index items_sku_key on items (sku);

-- migrate:down
drop table items;
drop table warehouses;
