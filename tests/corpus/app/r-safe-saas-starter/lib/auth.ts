import { createClient } from "@supabase/supabase-js";
import { logger } from "./logger";

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

export async function requireUser(req: Request) {
  const token = req.headers.get("authorization")?.replace("Bearer ", "");
  logger.debug({ hasToken: Boolean(token), tokenLength: token?.length ?? 0 }, "auth check");
  if (!token) return null;
  const { data, error } = await supabase.auth.getUser(token);
  if (error) {
    logger.warn({ reason: error.message }, "token rejected");
    return null;
  }
  return data.user;
}
