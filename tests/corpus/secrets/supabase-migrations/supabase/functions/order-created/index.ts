import { createClient } from 'npm:@supabase/supabase-js@2'

Deno.serve(async (req) => {
  const supabase = createClient(
    Deno.env.get('SUPABASE_URL')!,
    Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!
  )
  const key = 'sb_secret_R3gKL4oVsAQ3tHTkPaSdF7Sq3U-2rQo5'
  return new Response('ok')
})
