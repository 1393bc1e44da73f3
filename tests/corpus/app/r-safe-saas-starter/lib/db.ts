import { Pool } from "pg";
import { logger } from "./logger";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function q<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const started = Date.now();
  const res = await pool.query(text, values);
  logger.debug({ ms: Date.now() - started, rows: res.rowCount }, "query");
  return res.rows as T[];
}

export async function findItems(ownerId: string, filters: { status?: string; search?: string; sort?: string }) {
  const conditions = ["owner_id = $1"];
  const values: unknown[] = [ownerId];
  if (filters.status) {
    values.push(filters.status);
    conditions.push(`status = $${values.length}`);
  }
  if (filters.search) {
    values.push(`%${filters.search}%`);
    conditions.push(`title ILIKE $${values.length}`);
  }
  const sortColumn = ({ newest: "created_at", title: "title" } as Record<string, string>)[filters.sort ?? ""] ?? "created_at";
  return q(`SELECT id, title, status FROM items WHERE ${conditions.join(" AND ")} ORDER BY ${sortColumn} DESC`, values);
}
