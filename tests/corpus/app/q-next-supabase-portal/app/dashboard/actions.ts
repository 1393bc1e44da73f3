"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function updateProfile(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    throw new Error("Not signed in");
  }
  const fullName = String(formData.get("full_name") ?? "").slice(0, 120);
  await supabase.from("profiles").update({ full_name: fullName }).eq("id", user.id);
  revalidatePath("/dashboard/settings");
}

export async function archiveProject(projectId: string) {
  await supabaseAdmin.from("projects").update({ status: "archived" }).eq("id", projectId);
  revalidatePath("/dashboard");
}
