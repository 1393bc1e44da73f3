/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    // ok: js.secrets.next-config-env-secret
    APP_NAME: "Client Portal",
    // ok: js.secrets.next-config-env-secret
    SUPABASE_ANON_KEY: process.env.SUPABASE_ANON_KEY,
    // ruleid: js.secrets.next-config-env-secret
    OPENAI_API_KEY: process.env.OPENAI_API_KEY,
    // ruleid: js.secrets.next-config-env-secret
    NEXT_PUBLIC_ANTHROPIC_KEY: "from-ci",
    // ruleid: js.secrets.next-config-env-secret
    SUPABASE_KEY: process.env.SUPABASE_SERVICE_ROLE_KEY,
  },
  images: { remotePatterns: [{ hostname: "images.example.com" }] },
};

module.exports = nextConfig;
