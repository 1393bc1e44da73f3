import { z } from "zod";
import { q } from "@/lib/db";
import { requireUser } from "@/lib/auth";
import { logger } from "@/lib/logger";

const Patch = z.object({ title: z.string().max(200).optional(), status: z.enum(["todo", "done"]).optional() });

export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(req);
  if (!user) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const patch = Patch.parse(await req.json());
  const rows = await q(
    "UPDATE items SET title = COALESCE($1, title), status = COALESCE($2, status) WHERE id = $3 AND owner_id = $4 RETURNING id",
    [patch.title ?? null, patch.status ?? null, id, user.id],
  );
  logger.info({ itemId: id, userId: user.id }, "item updated");
  return rows.length ? Response.json(rows[0]) : Response.json({ error: "Not found" }, { status: 404 });
}
