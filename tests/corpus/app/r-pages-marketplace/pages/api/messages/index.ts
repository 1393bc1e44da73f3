import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/prisma";
import { requireSession } from "@/lib/auth";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await requireSession(req, res);
  if (!session) return;
  if (req.method === "POST") {
    const { listingId, body } = req.body as { listingId: string; body: string };
    const message = await prisma.message.create({
      data: { listingId, body: String(body).slice(0, 2000), senderId: session.user.id },
    });
    return res.status(201).json(message);
  }
  const inbox = await prisma.message.findMany({
    where: { OR: [{ senderId: session.user.id }, { listing: { sellerId: session.user.id } }] },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return res.json(inbox);
}
