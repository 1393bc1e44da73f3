import { createServerClient } from "@supabase/ssr";
export async function createClient() { return createServerClient("u", "k", { cookies: {} as any }); }
