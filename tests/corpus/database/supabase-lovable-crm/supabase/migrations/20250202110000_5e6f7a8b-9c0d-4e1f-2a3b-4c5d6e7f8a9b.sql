-- Email tracking for deals
CREATE TABLE public.email_events (
  id BIGSERIAL PRIMARY KEY,
  deal_id UUID REFERENCES public.deals(id),
  event TEXT NOT NULL,
  payload JSONB,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE INDEX idx_email_events_deal_id ON public.email_events(deal_id);

CREATE TABLE public.import_batches (
  id BIGSERIAL PRIMARY KEY,
  created_by UUID NOT NULL REFERENCES auth.users(id),
  file_name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending'
);

ALTER TABLE public.import_batches ENABLE ROW LEVEL SECURITY;

CREATE INDEX idx_import_batches_created_by ON public.import_batches(created_by);

CREATE OR REPLACE FUNCTION public.deal_pipeline_summary()
RETURNS TABLE(stage public.deal_stage, total NUMERIC)
LANGUAGE sql
SECURITY DEFINER
AS $$
  SELECT stage, SUM(value) FROM public.deals GROUP BY stage;
$$;

GRANT EXECUTE ON FUNCTION public.deal_pipeline_summary() TO anon, authenticated;
