import { createClient } from '@/utils/supabase/server'
export async function GET() {
  const supabase = await createClient()
  const { data } = await supabase.from('case_studies').select('title, summary, cover_url').eq('published', true)
  return Response.json(data)
}
