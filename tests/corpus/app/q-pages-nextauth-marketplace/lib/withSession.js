import { getServerSession } from "next-auth/next";
import { authOptions } from "./auth";

// Wraps an API handler: 401 unless signed in, the session is passed along.
export function withSession(handler) {
  return async (req, res) => {
    const session = await getServerSession(req, res, authOptions);
    if (!session) {
      return res.status(401).json({ message: "You must be signed in." });
    }
    return handler(req, res, session);
  };
}
