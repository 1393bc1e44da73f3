import { headers } from "next/headers";
import { Webhook } from "svix";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) return new Response("Missing secret", { status: 500 });

  const h = await headers();
  const payload = await req.text();
  let evt: WebhookEvent;
  try {
    evt = new Webhook(secret).verify(payload, {
      "svix-id": h.get("svix-id")!,
      "svix-timestamp": h.get("svix-timestamp")!,
      "svix-signature": h.get("svix-signature")!,
    }) as WebhookEvent;
  } catch {
    return new Response("Bad signature", { status: 400 });
  }

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const email = evt.data.email_addresses[0]?.email_address ?? "";
    try {
      await prisma.user.upsert({
        where: { id: evt.data.id },
        create: { id: evt.data.id, email },
        update: { email },
      });
    } catch (err) {
      console.error("user sync failed", err);
    }
  }
  return new Response("ok");
}
