import { supabase } from './supabase'

export async function monthlyRevenue(month: string) {
  const { data, error } = await supabase.rpc('monthly_revenue', { month })
  if (error) throw error
  return data
}
