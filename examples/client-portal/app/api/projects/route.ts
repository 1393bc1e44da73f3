import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const NewProject = z.object({ name: z.string().min(1).max(120), budget_cents: z.number().int().nonnegative() });

// The signed-in user's projects; RLS and the owner filter both scope them.
export async function GET() {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  }
  const { data } = await supabase.from("projects").select("id, name, status").eq("owner_id", user.id);
  return NextResponse.json(data ?? []);
}

export async function POST(request: Request) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  }
  const parsed = NewProject.safeParse(await request.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const { data, error } = await supabase
    .from("projects")
    .insert({ ...parsed.data, owner_id: user.id })
    .select()
    .single();
  if (error) {
    return NextResponse.json({ error: "Could not create the project" }, { status: 500 });
  }
  return NextResponse.json(data, { status: 201 });
}
