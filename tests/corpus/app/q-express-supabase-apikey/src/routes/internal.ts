import { Router } from "express";
import { supabaseAdmin } from "../supabase";

const router = Router();

router.post("/orders/:id/ship", async (req, res) => {
  await supabaseAdmin.from("orders").update({ status: "shipped" }).eq("id", req.params.id);
  res.json({ ok: true });
});

export default router;
