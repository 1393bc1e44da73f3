import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { posts } from "@/db/schema";

export default async function EditPost({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = await auth();
  const post = await db.query.posts.findFirst({ where: and(eq(posts.id, id), eq(posts.authorId, userId!)) });

  async function save(formData: FormData) {
    "use server";
    const { userId } = await auth();
    if (!userId) throw new Error("Not signed in");
    const changes = Object.fromEntries(formData.entries());
    await db
      .update(posts)
      .set(changes)
      .where(and(eq(posts.id, id), eq(posts.authorId, userId)));
    revalidatePath(`/posts/${id}`);
  }

  return (
    <form action={save}>
      <input name="title" defaultValue={post?.title} />
      <textarea name="body" defaultValue={post?.body} />
      <button>Save</button>
    </form>
  );
}
