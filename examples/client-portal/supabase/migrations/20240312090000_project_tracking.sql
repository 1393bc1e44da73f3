-- Track who last touched a project and when it is due.
create index projects_status_idx on public.projects (status);

alter table public.projects add column due_on date not null;
alter table public.projects add column priority smallint not null default 2;

alter table public.invoices alter column amount_cents type numeric(12, 2);
alter table public.clients alter column name type varchar(200);

alter table public.projects add column updated_by uuid;
alter table public.projects add constraint projects_updated_by_fkey
  foreign key (updated_by) references auth.users (id);

alter table public.clients drop column email;
alter table public.projects rename column name to title;

-- A brand-new table: indexes and constraints here lock nothing.
create table public.project_notes (
  id bigint generated always as identity primary key,
  project_id uuid not null references public.projects (id),
  author_id uuid not null references auth.users (id),
  body text not null
);
create index project_notes_project_id_idx on public.project_notes (project_id);
create index project_notes_author_id_idx on public.project_notes (author_id);
alter table public.project_notes enable row level security;
create policy "Authors read their notes" on public.project_notes
  for select using (auth.uid() = author_id);
create policy "Authors write their notes" on public.project_notes
  for insert with check (auth.uid() = author_id);
