import { getServerSession } from "next-auth";
import * as z from "zod";
import { authOptions } from "@/lib/auth";
import { db } from "@/lib/db";

const routeContextSchema = z.object({ params: z.object({ postId: z.string() }) });

export async function DELETE(req: Request, context: z.infer<typeof routeContextSchema>) {
  try {
    const { params } = routeContextSchema.parse(context);
    if (!(await verifyCurrentUserHasAccessToPost(params.postId))) {
      return new Response(null, { status: 403 });
    }
    await db.post.delete({ where: { id: params.postId as string } });
    return new Response(null, { status: 204 });
  } catch (error) {
    return new Response(null, { status: 500 });
  }
}

export async function PATCH(req: Request, context: z.infer<typeof routeContextSchema>) {
  const { params } = routeContextSchema.parse(context);
  const session = await getServerSession(authOptions);
  if (!session) return new Response("Unauthorized", { status: 403 });
  const json = await req.json();
  await db.post.update({ where: { id: params.postId }, data: { title: json.title } });
  return new Response(null, { status: 200 });
}

async function verifyCurrentUserHasAccessToPost(postId: string) {
  const session = await getServerSession(authOptions);
  const count = await db.post.count({ where: { id: postId, authorId: session?.user.id } });
  return count > 0;
}
