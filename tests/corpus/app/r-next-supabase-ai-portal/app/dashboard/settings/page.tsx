import { createClient } from "@/lib/supabase/server";
import { updateNotificationPrefs, updateProfile } from "./actions";

export default async function SettingsPage() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  const { data: profile } = await supabase.from("profiles").select("full_name, company").eq("id", user!.id).single();
  return (
    <div className="space-y-8">
      <form action={updateProfile}>
        <input name="full_name" defaultValue={profile?.full_name ?? ""} />
        <input name="company" defaultValue={profile?.company ?? ""} />
        <button type="submit">Save</button>
      </form>
      <form action={updateNotificationPrefs}>
        <input type="checkbox" name="email_updates" />
        <input type="checkbox" name="weekly_digest" />
        <button type="submit">Save preferences</button>
      </form>
    </div>
  );
}
