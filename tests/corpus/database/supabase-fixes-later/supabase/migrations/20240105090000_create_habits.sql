create table if not exists public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  cadence text not null default 'daily',
  created_at timestamptz not null default now()
);

create table if not exists public.check_ins (
  id uuid primary key default gen_random_uuid(),
  habit_id uuid not null references public.habits (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  checked_on date not null default current_date
);

create policy "anyone can write check-ins"
  on public.check_ins for insert
  with check (true);

create or replace function public.streak_for(habit uuid)
returns integer
language plpgsql
security definer
as $$
declare
  n integer;
begin
  select count(*) into n from public.check_ins where habit_id = habit;
  return n;
end;
$$;

grant select on public.habits to anon;
