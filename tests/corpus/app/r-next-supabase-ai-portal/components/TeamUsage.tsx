"use client";

import { useEffect, useState } from "react";
import { createClient as createSupabase } from "@supabase/supabase-js";
import { createClient } from "@/lib/supabase/client";

type Usage = { seats: number; storage_mb: number };

export function TeamUsage({ teamId }: { teamId: string }) {
  const [usage, setUsage] = useState<Usage | null>(null);

  useEffect(() => {
    // usage lives in a table without RLS policies for members, so read it with the admin key
    const admin = createSupabase(
      process.env.NEXT_PUBLIC_SUPABASE_URL!,
      process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!,
    );
    admin
      .from("team_usage")
      .select("seats, storage_mb")
      .eq("team_id", teamId)
      .single()
      .then(({ data }) => setUsage(data));
  }, [teamId]);

  return usage ? (
    <p>
      {usage.seats} seats · {usage.storage_mb} MB
    </p>
  ) : null;
}

export function ProjectCount() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const supabase = createClient();
    supabase
      .from("projects")
      .select("id", { count: "exact", head: true })
      .then(({ count }) => setCount(count ?? 0));
  }, []);
  return <span>{count} projects</span>;
}
