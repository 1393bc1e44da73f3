import { Router } from "express";
import { z } from "zod";
import { prisma } from "../lib/prisma";

const router = Router();

const ProjectInput = z.object({ name: z.string().min(1).max(100) });

router.get("/", async (req, res) => {
  const projects = await prisma.project.findMany({ where: { ownerId: req.user!.id } });
  res.json(projects);
});

router.post("/", async (req, res) => {
  const input = ProjectInput.parse(req.body);
  const project = await prisma.project.create({ data: { ...input, ownerId: req.user!.id } });
  res.status(201).json(project);
});

router.get("/:projectId", async (req, res) => {
  const project = await prisma.project.findFirst({
    where: { id: req.params.projectId, ownerId: req.user!.id },
    include: { tasks: true },
  });
  if (!project) return res.sendStatus(404);
  res.json(project);
});

router.delete("/:projectId", async (req, res) => {
  const { count } = await prisma.project.deleteMany({
    where: { id: req.params.projectId, ownerId: req.user!.id },
  });
  res.sendStatus(count ? 204 : 404);
});

export default router;
