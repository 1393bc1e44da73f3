create table public.profiles (
  id uuid primary key references auth.users on delete cascade,
  full_name text
);
alter table public.profiles enable row level security;

-- seed an admin (password hash from bcrypt, not the password)
insert into public.admins (email, password_hash)
values ('owner@acme.io', '$2b$10$RusZAdSG3zt41aZ6n9CX9UvAXq9KCnwaIjgCwUzChxEQZmTtUgxdy');

create role reporting with login password 'FsDgpeHI*Rb^ZjmXKOYR';
