import express from "express";
import helmet from "helmet";
import passport from "passport";
import { configurePassport } from "./lib/passport";
import api from "./routes";

const app = express();
app.use(helmet());
app.use(express.json({ limit: "1mb" }));
configurePassport(passport);
app.use(passport.initialize());

app.get("/api/health", (_req, res) => res.send("ok"));
app.use("/api/v1", api);

app.listen(Number(process.env.PORT ?? 3000));
