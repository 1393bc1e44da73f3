import { createClient } from '@supabase/supabase-js'

// TODO move to env before launch
const serviceRoleKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImhxbmhjZHJmcnJoamF5cmJhcWhlIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODczODIzOCwiZXhwIjoyMDMzNjA2NTAxfQ.2FNWYNi6N-N21uT4Q9MSFMKKRndZjVcsW8POO4N93Ua'

export const supabaseAdmin = createClient(
  'https://xyzcompany.supabase.co',
  serviceRoleKey,
  { auth: { persistSession: false } }
)
