const express = require("express");
const { Pool } = require("pg");
const OpenAI = require("openai");

const router = express.Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const openai = new OpenAI();

// Search clients by name for the staff search box.
router.get("/clients", async (req, res) => {
  const { rows } = await pool.query(
    `SELECT id, name, email FROM clients WHERE name ILIKE '%${req.query.q}%' ORDER BY name LIMIT 50`,
  );
  res.json(rows);
});

// The same search, parameterized.
router.get("/clients/by-email", async (req, res) => {
  const { rows } = await pool.query("SELECT id, name, email FROM clients WHERE email = $1", [req.query.email]);
  res.json(rows);
});

// Lets staff describe a chart in words; the model writes the aggregation.
router.post("/custom", async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write one JavaScript arrow function (rows) => number. Code only." },
      { role: "user", content: String(req.body.description) },
    ],
  });
  const aggregate = eval(completion.choices[0].message.content);
  const { rows } = await pool.query("SELECT amount_cents, status FROM invoices WHERE created_at > now() - interval '90 days'");
  res.json({ value: aggregate(rows) });
});

// Totals per status: model-free, parameterized.
router.get("/totals", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT status, sum(amount_cents) AS total FROM invoices WHERE created_at > $1 GROUP BY status",
    [req.query.since || "1970-01-01"],
  );
  res.json(rows);
});

module.exports = router;
