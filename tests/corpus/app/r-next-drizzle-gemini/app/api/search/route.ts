import { sql } from "drizzle-orm";
import { NextRequest, NextResponse } from "next/server";
import { db } from "@/db";

export async function GET(request: NextRequest) {
  const term = request.nextUrl.searchParams.get("q") ?? "";
  const sort = request.nextUrl.searchParams.get("sort") ?? "created_at";
  const result = await db.execute(
    sql.raw(`SELECT id, title FROM posts WHERE title ILIKE '%${term}%' ORDER BY ${sort} DESC LIMIT 20`),
  );
  const safe = await db.execute(sql`SELECT id, title FROM posts WHERE title ILIKE ${"%" + term + "%"} LIMIT 20`);
  return NextResponse.json({ rows: result.rows, safe: safe.rows });
}
