-- Team workspace for a small consultancy: documents, comments, admin-only settings.

create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  body text,
  visibility text not null default 'private' check (visibility in ('private', 'team', 'public')),
  updated_at timestamptz not null default now()
);

create index documents_owner_id_idx on public.documents (owner_id);
alter table public.documents enable row level security;

create policy "Public documents are readable"
  on public.documents for select
  to anon, authenticated
  using (visibility = 'public');

create policy "Owners manage documents"
  on public.documents for all
  to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Editors can update any document"
  on public.documents for update
  to authenticated
  using ((auth.jwt() -> 'user_metadata' ->> 'role') = 'editor');

create policy "Admins delete documents"
  on public.documents for delete
  to authenticated
  using ((auth.jwt() -> 'app_metadata' ->> 'role') = 'admin');

create table public.workspace_settings (
  key text primary key,
  value jsonb not null,
  updated_by uuid references auth.users (id)
);

create index workspace_settings_updated_by_idx on public.workspace_settings (updated_by);
alter table public.workspace_settings enable row level security;

create or replace function public.is_workspace_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(
    (select raw_user_meta_data ->> 'is_admin' from auth.users where id = auth.uid())::boolean,
    false
  );
$$;

create policy "Workspace admins edit settings"
  on public.workspace_settings for all
  to authenticated
  using (public.is_workspace_admin())
  with check (public.is_workspace_admin());

create policy "Members read settings"
  on public.workspace_settings for select
  to authenticated
  using (true);
