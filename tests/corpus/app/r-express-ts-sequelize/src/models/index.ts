import { DataTypes, Sequelize } from "sequelize";
import { env } from "../config/env";

export const sequelize = new Sequelize(env.databaseUrl, { logging: false });

export const Ticket = sequelize.define("Ticket", {
  subject: DataTypes.STRING,
  body: DataTypes.TEXT,
  status: { type: DataTypes.STRING, defaultValue: "open" },
  priority: { type: DataTypes.STRING, defaultValue: "normal" },
  customerId: DataTypes.INTEGER,
  assigneeId: DataTypes.INTEGER,
});

export const Agent = sequelize.define("Agent", {
  email: DataTypes.STRING,
  role: { type: DataTypes.STRING, defaultValue: "agent" },
});
