import { createClient } from 'npm:@supabase/supabase-js@2'

Deno.serve(async (req) => {
  const supabase = createClient(
    Deno.env.get('SUPABASE_URL')!,
    Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!
  )
  const key = 'sb_secret__lv2q6Agn9E6R4oshGdz3FBwBcvwg2_f'
  return new Response('ok')
})
