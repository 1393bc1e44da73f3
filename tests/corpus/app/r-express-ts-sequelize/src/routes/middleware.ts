import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { env } from "../config/env";
import { log } from "../config/logger";

export interface AuthedRequest extends Request {
  agent?: { id: number; role: string };
}

export function authenticate(req: AuthedRequest, res: Response, next: NextFunction) {
  const bearer = req.get("authorization")?.split(" ")[1];
  if (!bearer) return res.status(401).json({ error: "missing token" });
  try {
    req.agent = jwt.verify(bearer, env.jwtSecret) as { id: number; role: string };
    next();
  } catch (e) {
    log.warn({ err: (e as Error).message, bearer }, "jwt rejected");
    res.status(401).json({ error: "invalid token" });
  }
}
