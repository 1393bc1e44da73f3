import { Router } from "express";
import { supabaseAdmin } from "../supabase";

const router = Router();

router.get("/:orderId", async (req, res) => {
  const { data } = await supabaseAdmin.from("orders").select("*").eq("id", req.params.orderId).single();
  res.json(data);
});

router.get("/", async (req: any, res) => {
  const { data } = await supabaseAdmin.from("orders").select("*").eq("user_id", req.user.id);
  res.json(data);
});

export default router;
