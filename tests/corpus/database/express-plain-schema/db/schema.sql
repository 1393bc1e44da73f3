-- Field service scheduling: run once on a fresh database (npm run db:init).
SET search_path TO public;

CREATE TABLE companies (
  id          serial PRIMARY KEY,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE technicians (
  id          serial PRIMARY KEY,
  company_id  integer NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  name        text NOT NULL,
  phone       varchar(32)
);
CREATE INDEX technicians_company_id_idx ON technicians (company_id);

CREATE TABLE customers (
  id          serial PRIMARY KEY,
  company_id  integer NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  name        text NOT NULL,
  address     text
);

CREATE TABLE jobs (
  id             bigserial PRIMARY KEY,
  company_id     integer NOT NULL,
  customer_id    integer NOT NULL,
  technician_id  integer,
  scheduled_for  timestamptz NOT NULL,
  status         text NOT NULL DEFAULT 'scheduled',
  CONSTRAINT jobs_company_fk FOREIGN KEY (company_id) REFERENCES companies(id),
  CONSTRAINT jobs_customer_fk FOREIGN KEY (customer_id) REFERENCES customers(id),
  CONSTRAINT jobs_technician_fk FOREIGN KEY (technician_id) REFERENCES technicians(id)
);
CREATE INDEX jobs_company_id_scheduled_for_idx ON jobs (company_id, scheduled_for);
CREATE INDEX jobs_customer_id_idx ON jobs (customer_id);

-- A fresh database: changes here are part of the initial shape, not live migrations.
ALTER TABLE customers ADD COLUMN email text NOT NULL;
ALTER TABLE customers ALTER COLUMN name TYPE varchar(200);
ALTER TABLE technicians RENAME COLUMN phone TO mobile;
ALTER TABLE jobs ADD CONSTRAINT jobs_customer_company_fk FOREIGN KEY (company_id) REFERENCES companies(id);

CREATE TABLE job_notes (
  id       bigserial PRIMARY KEY,
  job_id   bigint NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  author   integer REFERENCES technicians(id),
  body     text NOT NULL
);
CREATE INDEX job_notes_job_id_idx ON job_notes (job_id);
CREATE INDEX job_notes_author_idx ON job_notes (author);
