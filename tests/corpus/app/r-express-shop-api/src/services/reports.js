import { prisma } from "../lib/db.js";

export async function revenueByDay(from, to) {
  return prisma.$queryRawUnsafe(
    `SELECT date_trunc('day', created_at) AS day, SUM(total_cents) AS revenue
     FROM orders WHERE created_at BETWEEN '${from}' AND '${to}'
     GROUP BY 1 ORDER BY 1`,
  );
}

export async function ordersForStatus(status) {
  return prisma.$queryRawUnsafe("SELECT id, total_cents FROM orders WHERE status = $1", status);
}
