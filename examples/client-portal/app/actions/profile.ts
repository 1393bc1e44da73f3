"use server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const ProfileForm = z.object({ full_name: z.string().max(120), company: z.string().max(120) });

// Saves the profile form. The whole form goes to the database as it came.
export async function saveProfile(formData: FormData) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in first");
  const fields = Object.fromEntries(formData);
  await supabase.from("profiles").update(fields).eq("id", user.id);
}

// The safe version: only the fields the form is meant to change.
export async function saveCompany(formData: FormData) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in first");
  const fields = ProfileForm.parse(Object.fromEntries(formData));
  await supabase.from("profiles").update({ full_name: fields.full_name, company: fields.company }).eq("id", user.id);
}
