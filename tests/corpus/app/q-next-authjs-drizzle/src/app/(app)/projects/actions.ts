"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { db } from "@/db";
import { comments, notifications, projects } from "@/db/schema";
import { getCurrentUser } from "@/lib/session";

export async function createProject(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/api/auth/signin");
  const name = String(formData.get("name") ?? "").trim().slice(0, 80);
  await db.insert(projects).values({ name, ownerId: session.user.id });
  revalidatePath("/projects");
}

export async function renameProject(projectId: string, name: string) {
  const user = await getCurrentUser();
  if (!user?.id) throw new Error("Unauthorized");
  await db
    .update(projects)
    .set({ name: name.slice(0, 80) })
    .where(and(eq(projects.id, projectId), eq(projects.ownerId, user.id)));
  revalidatePath("/projects");
}

export async function addComment(projectId: string, body: string) {
  const user = await getCurrentUser();
  if (!user?.id) throw new Error("Unauthorized");
  await db.insert(comments).values({ projectId, authorId: user.id, body: body.slice(0, 2000) });
  await db.insert(notifications).values({ userId: user.id, text: "Comment posted" });
  revalidatePath(`/projects/${projectId}`);
}

export async function deleteComment(commentId: string) {
  const session = await auth();
  if (!session) throw new Error("Unauthorized");
  await db.delete(comments).where(eq(comments.id, commentId));
  revalidatePath("/projects");
}

export async function listAllProjects() {
  return db.select().from(projects);
}
