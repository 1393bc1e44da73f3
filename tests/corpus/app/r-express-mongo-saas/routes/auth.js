const express = require("express");
const bcrypt = require("bcrypt");
const User = require("../models/User");
const logger = require("../lib/logger");

const router = express.Router();

router.post("/register", async (req, res) => {
  const { email, password } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  const user = await User.create({ email, passwordHash });
  req.session.userId = user.id;
  res.status(201).json({ id: user.id });
});

router.post("/login", async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  const ok = user && (await bcrypt.compare(String(req.body.password), user.passwordHash));
  if (!ok) {
    logger.warn("bad login", { email: req.body.email, password: req.body.password });
    return res.status(401).json({ message: "Wrong email or password" });
  }
  req.session.userId = user.id;
  logger.info("login", { userId: user.id });
  res.json({ id: user.id });
});

module.exports = router;
