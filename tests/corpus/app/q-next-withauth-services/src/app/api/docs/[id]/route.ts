import { withAuth } from "@/lib/with-auth";
import { admin } from "@/lib/admin";

export const DELETE = withAuth(async (_req, { user, params }) => {
  await admin.from("docs").delete().eq("id", params.id).eq("owner_id", user.id);
  return new Response(null, { status: 204 });
});

export const GET = withAuth(async (_req, { params }) => {
  const { data } = await admin.from("docs").select("*").eq("id", params.id).single();
  return Response.json(data);
});
