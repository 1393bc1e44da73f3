import cors from "cors";
import express from "express";
import { chatRouter } from "./routes/chat";
import { toolsRouter } from "./routes/tools";

const app = express();
app.use(cors({ origin: ["http://localhost:5173", "https://chat.example.com"], credentials: true }));
app.use(express.json());
app.use(chatRouter);
app.use(toolsRouter);

app.listen(8787, () => console.log("api on :8787"));
