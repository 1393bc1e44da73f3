create table public.profiles (
  id uuid primary key references auth.users on delete cascade,
  full_name text
);
alter table public.profiles enable row level security;

-- seed an admin (password hash from bcrypt, not the password)
insert into public.admins (email, password_hash)
values ('owner@acme.io', '$2b$10$4RkngsoSbPHC.sfBsnDWSnmsCVFDn45MRq4U6P0US1TgE/sMhC/JO');

create role reporting with login password '5!!7Cfon9Hfksg^u#3SF';
