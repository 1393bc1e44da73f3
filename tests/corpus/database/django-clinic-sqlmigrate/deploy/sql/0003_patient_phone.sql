BEGIN;
--
-- Add field phone to patient
--
ALTER TABLE "clinic_patient" ADD COLUMN "phone" varchar(32) NOT NULL;
--
-- Alter field full_name on patient
--
ALTER TABLE "clinic_patient" ALTER COLUMN "full_name" TYPE varchar(200);
--
-- Rename field reason on appointment to notes
--
ALTER TABLE "clinic_appointment" RENAME COLUMN "reason" TO "notes";
--
-- Remove field specialty from doctor
--
ALTER TABLE "clinic_doctor" DROP COLUMN "specialty" CASCADE;
--
-- Alter field date_of_birth on patient
--
ALTER TABLE "clinic_patient" ALTER COLUMN "date_of_birth" TYPE timestamp with time zone USING "date_of_birth"::timestamp with time zone;
COMMIT;
