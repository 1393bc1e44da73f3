create table public.reviews (
  id bigserial primary key,
  listing_id bigint not null,
  author_id uuid not null,
  stars smallint not null check (stars between 1 and 5),
  body text
);

alter table public.reviews
  add constraint reviews_listing_id_fkey foreign key (listing_id) references public.listings (id),
  add constraint reviews_author_id_fkey foreign key (author_id) references auth.users (id);

create index reviews_listing_id_idx on public.reviews (listing_id);
create index reviews_author_id_idx on public.reviews (author_id);

alter table public.reviews enable row level security;
create policy "reviews are public" on public.reviews for select using (true);
create policy "authors write reviews" on public.reviews for insert to authenticated
  with check (author_id = (select auth.uid()));

alter table public.orders add column review_id bigint;
alter table public.orders add constraint orders_review_id_fkey
  foreign key (review_id) references public.reviews (id) not valid;
alter table public.orders validate constraint orders_review_id_fkey;
create index concurrently orders_review_id_idx on public.orders (review_id);

alter table public.listings add constraint listings_category_check check (category <> '');
alter table public.orders add constraint orders_seller_fk foreign key (listing_id) references public.listings (id);
alter table public.orders rename column status to state;
alter table public.reviews rename column body to comment;
alter table public.orders drop column shipping_address;
