"use server";

import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { posts } from "@/db/schema";

const PostInput = z.object({ title: z.string().min(1).max(200), body: z.string().max(20000) });

export async function createPost(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Not signed in");
  const input = PostInput.parse({ title: formData.get("title"), body: formData.get("body") });
  await db.insert(posts).values({ ...input, authorId: userId });
  revalidatePath("/posts");
}

export async function importPost(raw: Record<string, unknown>) {
  const { userId } = await auth();
  if (!userId) throw new Error("Not signed in");
  await db.insert(posts).values({ ...raw, authorId: userId } as typeof posts.$inferInsert);
  revalidatePath("/posts");
}
