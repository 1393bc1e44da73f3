export { default } from "next-auth/middleware";

export const config = { matcher: ["/seller/:path*", "/api/seller/:path*"] };
