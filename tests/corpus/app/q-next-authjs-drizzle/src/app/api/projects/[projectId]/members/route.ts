import { and, eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { db } from "@/db";
import { members, projects } from "@/db/schema";

export async function GET(_req: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { projectId } = await params;
  const [project] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.ownerId, session.user.id)));
  if (!project) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const rows = await db.select().from(members).where(eq(members.projectId, projectId));
  return NextResponse.json(rows);
}
