const Stripe = require("stripe");
const db = require("../lib/db");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

exports.listInvoices = async (req, res) => {
  const { rows } = await db.query(
    "SELECT id, number, amount_cents, status FROM invoices WHERE user_id = $1 ORDER BY issued_at DESC",
    [req.user.id],
  );
  res.json(rows);
};

exports.getInvoice = async (req, res) => {
  const { rows } = await db.query("SELECT * FROM invoices WHERE id = $1 AND user_id = $2", [
    req.params.id,
    req.user.id,
  ]);
  if (!rows[0]) return res.status(404).json({ error: "Not found" });
  res.json(rows[0]);
};

exports.markPaid = async (req, res) => {
  await db.query("UPDATE invoices SET status = 'paid', paid_at = now() WHERE id = $1", [
    req.params.id,
  ]);
  res.json({ ok: true });
};

exports.sendInvoice = async (req, res) => {
  const { rows } = await db.query(
    "SELECT stripe_invoice_id FROM invoices WHERE id = $1 AND user_id = $2",
    [req.params.id, req.user.id],
  );
  if (!rows[0]) return res.status(404).json({ error: "Not found" });
  stripe.invoices.sendInvoice(rows[0].stripe_invoice_id).catch(() => {});
  res.json({ sent: true });
};
