import type { Response } from "express";
import { QueryTypes } from "sequelize";
import { sequelize, Ticket } from "../models";
import type { AuthedRequest } from "../routes/middleware";
import { suggestReply } from "../services/ai";

const STATUSES = ["open", "pending", "closed"];

export class TicketController {
  async list(req: AuthedRequest, res: Response) {
    const status = STATUSES.includes(String(req.query.status)) ? String(req.query.status) : "open";
    const tickets = await Ticket.findAll({ where: { status, assigneeId: req.agent!.id }, limit: 100 });
    res.json(tickets);
  }

  async search(req: AuthedRequest, res: Response) {
    const { term, orderBy } = req.query as { term?: string; orderBy?: string };
    const rows = await sequelize.query(
      `SELECT id, subject, status FROM "Tickets" WHERE "assigneeId" = :agent AND subject ILIKE :term ORDER BY ${orderBy ?? "id"}`,
      { replacements: { agent: req.agent!.id, term: `%${term ?? ""}%` }, type: QueryTypes.SELECT },
    );
    res.json(rows);
  }

  async update(req: AuthedRequest, res: Response) {
    const ticket = await Ticket.findOne({ where: { id: req.params.id, assigneeId: req.agent!.id } });
    if (!ticket) return res.status(404).json({ error: "not found" });
    await ticket.update(req.body);
    res.json(ticket);
  }

  async close(req: AuthedRequest, res: Response) {
    const [count] = await Ticket.update(
      { status: "closed" },
      { where: { id: req.params.id, assigneeId: req.agent!.id } },
    );
    res.json({ closed: count });
  }

  async draftReply(req: AuthedRequest, res: Response) {
    const ticket = await Ticket.findOne({ where: { id: req.params.id, assigneeId: req.agent!.id } });
    if (!ticket) return res.status(404).json({ error: "not found" });
    const draft = await suggestReply(ticket.get("body") as string, String(req.body.signature ?? ""));
    res.json({ draft });
  }
}
