import type { Request, Response } from "express";
import pino from "pino";
import { createClient } from "@supabase/supabase-js";

const logger = pino();
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

export async function login(req: Request, res: Response) {
  const { email, password } = req.body;
  // ruleid: js.logging.secret-logged
  console.log("login attempt", { email, password });
  // ok: js.logging.secret-logged
  console.log("login attempt", email, "password length", password.length);
  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error) {
    // ok: js.logging.secret-logged
    logger.warn({ email, err: error.message }, "login failed");
    return res.status(401).json({ error: "Invalid credentials" });
  }
  // ruleid: js.logging.secret-logged
  logger.info(`session for ${email}: ${data.session?.access_token}`);
  // ok: js.logging.secret-logged
  logger.info({ userId: data.user?.id }, "signed in");
  return res.json({ ok: true });
}

export function boot() {
  // ruleid: js.logging.secret-logged
  console.log("Stripe key:", process.env.STRIPE_SECRET_KEY);
  // ok: js.logging.secret-logged
  console.log("Stripe configured:", Boolean(process.env.STRIPE_SECRET_KEY));
  // ok: js.logging.secret-logged
  console.log("Supabase URL:", process.env.SUPABASE_URL);
}

export function webhook(req: Request, res: Response) {
  // ruleid: js.logging.secret-logged
  console.debug("auth header", req.headers.authorization);
  // ok: js.logging.secret-logged
  console.debug("usage", { promptTokens: 10, totalTokens: 20, maxTokens: 100 });
  res.sendStatus(204);
}

export function refresh(req: Request & { log: typeof logger }, res: Response) {
  const refreshToken = req.body.refreshToken;
  // ruleid: js.logging.secret-logged
  req.log.info({ refreshToken }, "refreshing session");
  res.sendStatus(204);
}

export async function connect(mongoose: { connect: (u: string) => Promise<{ connection: { host: string } }> }) {
  const conn = await mongoose.connect(process.env.MONGO_URI!);
  // ok: js.logging.secret-logged
  console.log(`MongoDB Connected: ${conn.connection.host}`);
  const auth = "Bearer " + process.env.OPENAI_API_KEY;
  // ruleid: js.logging.secret-logged
  console.log(auth);
}

export function authenticate(req: Request, res: Response) {
  const bearer = req.get("authorization")?.split(" ")[1];
  // ruleid: js.logging.secret-logged
  logger.warn({ bearer }, "jwt rejected");
  res.sendStatus(401);
}

export function inspect(req: Request, res: Response) {
  // ruleid: js.logging.secret-logged
  console.log("incoming headers", req.headers);
  // ok: js.logging.secret-logged
  console.log("user agent", req.headers["user-agent"]);
  res.sendStatus(204);
}

export function dumpConfig() {
  // ruleid: js.logging.secret-logged
  console.log("env", process.env);
  // ok: js.logging.secret-logged
  console.log("env", process.env.NODE_ENV);
}
