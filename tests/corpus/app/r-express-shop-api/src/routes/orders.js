import { Router } from "express";
import { z } from "zod";
import { knex, prisma, query } from "../lib/db.js";

const router = Router();

const NewOrder = z.object({
  items: z.array(z.object({ productId: z.string().uuid(), quantity: z.number().int().min(1).max(20) })).min(1),
  note: z.string().max(500).optional(),
});

router.get("/", async (req, res) => {
  const status = req.query.status;
  const orders = await knex("orders")
    .where({ customer_id: req.user.sub })
    .modify((q) => {
      if (status) q.whereRaw(`status = '${status}'`);
    })
    .orderBy("created_at", "desc");
  res.json(orders);
});

router.get("/:id", async (req, res) => {
  const { rows } = await query("SELECT * FROM orders WHERE id = $1 AND customer_id = $2", [
    req.params.id,
    req.user.sub,
  ]);
  if (!rows[0]) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

router.post("/", async (req, res) => {
  const input = NewOrder.parse(req.body);
  const order = await prisma.order.create({
    data: {
      customerId: req.user.sub,
      note: input.note,
      items: { create: input.items.map((i) => ({ productId: i.productId, quantity: i.quantity })) },
    },
  });
  res.status(201).json(order);
});

export default router;
