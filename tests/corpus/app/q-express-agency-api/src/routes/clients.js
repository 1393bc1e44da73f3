const express = require("express");
const db = require("../lib/db");
const { deleteClient } = require("../controllers/clients");

const router = express.Router();

router.get("/", async (req, res) => {
  const { rows } = await db.query(
    "SELECT id, name, email, phone FROM clients WHERE owner_id = $1 ORDER BY name",
    [req.user.id],
  );
  res.json(rows);
});

router.get("/:id", async (req, res) => {
  const { rows } = await db.query("SELECT * FROM clients WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
});

router.put("/:id", async (req, res) => {
  const { name, email, phone } = req.body;
  const { rowCount } = await db.query(
    "UPDATE clients SET name = $1, email = $2, phone = $3 WHERE id = $4 AND owner_id = $5",
    [name, email, phone, req.params.id, req.user.id],
  );
  if (!rowCount) return res.status(404).json({ error: "Not found" });
  res.json({ ok: true });
});

router.delete("/:id", deleteClient);

module.exports = router;
