import pg from "pg";
import knexFactory from "knex";
import { PrismaClient } from "@prisma/client";

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
export const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
export const prisma = new PrismaClient();

// Small wrapper so every query is timed in one place.
export async function query(text, params) {
  const started = Date.now();
  const result = await pool.query(text, params);
  if (Date.now() - started > 500) console.warn("slow query", { ms: Date.now() - started, text });
  return result;
}
