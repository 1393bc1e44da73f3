import { Router } from "express";
import { db } from "../lib/db.js";

const router = Router();
const EDITABLE = ["title", "description", "starts_at", "city", "capacity"];

router.post("/", async (req, res) => {
  const fields = Object.fromEntries(Object.entries(req.body).filter(([k]) => EDITABLE.includes(k)));
  const [result] = await db.query("INSERT INTO events SET ?", [{ ...fields, organizer_id: req.user.id }]);
  res.status(201).json({ id: result.insertId });
});

router.patch("/:id", async (req, res) => {
  const [result] = await db.query("UPDATE events SET ? WHERE id = ? AND organizer_id = ?", [
    req.body,
    req.params.id,
    req.user.id,
  ]);
  res.json({ updated: result.affectedRows });
});

export default router;
