import { createClient } from 'npm:@supabase/supabase-js@2'

Deno.serve(async (req) => {
  const supabase = createClient(
    Deno.env.get('SUPABASE_URL')!,
    Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!
  )
  const key = 'sb_secret_0j9otLmMnvYb-9TzaSj4LCO7FOENuv7G'
  return new Response('ok')
})
