import { findItems } from "@/lib/db";
import { requireUser } from "@/lib/auth";

const ALLOWED_ORIGINS = new Set(["https://app.example.com", "https://www.example.com"]);

export async function GET(req: Request) {
  const user = await requireUser(req);
  if (!user) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const url = new URL(req.url);
  const items = await findItems(user.id, {
    status: url.searchParams.get("status") ?? undefined,
    search: url.searchParams.get("q") ?? undefined,
    sort: url.searchParams.get("sort") ?? undefined,
  });
  const origin = req.headers.get("origin") ?? "";
  const headers = new Headers({ "Content-Type": "application/json" });
  if (ALLOWED_ORIGINS.has(origin)) {
    headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Access-Control-Allow-Credentials", "true");
  }
  return new Response(JSON.stringify(items), { headers });
}
