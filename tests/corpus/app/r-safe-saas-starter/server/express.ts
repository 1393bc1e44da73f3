import cors from "cors";
import express from "express";
import { z } from "zod";
import jwt from "jsonwebtoken";
import { prisma } from "./prisma";

function requireAuth(req: express.Request, res: express.Response, next: express.NextFunction) {
  const token = req.header("authorization")?.replace(/^Bearer /, "");
  try {
    res.locals.userId = (jwt.verify(token ?? "", process.env.JWT_SECRET!) as { sub: string }).sub;
    return next();
  } catch {
    return res.status(401).json({ error: "Unauthorized" });
  }
}

const app = express();
const allowlist = (process.env.CORS_ORIGINS ?? "").split(",").filter(Boolean);

app.use(
  cors({
    credentials: true,
    origin(origin, callback) {
      if (!origin || allowlist.includes(origin)) return callback(null, true);
      return callback(new Error("Origin not allowed"));
    },
  }),
);
app.use("/public", cors());
app.use(express.json());

const ProfileInput = z.object({ displayName: z.string().max(80), bio: z.string().max(500) }).strict();

app.put("/me", requireAuth, async (req, res) => {
  const userId = res.locals.userId as string;
  const input = ProfileInput.parse(req.body);
  const user = await prisma.user.update({ where: { id: userId }, data: input });
  console.log("profile updated", { userId, fields: Object.keys(input) });
  res.json({ id: user.id });
});

app.post("/me/avatar", requireAuth, async (req, res) => {
  const userId = res.locals.userId as string;
  const { url } = req.body;
  const user = await prisma.user.update({ where: { id: userId }, data: { avatarUrl: String(url) } });
  res.json({ id: user.id });
});

export default app;
