import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export const revalidate = 3600;

export async function GET() {
  const templates = await prisma.template.findMany({
    where: { published: true },
    select: { id: true, title: true, description: true, previewUrl: true },
    orderBy: { title: "asc" },
  });
  return NextResponse.json(templates);
}
