create or replace function public.purge_customer(target uuid)
returns void
language plpgsql
security definer
as $$
begin
  delete from public.customers where id = target;
end;
$$;

revoke execute on function public.purge_customer(uuid) from public;
grant execute on function public.purge_customer(uuid) to anon, authenticated;

create or replace function public.touch_updated_at()
returns trigger
language plpgsql
as $$
begin
  new.paid_at = now();
  return new;
end;
$$;
