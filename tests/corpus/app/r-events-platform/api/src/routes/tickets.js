import { Router } from "express";
import { db } from "../lib/db.js";

const router = Router();

router.get("/", async (req, res) => {
  const [rows] = await db.execute("SELECT * FROM tickets WHERE user_id = ?", [req.user.id]);
  res.json(rows);
});

router.get("/:id", async (req, res) => {
  const [rows] = await db.execute("SELECT * FROM tickets WHERE id = ?", [req.params.id]);
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);
});

export default router;
