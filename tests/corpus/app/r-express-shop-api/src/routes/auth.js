import { Router } from "express";
import bcrypt from "bcryptjs";
import jwt from "jsonwebtoken";
import { prisma } from "../lib/db.js";

const router = Router();

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  console.log("Login attempt:", email, password);
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    console.info("login failed", { email, hasPassword: Boolean(password) });
    return res.status(401).json({ error: "Invalid email or password" });
  }
  const token = jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: "7d" });
  console.info("login ok", { userId: user.id });
  res.cookie("session", token, { httpOnly: true, sameSite: "lax", secure: true });
  return res.json({ id: user.id, email: user.email });
});

router.post("/forgot-password", async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (user) {
    const resetToken = jwt.sign({ sub: user.id, purpose: "reset" }, process.env.JWT_SECRET, { expiresIn: "1h" });
    console.log(`Password reset link: ${process.env.APP_URL}/reset?token=${resetToken}`);
  }
  return res.json({ ok: true });
});

export default router;
