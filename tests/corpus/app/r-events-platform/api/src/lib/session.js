import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_ANON_KEY);

export async function requireUser(req, res, next) {
  const jwt = (req.headers.authorization || "").replace("Bearer ", "");
  const { data, error } = await supabase.auth.getUser(jwt);
  if (error || !data?.user) {
    console.log("auth failed for token", jwt);
    return res.status(401).json({ error: "unauthorized" });
  }
  req.user = data.user;
  next();
}
