create table public.reminders (
  id uuid primary key default gen_random_uuid(),
  habit_id uuid not null references public.habits (id) on delete cascade,
  remind_at time not null,
  timezone text not null default 'UTC'
);

create index reminders_habit_id_idx on public.reminders (habit_id);

alter table public.reminders enable row level security;

-- Reminders are sent by the edge function with the service role; nobody reads them from the app.
create table public.reminder_deliveries (
  id bigint generated always as identity primary key,
  reminder_id uuid not null references public.reminders (id) on delete cascade,
  delivered_at timestamptz not null default now()
);

alter table public.reminder_deliveries enable row level security;

create index reminder_deliveries_reminder_id_idx on public.reminder_deliveries (reminder_id);

create policy "service role manages deliveries"
  on public.reminder_deliveries for all
  to service_role
  using (true)
  with check (true);
