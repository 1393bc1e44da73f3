import crypto from "node:crypto";
import { Router } from "express";
import { prisma } from "../lib/prisma";

const router = Router();

// Accepting an invite: the token in the e-mailed link is the credential.
router.post("/:token/accept", async (req, res) => {
  const hash = crypto.createHash("sha256").update(req.params.token).digest("hex");
  const invite = await prisma.invitation.findUnique({ where: { tokenHash: hash } });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) {
    return res.status(410).json({ error: "This invitation is no longer valid" });
  }
  try {
    await prisma.invitation.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
  } catch {}
  res.json({ projectId: invite.projectId });
});

export default router;
