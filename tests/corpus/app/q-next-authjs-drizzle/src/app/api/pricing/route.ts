import { asc } from "drizzle-orm";
import { NextResponse } from "next/server";
import { db } from "@/db";
import { plans } from "@/db/schema";

export async function GET() {
  const rows = await db.select().from(plans).orderBy(asc(plans.priceCents));
  return NextResponse.json(rows);
}
