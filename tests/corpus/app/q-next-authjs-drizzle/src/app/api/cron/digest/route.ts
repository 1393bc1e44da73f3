import { NextResponse } from "next/server";
import { db } from "@/db";
import { notifications } from "@/db/schema";

export async function GET(req: Request) {
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const pending = await db.select().from(notifications).limit(1000);
  return NextResponse.json({ queued: pending.length });
}
