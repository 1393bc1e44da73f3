create table public.activity (
  id bigint generated always as identity primary key,
  project_id uuid not null references public.projects (id) on delete cascade,
  actor_id uuid references public.profiles (id),
  kind text not null,
  payload jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);

create index activity_project_id_created_at_idx on public.activity (project_id, created_at desc);

alter table public.activity enable row level security;

create index concurrently if not exists projects_client_id_idx on public.projects (client_id);
