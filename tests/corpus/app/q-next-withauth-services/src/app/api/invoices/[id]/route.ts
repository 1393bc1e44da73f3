import { withAuth } from "@/lib/with-auth";
import { getInvoice, getInvoiceFor } from "@/lib/services/invoices";

export const GET = withAuth(async (_req, { params }) => {
  return Response.json(await getInvoice(params.id));
});

export const POST = withAuth(async (_req, { user, params }) => {
  return Response.json(await getInvoiceFor(params.id, user.id));
});
