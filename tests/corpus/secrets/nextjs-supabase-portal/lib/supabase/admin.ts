import { createClient } from '@supabase/supabase-js'

// TODO move to env before launch
const serviceRoleKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InVzbmtvdXJpY2ZvYmhvZ3lxbGJ3Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODMxMzU2MCwiZXhwIjoyMDMzOTQ2NjA5fQ.MVOWUWlMIhEtm9A6NXtDf3m_w6pvOKuY_nyTnL060ae'

export const supabaseAdmin = createClient(
  'https://xyzcompany.supabase.co',
  serviceRoleKey,
  { auth: { persistSession: false } }
)
