import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { requireSession } from "@/lib/auth";

const ListingUpdate = z
  .object({
    title: z.string().min(3).max(120),
    description: z.string().max(5000),
    priceCents: z.number().int().positive(),
  })
  .partial();

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = String(req.query.id);
  if (req.method === "GET") {
    const listing = await prisma.listing.findFirst({ where: { id, status: "published" } });
    return listing ? res.json(listing) : res.status(404).json({ error: "Not found" });
  }
  if (req.method === "PATCH") {
    const session = await requireSession(req, res);
    if (!session) return;
    const data = ListingUpdate.parse(req.body);
    const result = await prisma.listing.updateMany({ where: { id, sellerId: session.user.id }, data });
    return result.count ? res.json({ ok: true }) : res.status(404).json({ error: "Not found" });
  }
  return res.status(405).end();
}
