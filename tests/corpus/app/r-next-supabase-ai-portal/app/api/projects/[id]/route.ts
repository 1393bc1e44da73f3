import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

type Params = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Params) {
  const { id } = await params;
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { name, description, status } = await request.json();
  const update = {
    name: typeof name === "string" ? name.slice(0, 120) : undefined,
    description: typeof description === "string" ? description : undefined,
    status: status === "archived" ? "archived" : "active",
  };
  const { data, error } = await supabase
    .from("projects")
    .update(update)
    .eq("id", id)
    .eq("owner_id", user.id)
    .select()
    .single();
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json(data);
}
