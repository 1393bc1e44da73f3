insert into storage.buckets (id, name, public) values ('avatars', 'avatars', true);
insert into storage.buckets (id, name, public) values ('contracts', 'contracts', false);

create policy "Avatar images are publicly accessible."
  on storage.objects for select
  using (bucket_id = 'avatars');

create policy "Anyone can upload an avatar."
  on storage.objects for insert
  with check (bucket_id = 'avatars');

create policy "Users update their own avatar"
  on storage.objects for update to authenticated
  using (bucket_id = 'avatars' and (select auth.uid())::text = (storage.foldername(name))[1]);

create policy "Members upload contracts"
  on storage.objects for insert to authenticated
  with check (bucket_id = 'contracts' and private.is_member(((storage.foldername(name))[1])::uuid));

create policy "Signed-in users delete contracts"
  on storage.objects for delete to authenticated
  using (bucket_id = 'contracts' and auth.role() = 'authenticated');

create policy "Owners delete their avatar"
  on storage.objects for delete to authenticated
  using (bucket_id = 'avatars' and owner_id = (select auth.uid())::text);
