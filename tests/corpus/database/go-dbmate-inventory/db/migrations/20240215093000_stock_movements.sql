-- migrate:up
create table stock_movements (
  id bigserial primary key,
  item_id bigint not null references items (id),
  delta integer not null,
  reason text,
  created_at timestamptz not null default now()
);
create index stock_movements_item_id_idx on stock_movements (item_id);

create index items_warehouse_id_idx on items (warehouse_id);

alter table items alter column sku type varchar(64);
alter table items add column reorder_level integer not null default 10;

-- migrate:down
alter table items drop column reorder_level;
drop index items_warehouse_id_idx;
drop table stock_movements;
