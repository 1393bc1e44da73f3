import cors from "cors";
import express from "express";
import { env } from "./config/env";
import { log } from "./config/logger";
import { authenticate } from "./routes/middleware";
import { ticketRouter } from "./routes/tickets";
import { agentRouter } from "./routes/agents";

const app = express();
app.use(cors({ origin: env.corsOrigin, credentials: true }));
app.use(express.json());

app.get("/status", (_req, res) => res.json({ up: true }));
app.use("/tickets", authenticate, ticketRouter);
app.use("/agents", authenticate, agentRouter);

app.listen(env.port, () => log.info({ port: env.port }, "helpdesk api started"));
