import { auth } from "@clerk/nextjs/server";
import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(_req: NextRequest, { params }: { params: { id: string } }) {
  const workspace = await prisma.workspace.findUnique({
    where: { id: params.id },
    include: { documents: true, members: true },
  });
  if (!workspace) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(workspace);
}

export async function PATCH(req: NextRequest, { params }: { params: { id: string } }) {
  const { userId } = await auth();
  const workspace = await prisma.workspace.findFirst({
    where: { id: params.id, ownerId: userId ?? undefined },
  });
  if (!workspace) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { name } = await req.json();
  const updated = await prisma.workspace.update({
    where: { id: workspace.id },
    data: { name: String(name).slice(0, 80) },
  });
  return NextResponse.json(updated);
}
