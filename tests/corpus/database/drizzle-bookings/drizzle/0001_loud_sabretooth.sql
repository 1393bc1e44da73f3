ALTER TABLE "bookings" ALTER COLUMN "party_size" SET DATA TYPE integer;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "name" SET DATA TYPE varchar(120);--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "status" text DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "bookings_venue_id_starts_at_idx" ON "bookings" USING btree ("venue_id","starts_at");
