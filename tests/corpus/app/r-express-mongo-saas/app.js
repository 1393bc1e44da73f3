const express = require("express");
const session = require("express-session");
const MongoStore = require("connect-mongo");
const mongoose = require("mongoose");
const http = require("http");
const { Server } = require("socket.io");

const { ensureLoggedIn } = require("./middleware/session");
const workspaceRoutes = require("./routes/workspaces");
const docRoutes = require("./routes/documents");
const aiRoutes = require("./routes/ai");
const authRoutes = require("./routes/auth");
const logger = require("./lib/logger");

mongoose.connect(process.env.MONGO_URL);
logger.info(`connected to mongo at ${process.env.MONGO_URL}`);

const app = express();

app.use(function (req, res, next) {
  res.header("Access-Control-Allow-Origin", req.headers.origin);
  res.header("Access-Control-Allow-Credentials", true);
  res.header("Access-Control-Allow-Headers", "Content-Type");
  if (req.method === "OPTIONS") return res.sendStatus(204);
  next();
});

app.use(express.json());
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    cookie: { httpOnly: true, sameSite: "none", secure: true },
  }),
);

app.use("/auth", authRoutes);
app.use("/api/workspaces", ensureLoggedIn, workspaceRoutes);
app.use("/api/documents", ensureLoggedIn, docRoutes);
app.use("/api/ai", ensureLoggedIn, aiRoutes);

const server = http.createServer(app);
const io = new Server(server, { cors: { origin: "*", credentials: true } });
io.on("connection", (socket) => socket.emit("hello", { at: Date.now() }));

server.listen(3001);
