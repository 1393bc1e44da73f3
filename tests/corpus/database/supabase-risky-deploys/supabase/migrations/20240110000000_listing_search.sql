-- Search got slow: index titles and prices.
create index listings_title_idx on public.listings using gin (to_tsvector('english', title));
create index concurrently listings_price_idx on public.listings (price_cents);

alter table public.listings alter column title type varchar(200);
alter table public.sellers alter column display_name type text;
alter table public.sellers alter column rating type numeric(4, 2);
