create index if not exists habits_user_id_idx on public.habits using btree (user_id);
create index if not exists check_ins_habit_id_idx on public.check_ins (habit_id);
create index if not exists check_ins_user_id_checked_on_idx on public.check_ins (user_id, checked_on);
