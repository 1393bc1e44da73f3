"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export async function updateProfile(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const values = Object.fromEntries(formData);
  const { error } = await supabase.from("profiles").update(values).eq("id", user.id);
  if (error) throw new Error(error.message);
  revalidatePath("/dashboard/settings");
}

export async function updateNotificationPrefs(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const prefs = {
    email_updates: formData.get("email_updates") === "on",
    weekly_digest: formData.get("weekly_digest") === "on",
  };
  const { error } = await supabase.from("notification_prefs").upsert({ user_id: user.id, ...prefs });
  if (error) throw new Error(error.message);
  revalidatePath("/dashboard/settings");
}
