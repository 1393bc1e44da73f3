import { NextResponse } from "next/server";
import { z } from "zod";
import { supabaseAdmin } from "@/lib/supabase/admin";

const ContactSchema = z.object({
  name: z.string().min(1).max(200),
  email: z.string().email(),
  message: z.string().min(1).max(5000),
});

export async function POST(req: Request) {
  const parsed = ContactSchema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid form" }, { status: 400 });
  }
  const { error } = await supabaseAdmin.from("contact_messages").insert(parsed.data);
  if (error) {
    console.error("contact insert failed", error.message);
    return NextResponse.json({ error: "Could not send" }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}
