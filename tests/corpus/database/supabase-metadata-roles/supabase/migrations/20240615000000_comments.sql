create table public.comments (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references public.documents (id) on delete cascade,
  author_id uuid not null references auth.users (id),
  body text not null,
  created_at timestamptz not null default now()
);

create index comments_document_id_idx on public.comments (document_id);
create index comments_author_id_idx on public.comments (author_id);

alter table public.comments enable row level security;

create policy "Comment on visible documents"
  on public.comments for insert
  to authenticated
  with check (
    author_id = auth.uid()
    and exists (
      select 1 from public.documents d
      where d.id = document_id and (d.owner_id = auth.uid() or d.visibility <> 'private')
    )
  );

create policy "Read comments of visible documents"
  on public.comments for select
  to authenticated
  using (
    exists (
      select 1 from public.documents d
      where d.id = document_id and (d.owner_id = auth.uid() or d.visibility <> 'private')
    )
  );

create policy "Moderators hide comments"
  on public.comments for update
  to authenticated
  using (coalesce((auth.jwt() -> 'user_metadata' ->> 'moderator')::boolean, false))
  with check (true);

create policy "Support staff delete comments"
  on public.comments for delete
  to authenticated
  using ((auth.jwt() ->> 'email') like '%@support.example.com' and (auth.jwt() -> 'app_metadata' ->> 'staff')::boolean);
