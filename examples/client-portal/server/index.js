const express = require("express");
const cors = require("cors");
const { requireStaff } = require("./auth");
const reportsRouter = require("./routes/reports");

const app = express();
app.use(express.json({ limit: "1mb" }));

// The staff dashboard runs on another origin and sends the session cookie.
app.use(cors({ origin: true, credentials: true }));

app.get("/healthz", (_req, res) => res.json({ ok: true }));

// Every report route needs a staff session.
app.use("/reports", requireStaff, reportsRouter);

const port = Number(process.env.PORT || 4000);
app.listen(port, () => {
  console.log(`reports service on :${port}`);
  console.log("using stripe key", process.env.STRIPE_SECRET_KEY);
  console.log("stripe configured:", Boolean(process.env.STRIPE_SECRET_KEY));
});
