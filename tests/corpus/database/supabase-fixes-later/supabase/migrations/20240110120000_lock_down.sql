-- Lock down the first version: RLS everywhere, owner-only policies.

alter table public.habits enable row level security;
alter table public.check_ins enable row level security;

create policy "Owners read habits" on public.habits
  for select to authenticated
  using ((select auth.uid()) = user_id);

create policy "Owners write habits" on public.habits
  for all to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

drop policy if exists "anyone can write check-ins" on public.check_ins;

create policy "Owners log check-ins" on public.check_ins
  for insert to authenticated
  with check ((select auth.uid()) = user_id);

create policy "Owners read check-ins" on public.check_ins
  for select to authenticated
  using ((select auth.uid()) = user_id);

alter function public.streak_for(uuid) set search_path = '';

revoke select on public.habits from anon;
