import { Router } from "express";
import { TicketController } from "../controllers/TicketController";

const c = new TicketController();
export const ticketRouter = Router();

ticketRouter.get("/", (req, res) => c.list(req, res));
ticketRouter.get("/search", (req, res) => c.search(req, res));
ticketRouter.put("/:id", (req, res) => c.update(req, res));
ticketRouter.post("/:id/close", (req, res) => c.close(req, res));
ticketRouter.post("/:id/draft", (req, res) => c.draftReply(req, res));
