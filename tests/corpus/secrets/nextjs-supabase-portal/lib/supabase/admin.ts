import { createClient } from '@supabase/supabase-js'

// TODO move to env before launch
const serviceRoleKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFjeXRmZXhpdnh0Ym1nanF5cnpwIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODMwNTI3MCwiZXhwIjoyMDMzODA2NzgzfQ.9ULW50ERlHjHPg7F9RhYhHXiDDx0k9T0YMWFcYnq1gi'

export const supabaseAdmin = createClient(
  'https://xyzcompany.supabase.co',
  serviceRoleKey,
  { auth: { persistSession: false } }
)
