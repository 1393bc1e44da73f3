const express = require("express");
const bcrypt = require("bcryptjs");
const jwt = require("jsonwebtoken");
const db = require("../lib/db");
const { sendWelcomeEmail } = require("../lib/mailer");

const router = express.Router();

router.post("/signup", async (req, res) => {
  const { email, password, name } = req.body;
  if (!email || !password || password.length < 8) {
    return res.status(400).json({ error: "Email and an 8+ character password are required" });
  }
  const hash = await bcrypt.hash(password, 12);
  const { rows } = await db.query(
    "INSERT INTO users (email, password_hash, name) VALUES ($1, $2, $3) RETURNING id, email, name",
    [email.toLowerCase(), hash, name],
  );
  try {
    await sendWelcomeEmail(rows[0].email);
  } catch (e) {
    // a welcome email is nice to have; the account exists either way
  }
  res.status(201).json(rows[0]);
});

router.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await db.query("SELECT id, password_hash, role FROM users WHERE email = $1", [
    String(email).toLowerCase(),
  ]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).json({ error: "Wrong email or password" });
  }
  const token = jwt.sign({ id: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: "7d" });
  res.json({ token });
});

module.exports = router;
