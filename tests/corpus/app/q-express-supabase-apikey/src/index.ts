import express from "express";
import { apiKey } from "./middleware/apiKey";
import { requireUser } from "./middleware/requireUser";
import ordersRouter from "./routes/orders";
import internalRouter from "./routes/internal";

const app = express();
app.use(express.json());
app.use("/internal", apiKey, internalRouter);
app.use("/api/orders", [requireUser], ordersRouter);
export default app;
