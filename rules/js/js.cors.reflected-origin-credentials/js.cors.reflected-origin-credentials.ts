import type { NextFunction, Request, Response } from "express";
import { NextRequest, NextResponse } from "next/server";

export function allowAll(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin || "*";
  // ruleid: js.cors.reflected-origin-credentials
  res.setHeader("Access-Control-Allow-Origin", origin);
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Allow-Methods", "GET,POST,PUT,DELETE");
  next();
}

const ALLOWED_ORIGINS = ["https://portal.example.com", "https://example.com"];

export function allowOwn(req: Request, res: Response, next: NextFunction) {
  const origin = req.header("origin");
  if (origin && ALLOWED_ORIGINS.includes(origin)) {
    // ok: js.cors.reflected-origin-credentials
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
  }
  next();
}

export function publicFeed(_req: Request, res: Response) {
  // ok: js.cors.reflected-origin-credentials
  res.set("Access-Control-Allow-Origin", "*");
  res.json({ items: [] });
}

export async function OPTIONS(request: NextRequest) {
  const origin = request.headers.get("origin") ?? "";
  return new NextResponse(null, {
    status: 204,
    headers: {
      // ruleid: js.cors.reflected-origin-credentials
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Credentials": "true",
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    },
  });
}

export async function GET(request: NextRequest) {
  const origin = request.headers.get("origin") ?? "";
  const allowed = ALLOWED_ORIGINS.includes(origin) ? origin : ALLOWED_ORIGINS[0];
  const res = NextResponse.json({ ok: true });
  // ok: js.cors.reflected-origin-credentials
  res.headers.set("Access-Control-Allow-Origin", allowed);
  res.headers.set("Access-Control-Allow-Credentials", "true");
  return res;
}

export const nextConfig = {
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          { key: "Access-Control-Allow-Credentials", value: "true" },
          // ruleid: js.cors.reflected-origin-credentials
          { key: "Access-Control-Allow-Origin", value: "*" },
        ],
      },
      {
        source: "/public/:path*",
        // ok: js.cors.reflected-origin-credentials
        headers: [{ key: "Access-Control-Allow-Origin", value: "*" }],
      },
    ];
  },
};
