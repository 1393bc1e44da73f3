import { admin } from "@/lib/admin";

export async function getInvoice(id: string) {
  const { data } = await admin.from("invoices").select("*").eq("id", id).single();
  return data;
}

export async function getInvoiceFor(id: string, userId: string) {
  const { data } = await admin.from("invoices").select("*").eq("id", id).eq("user_id", userId).single();
  return data;
}
