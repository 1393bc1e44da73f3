const express = require("express");
const db = require("../lib/db");
const { requireAuth, requireAdmin } = require("../middleware/auth");

const router = express.Router();
router.use(requireAuth, requireAdmin);

router.get("/users", async (req, res) => {
  const { rows } = await db.query("SELECT id, email, name, role, created_at FROM users");
  res.json(rows);
});

router.delete("/users/:id", async (req, res) => {
  await db.query("DELETE FROM users WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

module.exports = router;
