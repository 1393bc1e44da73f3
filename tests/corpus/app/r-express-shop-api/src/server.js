import express from "express";
import cors from "cors";
import cookieParser from "cookie-parser";
import { requireAuth } from "./middleware/auth.js";
import authRoutes from "./routes/auth.js";
import productRoutes from "./routes/products.js";
import orderRoutes from "./routes/orders.js";
import accountRoutes from "./routes/account.js";
import reportRoutes from "./routes/reports.js";

const app = express();

app.use(
  cors({
    origin: true,
    credentials: true,
  }),
);
app.use(express.json({ limit: "1mb" }));
app.use(cookieParser());

app.get("/health", (_req, res) => res.json({ ok: true }));

app.use("/auth", authRoutes);
app.use("/products", productRoutes);
app.use("/orders", requireAuth, orderRoutes);
app.use("/account", requireAuth, accountRoutes);
app.use("/reports", requireAuth, reportRoutes);

const port = Number(process.env.PORT ?? 4000);
app.listen(port, () => console.log(`shop-api listening on ${port}`));
