import { auth } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET() {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const workspaces = await prisma.workspace.findMany({
    where: { members: { some: { userId } } },
    select: { id: true, name: true, plan: true },
  });
  return NextResponse.json(workspaces);
}

export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { name } = await req.json();
  const workspace = await prisma.workspace.create({
    data: { name: String(name).slice(0, 80), ownerId: userId, members: { create: { userId, role: "owner" } } },
  });
  return NextResponse.json(workspace, { status: 201 });
}
