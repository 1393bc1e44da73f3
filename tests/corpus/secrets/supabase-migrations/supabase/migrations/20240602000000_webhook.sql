create or replace function public.notify_new_order() returns trigger
language plpgsql as $$
begin
  perform net.http_post(
    url := 'https://xyzcompany.supabase.co/functions/v1/order-created',
    headers := jsonb_build_object(
      'Content-Type', 'application/json',
      'Authorization', 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imh5aGlraWNlcmJwYmJwY29ycmJyIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODQ2NTk1MiwiZXhwIjoyMDMzODY3MjE5fQ._MePf8AeQW9fBDbqklCDel2Wipjr5DbTQocodJCKcen'
    ),
    body := to_jsonb(new)
  );
  return new;
end;
$$;

-- the anon key is fine to embed: it is public by design
select net.http_get('https://xyzcompany.supabase.co/rest/v1/?apikey=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImZqdHBjYmdub2ppbHZ3aWZyYXZuIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTgwMTM5NDQsImV4cCI6MjAzMzY4MTE3OH0.9KBfW2BVjFPGdHWXrLo62tpsKV8La0-DcBIO7Wq1YBX');
