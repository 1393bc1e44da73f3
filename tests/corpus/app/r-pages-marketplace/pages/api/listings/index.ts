import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/prisma";
import { requireSession } from "@/lib/auth";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET") {
    const listings = await prisma.listing.findMany({
      where: { status: "published" },
      select: { id: true, title: true, priceCents: true, imageUrl: true },
      take: 60,
    });
    return res.json(listings);
  }
  if (req.method === "POST") {
    const session = await requireSession(req, res);
    if (!session) return;
    const listing = await prisma.listing.create({
      data: {
        ...req.body,
        sellerId: session.user.id,
      },
    });
    return res.status(201).json(listing);
  }
  res.setHeader("Allow", "GET, POST");
  return res.status(405).end();
}
