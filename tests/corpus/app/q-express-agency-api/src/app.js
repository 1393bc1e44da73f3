const express = require("express");
const cors = require("cors");
const { requireAuth } = require("./middleware/auth");
const authRoutes = require("./routes/auth");
const clientRoutes = require("./routes/clients");
const invoiceRoutes = require("./routes/invoices");
const adminRoutes = require("./routes/admin");
const webhookRoutes = require("./routes/webhooks");
const reportRoutes = require("./routes/reports");

const app = express();

app.use(cors({ origin: ["https://app.northwind-agency.com"], credentials: true }));
app.use("/api/webhooks", webhookRoutes);
app.use(express.json());

app.get("/health", (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

app.use("/api/auth", authRoutes);
app.use("/api/clients", requireAuth, clientRoutes);
app.use("/api/invoices", invoiceRoutes);
app.use("/api/admin", adminRoutes);
app.use("/api/reports", reportRoutes);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: "Internal error" });
});

module.exports = app;
