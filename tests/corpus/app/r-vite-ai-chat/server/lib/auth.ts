import { createClient } from "@supabase/supabase-js";
import type { NextFunction, Request, Response } from "express";

const supabase = createClient(process.env.VITE_SUPABASE_URL!, process.env.VITE_SUPABASE_ANON_KEY!);

export type Authed = Request & { userId: string };

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  const { data, error } = await supabase.auth.getUser(token);
  if (error || !data.user) {
    console.warn("auth failed", { reason: error?.message, tokenPresent: token.length > 0 });
    return res.status(401).json({ error: "Unauthorized" });
  }
  (req as Authed).userId = data.user.id;
  next();
}
