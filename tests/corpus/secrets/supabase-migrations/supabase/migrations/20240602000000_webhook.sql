create or replace function public.notify_new_order() returns trigger
language plpgsql as $$
begin
  perform net.http_post(
    url := 'https://xyzcompany.supabase.co/functions/v1/order-created',
    headers := jsonb_build_object(
      'Content-Type', 'application/json',
      'Authorization', 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InVzZGJqeXlkd3BucGViZW5lamhuIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODM5NjE5OCwiZXhwIjoyMDMzMTAyMDgzfQ.y9yEXz3FLwPBHcWZg9p-DM_tbtPFaXZbj-dHOwti0z2'
    ),
    body := to_jsonb(new)
  );
  return new;
end;
$$;

-- the anon key is fine to embed: it is public by design
select net.http_get('https://xyzcompany.supabase.co/rest/v1/?apikey=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImZ2ZmppYmpxZHFzemdtZXZka2hiIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTg3NDE3NzMsImV4cCI6MjAzMzMzNDI2OX0.1-DuJV3JUf3-3gEm1TMj5Wn04WC7jnrMQIiS7pS1hbn');
