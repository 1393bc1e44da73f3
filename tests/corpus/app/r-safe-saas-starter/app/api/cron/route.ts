import { pool } from "@/lib/db";
import { logger } from "@/lib/logger";

const RETENTION_TABLES = ["audit_log", "sessions", "password_resets"] as const;

export async function GET(req: Request) {
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    logger.warn("cron called without the right secret");
    return new Response("Unauthorized", { status: 401 });
  }
  for (const table of RETENTION_TABLES) {
    const res = await pool.query(`DELETE FROM ${table} WHERE created_at < now() - interval '90 days'`);
    logger.info({ table, deleted: res.rowCount }, "retention");
  }
  return Response.json({ ok: true });
}
