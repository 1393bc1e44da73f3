import { Pool } from "pg";
import { sql } from "@vercel/postgres";
import { PrismaClient } from "@prisma/client";
import type { Request, Response } from "express";
import knex from "./knex";

const pool = new Pool();
const prisma = new PrismaClient();

export async function search(req: Request, res: Response) {
  const term = req.query.q;
  // ruleid: js.sql.injection
  const { rows } = await pool.query(`SELECT id, name FROM products WHERE name ILIKE '%${term}%'`);
  res.json(rows);
}

export async function byId(req: Request, res: Response) {
  // ok: js.sql.injection
  const { rows } = await pool.query("SELECT * FROM products WHERE id = $1", [req.params.id]);
  res.json(rows[0]);
}

const SORTABLE = ["created_at", "name", "price"];

export async function list(req: Request, res: Response) {
  const sort = SORTABLE.includes(String(req.query.sort)) ? String(req.query.sort) : "created_at";
  // ok: js.sql.injection
  const { rows } = await pool.query(`SELECT * FROM products ORDER BY ${sort} DESC LIMIT 50`);
  res.json(rows);
}

export async function listBad(req: Request, res: Response) {
  const { sort, dir } = req.query;
  // ruleid: js.sql.injection
  const { rows } = await pool.query("SELECT * FROM products ORDER BY " + sort + " " + dir);
  res.json(rows);
}

export async function GET(request: Request, { params }: { params: { slug: string } }) {
  // ok: js.sql.injection
  const { rows } = await sql`SELECT * FROM posts WHERE slug = ${params.slug}`;
  const email = new URL(request.url).searchParams.get("email");
  // ruleid: js.sql.injection
  const users = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
  // ok: js.sql.injection
  const same = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
  return Response.json({ rows, users, same });
}

export async function findOrders(customerId: string, status: string) {
  // ruleid: js.sql.injection
  return knex("orders").whereRaw(`customer_id = '${customerId}' AND status = '${status}'`);
}

export async function findOrdersSafe(customerId: string) {
  // ok: js.sql.injection
  return knex("orders").whereRaw("customer_id = ?", [customerId]);
}

// A helper that runs the SQL it is given: the caller that builds the SQL is the finding.
export const query = (text: string, params?: unknown[]) => pool.query(text, params);

export async function countByLimit(limit: string) {
  // ok: js.sql.injection
  return query(`SELECT * FROM events LIMIT ${Number(limit)}`);
}

export function cacheLookup(cache: Map<string, string>, key: string) {
  // ok: js.sql.injection
  return cache.get(key);
}

export async function pgPromiseStyle(db: { any: (q: string, v?: unknown[]) => Promise<unknown> }, name: string) {
  // ruleid: js.sql.injection
  const rows = await db.any(`SELECT * FROM customers WHERE name = '${name}'`);
  // ok: js.sql.injection
  const same = await db.any("SELECT * FROM customers WHERE name = $1", [name]);
  // ok: js.sql.injection
  const tagged = await sql`SELECT * FROM customers WHERE name = ${name}`;
  return { rows, same, tagged };
}

export function sqliteStyle(db: { all: (q: string) => unknown; get: (k: string) => unknown }, email: string) {
  // ruleid: js.sql.injection
  const rows = db.all(`SELECT * FROM users WHERE email = '${email}'`);
  // ok: js.sql.injection
  const cached = db.get(email);
  return { rows, cached };
}

export async function drizzleSorted(db: { execute: (q: unknown) => Promise<unknown> }, drizzleSql: any, sort: string) {
  // ruleid: js.sql.injection
  return db.execute(drizzleSql`SELECT id, title FROM posts ORDER BY ${drizzleSql.raw(sort)}`);
}

export async function dynamicWhere(req: Request, res: Response) {
  const where: string[] = ["1=1"];
  if (req.query.status) where.push(`status = '${req.query.status}'`);
  // ruleid: js.sql.injection
  const { rows } = await pool.query(`SELECT * FROM orders WHERE ${where.join(" AND ")}`);
  const values: unknown[] = [];
  const conds: string[] = ["1=1"];
  if (req.query.status) {
    values.push(req.query.status);
    conds.push(`status = $${values.length}`);
  }
  // ok: js.sql.injection
  const safe = await pool.query(`SELECT * FROM orders WHERE ${conds.join(" AND ")}`, values);
  res.json({ rows, safe: safe.rows });
}
