-- Clients, projects, invoices: the portal's core tables.
create table public.clients (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  name varchar(100) not null,
  email text not null,
  created_at timestamptz not null default now()
);
create index clients_owner_id_idx on public.clients (owner_id);
alter table public.clients enable row level security;
create policy "Owners read their clients" on public.clients
  for select using (auth.uid() = owner_id);
create policy "Owners change their clients" on public.clients
  for update using (auth.uid() = owner_id) with check (auth.uid() = owner_id);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  client_id uuid not null references public.clients (id),
  name text not null,
  status text not null default 'active',
  budget_cents integer not null default 0,
  archived boolean not null default false
);
create index projects_owner_id_idx on public.projects (owner_id);
create index projects_client_id_idx on public.projects (client_id);
alter table public.projects enable row level security;
create policy "Anyone signed in can manage projects" on public.projects
  for all to authenticated using (true) with check (true);

create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id),
  number text not null,
  amount_cents integer not null,
  status text not null default 'open',
  stripe_invoice_id text unique,
  created_at timestamptz not null default now()
);
create index invoices_client_id_idx on public.invoices (client_id);

create table public.line_items (
  id bigint generated always as identity primary key,
  invoice_id uuid not null references public.invoices (id) on delete cascade,
  description text not null,
  amount_cents integer not null
);
alter table public.line_items enable row level security;

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  company text,
  role text not null default 'client'
);
alter table public.profiles enable row level security;
create policy "Users read their profile" on public.profiles
  for select using (auth.uid() = id);
create policy "Admins edit any profile" on public.profiles
  for update using ((auth.jwt() -> 'user_metadata' ->> 'role') = 'admin');
create policy "Staff read every profile" on public.profiles
  for select using ((auth.jwt() -> 'app_metadata' ->> 'role') = 'staff');

-- Pricing is public on purpose: the marketing site reads it.
create table public.plans (
  id text primary key,
  name text not null,
  price_cents integer not null
);
alter table public.plans enable row level security;
create policy "Plans are public" on public.plans for select using (true);

grant select on public.invoices to anon;

create function public.invoice_total(p_client uuid) returns bigint
language sql
security definer
as $$
  select coalesce(sum(amount_cents), 0) from public.invoices where client_id = p_client;
$$;

create function public.project_count(p_owner uuid) returns bigint
language sql
security definer
set search_path = ''
as $$
  select count(*) from public.projects where owner_id = p_owner;
$$;
