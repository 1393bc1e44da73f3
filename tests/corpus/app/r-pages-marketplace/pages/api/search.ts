import type { NextApiRequest, NextApiResponse } from "next";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";

const CATEGORIES = new Set(["furniture", "electronics", "clothing", "books"]);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const q = typeof req.query.q === "string" ? req.query.q : "";
  const category = typeof req.query.category === "string" ? req.query.category : "";
  const maxPrice = req.query.maxPrice;

  const byText = await prisma.$queryRaw`
    SELECT id, title, price_cents FROM "Listing"
    WHERE status = 'published' AND title ILIKE ${"%" + q + "%"}
    LIMIT 50`;

  const categoryFilter = CATEGORIES.has(category) ? Prisma.sql`AND category = ${category}` : Prisma.empty;
  const filtered = await prisma.$queryRaw`
    SELECT id, title FROM "Listing" WHERE status = 'published' ${categoryFilter} LIMIT 50`;

  const cheap = await prisma.$queryRawUnsafe(
    `SELECT id, title, price_cents FROM "Listing" WHERE status = 'published' AND price_cents <= ${maxPrice} ORDER BY price_cents`,
  );

  res.json({ byText, filtered, cheap });
}
