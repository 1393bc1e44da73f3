const express = require("express");
const Stripe = require("stripe");
const db = require("../lib/db");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post("/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(
      req.body,
      req.headers["stripe-signature"],
      process.env.STRIPE_WEBHOOK_SECRET,
    );
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "invoice.paid") {
    try {
      await db.query("UPDATE invoices SET status = 'paid' WHERE stripe_invoice_id = $1", [
        event.data.object.id,
      ]);
    } catch (err) {
      console.error("could not mark invoice paid", err);
      return res.status(500).json({ error: "retry" });
    }
  }
  res.json({ received: true });
});

module.exports = router;
