create table if not exists public.projects (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  name text not null
);

create table if not exists public.project_files (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  path text not null,
  size_bytes bigint not null default 0
);

create table if not exists public.api_keys (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  hashed_key text not null,
  created_at timestamptz not null default now()
);

create index if not exists projects_owner_id_idx on public.projects (owner_id);
create index if not exists project_files_project_id_idx on public.project_files (project_id);
create index if not exists api_keys_project_id_idx on public.api_keys (project_id);

-- Turn RLS on for every table in public, whatever was added above.
do $$
declare
  t record;
begin
  for t in select tablename from pg_tables where schemaname = 'public' loop
    execute format('alter table public.%I enable row level security', t.tablename);
  end loop;
end
$$;

do $$
begin
  if not exists (
    select 1 from pg_policies where schemaname = 'public' and tablename = 'projects' and policyname = 'owners manage projects'
  ) then
    create policy "owners manage projects" on public.projects for all to authenticated
      using (owner_id = (select auth.uid())) with check (owner_id = (select auth.uid()));
  end if;
end
$$;

do $$
begin
  if not exists (select 1 from pg_policies where policyname = 'members edit files') then
    execute 'create policy "members edit files" on public.project_files for all to authenticated using (true) with check (true)';
  end if;
end
$$;
