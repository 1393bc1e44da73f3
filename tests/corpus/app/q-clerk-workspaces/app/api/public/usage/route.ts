import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

// Used by the status page widget
export async function GET() {
  const events = await prisma.usageEvent.findMany({
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { workspaceId: true, userId: true, kind: true, tokens: true, createdAt: true },
  });
  return NextResponse.json(events);
}
