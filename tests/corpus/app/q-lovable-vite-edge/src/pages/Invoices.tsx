import { useEffect, useState } from "react";
import { supabase } from "@/integrations/supabase/client";

export default function Invoices() {
  const [invoices, setInvoices] = useState<any[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    supabase
      .from("invoices")
      .select("*")
      .order("created_at", { ascending: false })
      .then(({ data, error }) => {
        if (error) setError(error.message);
        else setInvoices(data ?? []);
      });
  }, []);

  const download = async (id: string) => {
    try {
      const { data } = await supabase.functions.invoke("generate-invoice-pdf", { body: { invoiceId: id } });
      window.open(data.url, "_blank");
    } catch (e) {
      setError("Could not generate the PDF");
    }
  };

  return (
    <div>
      {error && <p className="text-red-500">{error}</p>}
      {invoices.map((inv) => (
        <button key={inv.id} onClick={() => download(inv.id)}>
          {inv.number}
        </button>
      ))}
    </div>
  );
}
