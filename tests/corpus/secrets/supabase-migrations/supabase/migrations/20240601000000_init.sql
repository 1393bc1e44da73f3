create table public.profiles (
  id uuid primary key references auth.users on delete cascade,
  full_name text
);
alter table public.profiles enable row level security;

-- seed an admin (password hash from bcrypt, not the password)
insert into public.admins (email, password_hash)
values ('owner@acme.io', '$2b$10$aEGe22w7.G18naBsFsVQFxFhJ7.T2leQwD6oACii9Yp.Bg4BcKjYt');

create role reporting with login password 'Thqm4eIbRcwThv1ASEpc';
