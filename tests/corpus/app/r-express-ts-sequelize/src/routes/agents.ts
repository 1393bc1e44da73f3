import { Router } from "express";
import { Agent } from "../models";
import type { AuthedRequest } from "./middleware";

export const agentRouter = Router();

agentRouter.get("/me", async (req: AuthedRequest, res) => {
  const me = await Agent.findByPk(req.agent!.id, { attributes: ["id", "email", "role"] });
  res.json(me);
});

agentRouter.patch("/me", async (req: AuthedRequest, res) => {
  const me = await Agent.findByPk(req.agent!.id);
  if (!me) return res.status(404).end();
  await me.update({ email: String(req.body.email) });
  res.json({ id: me.get("id") });
});

agentRouter.post("/", async (req: AuthedRequest, res) => {
  if (req.agent!.role !== "admin") return res.status(403).json({ error: "admins only" });
  const agent = await Agent.create(req.body);
  res.status(201).json(agent);
});
