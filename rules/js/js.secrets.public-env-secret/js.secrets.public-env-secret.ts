import { createClient } from "@supabase/supabase-js";
import OpenAI from "openai";

export const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  // ok: js.secrets.public-env-secret
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
);

export const admin = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  // ruleid: js.secrets.public-env-secret
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!,
);

// ruleid: js.secrets.public-env-secret
export const openai = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true });

// ok: js.secrets.public-env-secret
export const stripeKey = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
// ruleid: js.secrets.public-env-secret
export const stripeSecret = import.meta.env.VITE_STRIPE_SECRET_KEY;
// ok: js.secrets.public-env-secret
export const serverOnly = process.env.OPENAI_API_KEY;
// ok: js.secrets.public-env-secret
export const maps = process.env.NEXT_PUBLIC_GOOGLE_MAPS_API_KEY;
// ok: js.secrets.public-env-secret
export const firebaseKey = import.meta.env.VITE_FIREBASE_API_KEY;
