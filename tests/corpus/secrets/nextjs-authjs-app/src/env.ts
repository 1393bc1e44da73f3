import { createEnv } from '@t3-oss/env-nextjs'
import { z } from 'zod'

export const env = createEnv({
  server: { DATABASE_URL: z.string().url(), OPENAI_API_KEY: z.string().min(1) },
  client: { NEXT_PUBLIC_SUPABASE_ANON_KEY: z.string() },
  runtimeEnv: { OPENAI_API_KEY: process.env.OPENAI_API_KEY },
})
