const jwt = require("jsonwebtoken");

// Staff sessions are signed JWTs in the `staff_session` cookie.
function requireStaff(req, res, next) {
  const token = (req.headers.cookie || "").match(/staff_session=([^;]+)/)?.[1];
  if (!token) return res.status(401).json({ error: "Sign in first" });
  try {
    req.staff = jwt.verify(token, process.env.STAFF_JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ error: "Session expired" });
  }
}

module.exports = { requireStaff };
