import { Router } from "express";
import { z } from "zod";
import { prisma } from "../lib/prisma";

const router = Router();

const TaskPatch = z.object({
  title: z.string().max(200).optional(),
  done: z.boolean().optional(),
});

router.patch("/:taskId", async (req, res) => {
  const data = TaskPatch.parse(req.body);
  const task = await prisma.task.update({
    where: { id: req.params.taskId },
    data,
  });
  res.json(task);
});

router.get("/:taskId/comments", async (req, res) => {
  const task = await prisma.task.findUnique({
    where: { id: req.params.taskId },
    select: { project: { select: { ownerId: true } } },
  });
  if (!task || task.project.ownerId !== req.user!.id) return res.sendStatus(404);
  const comments = await prisma.comment.findMany({ where: { taskId: req.params.taskId } });
  res.json(comments);
});

export default router;
