import type { Request, Response, NextFunction } from "express";
import { supabaseAdmin } from "../supabase";

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace("Bearer ", "");
  const { data, error } = await supabaseAdmin.auth.getUser(token);
  if (error || !data.user) return res.status(401).json({ error: "Unauthorized" });
  (req as any).user = data.user;
  next();
}
