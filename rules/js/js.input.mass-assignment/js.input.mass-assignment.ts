import { z } from "zod";
import express from "express";
import { prisma } from "@/lib/prisma";
import { createClient } from "@/lib/supabase/server";
import { User } from "./models/user";

const router = express.Router();

router.post("/profile", async (req, res) => {
  const user = await prisma.user.update({
    where: { id: req.user.id },
    // ruleid: js.input.mass-assignment
    data: req.body,
  });
  res.json(user);
});

router.put("/users/:id", async (req, res) => {
  // ruleid: js.input.mass-assignment
  const updated = await User.findByIdAndUpdate(req.params.id, req.body, { new: true });
  res.json(updated);
});

router.post("/users", async (req, res) => {
  // ruleid: js.input.mass-assignment
  const created = new User(req.body);
  await created.save();
  res.status(201).json(created);
});

const ProfileInput = z.object({ name: z.string().max(80), bio: z.string().max(500) });

router.patch("/profile", async (req, res) => {
  const input = ProfileInput.parse(req.body);
  // ok: js.input.mass-assignment
  const user = await prisma.user.update({ where: { id: req.user.id }, data: input });
  res.json(user);
});

router.patch("/profile/name", async (req, res) => {
  const { name, bio } = req.body;
  // ok: js.input.mass-assignment
  const user = await prisma.user.update({ where: { id: req.user.id }, data: { name, bio } });
  res.json(user);
});

export async function POST(request: Request) {
  const body = await request.json();
  const supabase = createClient();
  const { data: auth } = await supabase.auth.getUser();
  const { data, error } = await supabase
    .from("projects")
    // ruleid: js.input.mass-assignment
    .insert({ ...body, owner_id: auth.user?.id })
    .select()
    .single();
  if (error) return Response.json({ error: error.message }, { status: 400 });
  return Response.json(data);
}

export async function PATCH(request: Request) {
  const body = await request.json();
  const supabase = createClient();
  const fields = { title: String(body.title), status: body.status === "done" ? "done" : "open" };
  // ok: js.input.mass-assignment
  const { error } = await supabase.from("tasks").update(fields).eq("id", body.id);
  return Response.json({ ok: !error });
}

export async function PUT(request: Request) {
  const { id, ...changes } = await request.json();
  // ruleid: js.input.mass-assignment
  await prisma.task.update({ where: { id }, data: changes });
  return Response.json({ ok: true });
}

router.post("/notes", async (req, res) => {
  const note = req.body;
  note.authorId = req.user.id;
  // ruleid: js.input.mass-assignment
  const saved = await prisma.note.create({ data: note });
  res.json(saved);
});

router.patch("/events/:id", async (req, res) => {
  // ruleid: js.input.mass-assignment
  await db.query("UPDATE events SET ? WHERE id = ?", [req.body, req.params.id]);
  const picked = { title: String(req.body.title) };
  // ok: js.input.mass-assignment
  await db.query("UPDATE events SET ? WHERE id = ?", [picked, req.params.id]);
  res.sendStatus(204);
});

router.patch("/me/fields", async (req, res) => {
  const updates: Record<string, unknown> = {};
  if (typeof req.body.name === "string") updates.name = req.body.name;
  if (typeof req.body.bio === "string") updates.bio = req.body.bio;
  // ok: js.input.mass-assignment
  await prisma.user.update({ where: { id: req.user.id }, data: updates });
  res.sendStatus(204);
});
