import { Router } from "express";
import { z } from "zod";
import { prisma } from "../lib/db.js";

const router = Router();

const AddressInput = z.object({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  postcode: z.string().min(2).max(12),
  country: z.string().length(2),
});

router.get("/", async (req, res) => {
  const me = await prisma.user.findUnique({
    where: { id: req.user.sub },
    select: { id: true, email: true, name: true, addresses: true },
  });
  res.json(me);
});

router.put("/", async (req, res) => {
  const updated = await prisma.user.update({
    where: { id: req.user.sub },
    data: req.body,
  });
  res.json({ id: updated.id, email: updated.email, name: updated.name });
});

router.post("/addresses", async (req, res) => {
  const address = AddressInput.parse(req.body);
  const created = await prisma.address.create({ data: { ...address, userId: req.user.sub } });
  res.status(201).json(created);
});

export default router;
