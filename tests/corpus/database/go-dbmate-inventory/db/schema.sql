SET statement_timeout = 0;
SET lock_timeout = 0;

CREATE TABLE public.warehouses (
    id bigint NOT NULL,
    name text NOT NULL,
    location text NOT NULL
);

CREATE TABLE public.items (
    id bigint NOT NULL,
    warehouse_id bigint NOT NULL,
    sku character varying(64) NOT NULL,
    quantity integer DEFAULT 0 NOT NULL,
    reorder_level integer DEFAULT 10 NOT NULL,
    supplier_id bigint
);

CREATE TABLE public.suppliers (
    id bigint NOT NULL,
    name text NOT NULL
);

CREATE TABLE public.stock_movements (
    id bigint NOT NULL,
    item_id bigint NOT NULL,
    delta integer NOT NULL,
    reason text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint NOT NULL
);

ALTER TABLE ONLY public.warehouses ADD CONSTRAINT warehouses_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.suppliers ADD CONSTRAINT suppliers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.stock_movements ADD CONSTRAINT stock_movements_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX items_sku_key ON public.items USING btree (sku);
CREATE INDEX items_warehouse_id_idx ON public.items USING btree (warehouse_id);
CREATE INDEX stock_movements_item_id_idx ON public.stock_movements USING btree (item_id);
ALTER TABLE ONLY public.items ADD CONSTRAINT items_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES public.warehouses(id);
ALTER TABLE ONLY public.items ADD CONSTRAINT items_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.suppliers(id);
ALTER TABLE ONLY public.stock_movements ADD CONSTRAINT stock_movements_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.items(id);

--
-- Dbmate schema migrations
--

INSERT INTO public.schema_migrations (version) VALUES
    ('20240102120000'),
    ('20240215093000'),
    ('20240310160000');
