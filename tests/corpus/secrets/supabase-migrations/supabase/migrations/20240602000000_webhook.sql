create or replace function public.notify_new_order() returns trigger
language plpgsql as $$
begin
  perform net.http_post(
    url := 'https://xyzcompany.supabase.co/functions/v1/order-created',
    headers := jsonb_build_object(
      'Content-Type', 'application/json',
      'Authorization', 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Inh6cWp2ZGZmeWtnbmNhbHV2d3JlIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODAxNTg4OSwiZXhwIjoyMDMzNDAxNDA0fQ.AsQ3HgRGE_FsZYb57v2mzJEG9uBfUaQbslan3Sg52K4'
    ),
    body := to_jsonb(new)
  );
  return new;
end;
$$;

-- the anon key is fine to embed: it is public by design
select net.http_get('https://xyzcompany.supabase.co/rest/v1/?apikey=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImR4Y2ZmaWtpdG10b2hrenlhYmtuIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTg1ODI0MDMsImV4cCI6MjAzMzg3OTYwMH0.nZnMsetgWMfNxIJKGqfhrxU-iyg_bFMFamchAfIbNYP');
