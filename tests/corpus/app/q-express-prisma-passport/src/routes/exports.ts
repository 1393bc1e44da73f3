import { Router } from "express";
import { prisma } from "../lib/prisma";

const router = Router();

router.get("/tasks.csv", async (_req, res) => {
  const tasks = await prisma.task.findMany({ include: { project: { select: { name: true } } } });
  const lines = tasks.map((t) => [t.id, t.project.name, JSON.stringify(t.title), t.done].join(","));
  res.type("text/csv").send(["id,project,title,done", ...lines].join("\n"));
});

export default router;
