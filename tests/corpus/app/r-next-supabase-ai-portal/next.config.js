/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    APP_NAME: "Brightside Client Portal",
    SUPPORT_EMAIL: "support@brightside.example",
    OPENAI_API_KEY: process.env.OPENAI_API_KEY,
  },
  images: {
    remotePatterns: [{ protocol: "https", hostname: "xyzcompanyportal.supabase.co" }],
  },
};

module.exports = nextConfig;
