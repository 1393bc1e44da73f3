const db = require("../lib/db");

async function deleteClient(req, res) {
  const { rows } = await db.query("SELECT id, owner_id FROM clients WHERE id = $1", [req.params.id]);
  const client = rows[0];
  if (!client || client.owner_id !== req.user.id) {
    return res.status(404).json({ error: "Not found" });
  }
  await db.query("DELETE FROM clients WHERE id = $1", [client.id]);
  res.status(204).end();
}

module.exports = { deleteClient };
