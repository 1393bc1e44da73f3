import { createClient as createAdmin } from '@supabase/supabase-js'
const admin = createAdmin(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { data } = await admin.from('clients').select('*, invoices(*)').eq('id', id).single()
  return Response.json(data)
}
