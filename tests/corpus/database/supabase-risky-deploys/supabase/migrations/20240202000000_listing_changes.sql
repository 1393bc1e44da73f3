alter table public.listings add column category text not null;
alter table public.listings add column currency char(3) not null default 'USD';
alter table public.listings add column archived_at timestamptz;
alter table public.listings alter column price_cents type bigint;
alter table public.sellers alter column created_at type timestamptz;
alter table public.listings drop column legacy_sku;
alter table public.sellers rename column bio to about;
