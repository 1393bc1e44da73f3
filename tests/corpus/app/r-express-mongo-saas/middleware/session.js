function ensureLoggedIn(req, res, next) {
  if (!req.session.userId) return res.status(401).json({ message: "Please log in" });
  next();
}

module.exports = { ensureLoggedIn };
