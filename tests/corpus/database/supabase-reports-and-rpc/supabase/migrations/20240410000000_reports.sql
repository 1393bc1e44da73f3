create view public.customer_revenue as
  select c.owner_id, c.id as customer_id, c.name, sum(p.amount_cents) as revenue_cents
  from public.customers c
  join public.payments p on p.customer_id = c.id
  group by c.owner_id, c.id, c.name;

create view public.my_customer_revenue
  with (security_invoker = on) as
  select c.id as customer_id, c.name, sum(p.amount_cents) as revenue_cents
  from public.customers c
  join public.payments p on p.customer_id = c.id
  group by c.id, c.name;

create view public.payment_export as
  select p.*, c.email from public.payments p join public.customers c on c.id = p.customer_id;
revoke all on public.payment_export from anon, authenticated;

create view public.plan_catalog as select id, name, price_cents from public.plans;
alter view public.plan_catalog set (security_invoker = true);
grant select on public.plan_catalog to anon;

grant select on public.customer_revenue to anon;

create or replace function public.monthly_revenue(month date)
returns bigint
language sql
security definer
set search_path = public, pg_temp
as $$
  select coalesce(sum(amount_cents), 0) from payments
  where date_trunc('month', paid_at) = date_trunc('month', month);
$$;

grant execute on function public.monthly_revenue(date) to anon;

create or replace function public.customer_count()
returns bigint
language sql
security invoker
as $$ select count(*) from public.customers; $$;

grant execute on function public.customer_count() to anon;
