import { NextResponse } from "next/server";
import { createClient } from "@/lib/server";

type Handler = (req: Request, ctx: { user: { id: string }; params: Record<string, string> }) => Promise<Response>;

export function withAuth(handler: Handler) {
  return async (req: Request, { params }: { params: Record<string, string> }) => {
    const supabase = await createClient();
    const { data: { user } } = await supabase.auth.getUser();
    if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    return handler(req, { user, params });
  };
}
