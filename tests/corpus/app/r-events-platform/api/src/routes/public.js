import { Router } from "express";
import { db } from "../lib/db.js";

const router = Router();

router.get("/events", async (req, res) => {
  const city = req.query.city;
  const [rows] = await db.execute("SELECT id, title, starts_at FROM events WHERE published = 1 AND city = ?", [city]);
  res.json(rows);
});

router.get("/events/upcoming", async (req, res) => {
  const days = parseInt(req.query.days, 10) || 30;
  const [rows] = await db.query(
    `SELECT id, title, starts_at FROM events WHERE published = 1 AND starts_at < NOW() + INTERVAL ${days} DAY`,
  );
  res.json(rows);
});

router.get("/events/by-organizer", async (req, res) => {
  const [rows] = await db.query(
    "SELECT id, title FROM events WHERE published = 1 AND organizer_slug = '" + req.query.slug + "'",
  );
  res.json(rows);
});

export default router;
