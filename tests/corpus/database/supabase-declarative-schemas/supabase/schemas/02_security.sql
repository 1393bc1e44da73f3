alter table public.recipes enable row level security;
alter table public.ingredients enable row level security;
alter table public.favorites enable row level security;

create policy "published recipes are public" on public.recipes
  for select to anon, authenticated using (published or author_id = (select auth.uid()));
create policy "authors write recipes" on public.recipes
  for insert to authenticated with check (author_id = (select auth.uid()));
create policy "authors edit recipes" on public.recipes
  for update to authenticated using (author_id = (select auth.uid()));

create policy "ingredients follow recipes" on public.ingredients
  for select to anon, authenticated
  using (exists (select 1 from public.recipes r where r.id = recipe_id and (r.published or r.author_id = (select auth.uid()))));
create policy "anyone edits ingredients" on public.ingredients
  for update to anon, authenticated using (true) with check (true);

create policy "own favorites" on public.favorites
  for all to authenticated using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
