create table public.orders (
  id bigserial primary key,
  listing_id bigint not null,
  buyer_id uuid not null references auth.users (id),
  status text not null default 'pending',
  total_cents integer not null,
  created_at timestamptz not null default now()
);

-- Same migration as the table: the table is still empty, so these are fine.
create index orders_buyer_id_idx on public.orders (buyer_id);
create index orders_listing_id_idx on public.orders (listing_id);
alter table public.orders add constraint orders_listing_id_fkey
  foreign key (listing_id) references public.listings (id);
alter table public.orders add column shipping_address jsonb not null;
alter table public.orders alter column total_cents type bigint;

alter table public.orders enable row level security;
create policy "buyers see their orders" on public.orders for select to authenticated
  using (buyer_id = (select auth.uid()));
create policy "buyers place orders" on public.orders for insert to authenticated
  with check (buyer_id = (select auth.uid()));
