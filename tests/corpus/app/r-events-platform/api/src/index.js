import express from "express";
import cors from "cors";
import helmet from "helmet";
import { requireUser } from "./lib/session.js";
import events from "./routes/events.js";
import tickets from "./routes/tickets.js";
import publicRoutes from "./routes/public.js";

const app = express();

const corsOptions = {
  origin: process.env.CLIENT_URL || "*",
  credentials: true,
  methods: ["GET", "POST", "PATCH", "DELETE"],
};

app.use(helmet());
app.use(cors(corsOptions));
app.use(express.json());

app.use("/public", publicRoutes);
app.use("/events", requireUser, events);
app.use("/tickets", requireUser, tickets);

app.listen(process.env.PORT || 4000);
