create table public.customers (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  email text not null,
  stripe_customer_id text unique
);
create index customers_owner_id_idx on public.customers (owner_id);
alter table public.customers enable row level security;
create policy "owners manage customers" on public.customers for all to authenticated
  using (owner_id = (select auth.uid())) with check (owner_id = (select auth.uid()));

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers (id) on delete cascade,
  amount_cents integer not null,
  paid_at timestamptz not null default now()
);
create index payments_customer_id_idx on public.payments (customer_id);
alter table public.payments enable row level security;
create policy "owners read payments" on public.payments for select to authenticated
  using (customer_id in (select id from public.customers where owner_id = (select auth.uid())));

create table public.plans (
  id text primary key,
  name text not null,
  price_cents integer not null
);
grant select on public.plans to anon, authenticated;

create table public.exchange_rates (
  currency char(3) primary key,
  rate numeric(12, 6) not null,
  fetched_at timestamptz not null default now()
);
alter table public.exchange_rates enable row level security;
create policy "rates are public" on public.exchange_rates for select to anon, authenticated using (true);
grant select on public.exchange_rates to anon;
