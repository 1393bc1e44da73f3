import { Router } from "express";
import { pool, knex } from "../lib/db.js";

const router = Router();
const SORT_COLUMNS = { newest: "created_at", price: "price_cents", name: "name" };

// Public catalogue.
router.get("/", async (req, res) => {
  const sort = SORT_COLUMNS[req.query.sort] ?? "created_at";
  const direction = req.query.dir === "asc" ? "ASC" : "DESC";
  const { rows } = await pool.query(
    `SELECT id, name, price_cents, image_url FROM products WHERE active ORDER BY ${sort} ${direction} LIMIT 100`,
  );
  res.json(rows);
});

router.get("/search", async (req, res) => {
  const { q = "", category } = req.query;
  let sql = `SELECT id, name, price_cents FROM products WHERE active AND name ILIKE '%${q}%'`;
  if (category) sql += ` AND category = '${category}'`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

router.get("/by-tag/:tag", async (req, res) => {
  const rows = await knex("products")
    .select("id", "name", "price_cents")
    .whereRaw("? = ANY(tags)", [req.params.tag])
    .limit(50);
  res.json(rows);
});

router.get("/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM products WHERE id = $1 AND active", [req.params.id]);
  if (!rows[0]) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

export default router;
