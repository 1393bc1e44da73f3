create or replace function public.notify_new_order() returns trigger
language plpgsql as $$
begin
  perform net.http_post(
    url := 'https://xyzcompany.supabase.co/functions/v1/order-created',
    headers := jsonb_build_object(
      'Content-Type', 'application/json',
      'Authorization', 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImV4anBmamdzZnhxandvdWh1bWJvIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODE2NzQ4MCwiZXhwIjoyMDMzMTc3NDMzfQ.TUrQt8xv395NPT1APbbxmnMQkksGI2_FNUH_xgHbGq_'
    ),
    body := to_jsonb(new)
  );
  return new;
end;
$$;

-- the anon key is fine to embed: it is public by design
select net.http_get('https://xyzcompany.supabase.co/rest/v1/?apikey=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImJ6YmVmZ2Jpb2N2cnVyaWFhYXl6Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTg1MjIxNjAsImV4cCI6MjAzMzIyODg0N30.1OvcWnxbVWTAgMC9FHF2Xg4xGFCh7YctFKwBKeOuE2Z');
