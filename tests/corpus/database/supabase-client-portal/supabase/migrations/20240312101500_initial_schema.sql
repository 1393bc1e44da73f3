-- Client portal: agencies share projects and invoices with their clients.

create extension if not exists "uuid-ossp";

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  avatar_url text,
  company text,
  created_at timestamptz not null default now()
);

alter table public.profiles enable row level security;

create policy "Profiles are viewable by everyone"
  on public.profiles for select
  using (true);

create policy "Users can update their own profile"
  on public.profiles for update
  using (auth.uid() = id)
  with check (auth.uid() = id);

create table public.clients (
  id uuid primary key default uuid_generate_v4(),
  agency_id uuid not null references public.profiles (id),
  name text not null,
  email text,
  created_at timestamptz not null default now()
);

create index clients_agency_id_idx on public.clients (agency_id);

alter table public.clients enable row level security;

create policy "Agencies manage their clients"
  on public.clients for all
  using ((select auth.uid()) = agency_id)
  with check ((select auth.uid()) = agency_id);

create table public.projects (
  id uuid primary key default uuid_generate_v4(),
  client_id uuid not null references public.clients (id) on delete cascade,
  title text not null,
  status text not null default 'active',
  budget numeric(12, 2),
  created_at timestamptz not null default now()
);

alter table public.projects enable row level security;

create policy "Agencies read projects of their clients"
  on public.projects for select
  using (
    exists (
      select 1 from public.clients c
      where c.id = projects.client_id and c.agency_id = auth.uid()
    )
  );

create policy "Signed-in users can update projects"
  on public.projects for update
  to authenticated
  using (true);

-- Sign-up hook: create the profile row.
create or replace function public.handle_new_user()
returns trigger
language plpgsql
security definer set search_path = ''
as $$
begin
  insert into public.profiles (id, full_name, avatar_url)
  values (new.id, new.raw_user_meta_data ->> 'full_name', new.raw_user_meta_data ->> 'avatar_url');
  return new;
end;
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute procedure public.handle_new_user();
