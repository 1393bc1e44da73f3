import "dotenv/config";

export const env = {
  port: Number(process.env.PORT ?? 8080),
  databaseUrl: process.env.DATABASE_URL!,
  jwtSecret: process.env.JWT_SECRET!,
  openaiKey: process.env.OPENAI_API_KEY!,
  corsOrigin: process.env.CORS_ORIGIN || "*",
};
