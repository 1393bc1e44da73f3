create schema if not exists api;
create schema if not exists internal;

create table public.recipes (
  id bigint generated always as identity primary key,
  author_id uuid not null references auth.users (id),
  title text not null,
  published boolean not null default false,
  created_at timestamptz not null default now()
);

create table public.ingredients (
  id bigint generated always as identity primary key,
  recipe_id bigint not null references public.recipes (id) on delete cascade,
  name text not null,
  amount text
);

create table public.favorites (
  user_id uuid not null references auth.users (id) on delete cascade,
  recipe_id bigint not null references public.recipes (id) on delete cascade,
  primary key (user_id, recipe_id)
);

create table api.newsletter_signups (
  id bigint generated always as identity primary key,
  email text not null unique,
  created_at timestamptz not null default now()
);

create table internal.import_jobs (
  id bigint generated always as identity primary key,
  source_url text not null,
  status text not null default 'queued'
);

-- Declarative files describe the final shape; these are not migrations.
alter table public.recipes add column cover_url text not null;
create index recipes_author_id_idx on public.recipes (author_id);
create index ingredients_recipe_id_idx on public.ingredients (recipe_id);
