import type { Request, Response, NextFunction } from "express";

export function apiKey(req: Request, res: Response, next: NextFunction) {
  if (req.headers["x-api-key"] !== process.env.INTERNAL_API_KEY) {
    return res.status(401).json({ error: "bad key" });
  }
  next();
}
