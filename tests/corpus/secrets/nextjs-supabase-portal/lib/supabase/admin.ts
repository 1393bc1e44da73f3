import { createClient } from '@supabase/supabase-js'

// TODO move to env before launch
const serviceRoleKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InVtbnJ1Z3pwY2x4b25hZGx1ZXhmIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODgwNzQ1MiwiZXhwIjoyMDMzMTIzNzA1fQ.-oY2Nzfq0_wmKyuShroCifZA-Uq8dLNjHpWpbWUS2jq'

export const supabaseAdmin = createClient(
  'https://xyzcompany.supabase.co',
  serviceRoleKey,
  { auth: { persistSession: false } }
)
