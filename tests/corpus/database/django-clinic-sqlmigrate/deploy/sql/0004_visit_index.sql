--
-- Concurrent index, run with atomic = False
--
CREATE INDEX CONCURRENTLY "clinic_appointment_starts_at_idx" ON "clinic_appointment" ("starts_at");
