create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null references auth.users (id)
);

create table public.memberships (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member',
  primary key (organization_id, user_id)
);
create index memberships_user_id_idx on public.memberships (user_id);
create index organizations_created_by_idx on public.organizations (created_by);

create or replace function private.is_member(org uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.organization_id = org and m.user_id = (select auth.uid())
  );
$$;

alter table public.organizations enable row level security;
alter table public.memberships enable row level security;

create policy "members read their organizations" on public.organizations
  for select to authenticated using (private.is_member(id));
create policy "creators update organizations" on public.organizations
  for update to authenticated using (created_by = (select auth.uid()));
create policy "members read memberships" on public.memberships
  for select to authenticated using (private.is_member(organization_id));
create policy "owners add members" on public.memberships
  for insert to authenticated
  with check (
    exists (
      select 1 from public.memberships m
      where m.organization_id = memberships.organization_id
        and m.user_id = (select auth.uid()) and m.role = 'owner'
    )
  );
create policy "any member can remove members" on public.memberships
  for delete to authenticated
  using (auth.role() = 'authenticated');

create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  assignee_id uuid references auth.users (id),
  title text not null,
  done boolean not null default false
);
create index tasks_organization_id_idx on public.tasks (organization_id);
alter table public.tasks enable row level security;

create policy "members manage tasks" on public.tasks for all to authenticated
  using (private.is_member(organization_id)) with check (private.is_member(organization_id));
create policy "no archived tasks" on public.tasks as restrictive for all to authenticated
  using (true);
create policy "signed in users close tasks" on public.tasks for update to authenticated
  using (auth.uid() is not null)
  with check (done = true);
