import { NextResponse } from "next/server";
import { createClient, createServiceClient } from "@/lib/supabase/server";

// The project page. middleware.ts makes sure somebody is signed in.
export async function GET(_request: Request, { params }: { params: { id: string } }) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  }
  const admin = createServiceClient();
  const { data: project } = await admin.from("projects").select("*").eq("id", params.id).single();
  return NextResponse.json(project);
}

// Archive a project: only its owner may do it.
export async function DELETE(_request: Request, { params }: { params: { id: string } }) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  }
  const admin = createServiceClient();
  const { error } = await admin
    .from("projects")
    .update({ archived: true })
    .eq("id", params.id)
    .eq("owner_id", user.id);
  if (error) {
    console.error("archive failed", error.message);
    return NextResponse.json({ error: "Could not archive" }, { status: 500 });
  }
  return NextResponse.json({ archived: true });
}
