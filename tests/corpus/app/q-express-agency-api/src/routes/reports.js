const { Router } = require("express");
const db = require("../lib/db");

const router = Router();

router.get("/revenue", async (req, res) => {
  const { from, to } = req.query;
  const { rows } = await db.query(
    `SELECT date_trunc('month', paid_at) AS month, sum(amount_cents) AS revenue
       FROM invoices WHERE status = 'paid' AND paid_at BETWEEN $1 AND $2
      GROUP BY 1 ORDER BY 1`,
    [from, to],
  );
  res.json(rows);
});

module.exports = router;
