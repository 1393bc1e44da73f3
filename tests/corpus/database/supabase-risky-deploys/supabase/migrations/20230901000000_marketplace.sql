create table public.sellers (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name varchar(50) not null,
  bio text,
  rating numeric(3, 2),
  created_at timestamp not null default now()
);

create table public.listings (
  id bigserial primary key,
  seller_id uuid not null references public.sellers (id),
  title varchar(80) not null,
  price_cents integer not null,
  quantity integer not null default 1,
  legacy_sku text,
  created_at timestamptz not null default now()
);

create index listings_seller_id_idx on public.listings (seller_id);

alter table public.sellers enable row level security;
alter table public.listings enable row level security;

create policy "listings are public" on public.listings for select using (true);
create policy "sellers are public" on public.sellers for select using (true);
create policy "sellers edit their listings" on public.listings for all to authenticated
  using (seller_id = (select auth.uid())) with check (seller_id = (select auth.uid()));
create policy "sellers edit their profile" on public.sellers for update to authenticated
  using (id = (select auth.uid()));
