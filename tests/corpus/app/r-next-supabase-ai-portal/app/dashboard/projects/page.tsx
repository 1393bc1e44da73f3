import { createClient } from "@/lib/supabase/server";
import { ChatWidget } from "@/components/ChatWidget";
import { ProjectCount, TeamUsage } from "@/components/TeamUsage";

export default async function ProjectsPage() {
  const supabase = await createClient();
  const { data: projects } = await supabase.from("projects").select("id, name, status, team_id");
  return (
    <main>
      <ProjectCount />
      {projects?.[0] ? <TeamUsage teamId={projects[0].team_id} /> : null}
      <ul>
        {projects?.map((p) => (
          <li key={p.id}>
            {p.name} — {p.status}
          </li>
        ))}
      </ul>
      <ChatWidget projectName={projects?.[0]?.name ?? ""} />
    </main>
  );
}
