export const config = {
  appName: import.meta.env.VITE_APP_NAME,
  supabaseUrl: import.meta.env.VITE_SUPABASE_URL,
  supabaseKey: import.meta.env.VITE_SUPABASE_KEY,
  sentryDsn: import.meta.env.VITE_SENTRY_DSN,
};
