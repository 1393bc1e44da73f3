const express = require("express");
const db = require("../lib/db");
const { requireAuth } = require("../middleware/auth");
const invoices = require("../controllers/invoices");

const router = express.Router();

// Dashboard tiles
router.get("/stats", async (req, res) => {
  const { rows } = await db.query(
    "SELECT status, count(*) AS n, sum(amount_cents) AS total FROM invoices GROUP BY status",
  );
  res.json(rows);
});

router.use(requireAuth);

router.get("/", invoices.listInvoices);
router.get("/:id", invoices.getInvoice);
router.post("/:id/paid", invoices.markPaid);
router.post("/:id/send", invoices.sendInvoice);

module.exports = router;
