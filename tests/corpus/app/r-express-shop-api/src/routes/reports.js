import { Router } from "express";
import { requireAdmin } from "../middleware/auth.js";
import { prisma } from "../lib/db.js";
import { revenueByDay } from "../services/reports.js";

const router = Router();
router.use(requireAdmin);

router.get("/revenue", async (req, res) => {
  const rows = await revenueByDay(String(req.query.from ?? "2024-01-01"), String(req.query.to ?? "2100-01-01"));
  res.json(rows);
});

router.get("/top-customers", async (req, res) => {
  const limit = Math.min(Number(req.query.limit ?? 10), 100);
  const rows = await prisma.$queryRaw`
    SELECT c.id, c.email, SUM(o.total_cents) AS spent
    FROM orders o JOIN users c ON c.id = o.customer_id
    GROUP BY c.id ORDER BY spent DESC LIMIT ${limit}`;
  res.json(rows);
});

export default router;
