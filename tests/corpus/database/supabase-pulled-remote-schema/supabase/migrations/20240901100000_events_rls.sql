alter table public.project_events enable row level security;
revoke all on table public.project_events from anon;
create index project_events_project_id_idx on public.project_events (project_id);

alter function public.handle_new_user() set search_path = '';
revoke execute on function public.handle_new_user() from anon, authenticated;
