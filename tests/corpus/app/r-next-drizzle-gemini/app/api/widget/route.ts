import { NextRequest, NextResponse } from "next/server";
import { db } from "@/db";

function withCors(req: NextRequest, res: NextResponse) {
  const origin = req.headers.get("origin");
  if (origin) {
    res.headers.set("Access-Control-Allow-Origin", origin);
    res.headers.set("Access-Control-Allow-Credentials", "true");
  }
  return res;
}

export async function OPTIONS(req: NextRequest) {
  return withCors(req, new NextResponse(null, { status: 204 }));
}

export async function GET(req: NextRequest) {
  const featured = await db.query.posts.findMany({
    where: (p, { eq }) => eq(p.featured, true),
    columns: { id: true, title: true },
    limit: 5,
  });
  return withCors(req, NextResponse.json(featured));
}
