-- Foundation: organisations, users and sessions, the audit log, and the case file (dossier).
-- Written in SQL that both PostgreSQL 15 (server) and PGlite (PostgreSQL 18, embedded) accept.

CREATE TABLE organisations (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  email            text NOT NULL,
  display_name     text NOT NULL,
  password_hash    text NOT NULL,
  roles            text[] NOT NULL,
  active           boolean NOT NULL DEFAULT true,
  language         text NOT NULL DEFAULT 'nl',
  totp_secret      text,
  totp_enrolled    boolean NOT NULL DEFAULT false,
  totp_last_step   bigint,
  recovery_codes   text[] NOT NULL DEFAULT '{}',
  failed_attempts  integer NOT NULL DEFAULT 0,
  locked_until     timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));
CREATE INDEX users_organisation ON users (organisation_id);

CREATE TABLE sessions (
  token_hash      text PRIMARY KEY,
  user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  stage           text NOT NULL CHECK (stage IN ('totp', 'enrol_totp', 'active')),
  csrf_token      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Append-only, hash-chained audit log; one chain per organisation so writers of different
-- organisations never wait on each other. audit_heads holds each chain's last hash (row lock = order).
CREATE TABLE audit_heads (
  chain       text PRIMARY KEY,
  last_seq    bigint NOT NULL,
  last_hash   text NOT NULL
);
CREATE TABLE audit_log (
  chain        text NOT NULL,
  seq          bigint NOT NULL,
  at           timestamptz NOT NULL,
  actor_id     uuid,
  action       text NOT NULL,
  entity_type  text NOT NULL,
  entity_ids   text[] NOT NULL,
  route        text,
  prev_hash    text NOT NULL,
  hash         text NOT NULL,
  PRIMARY KEY (chain, seq)
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE clients (
  id                  uuid PRIMARY KEY,
  organisation_id     uuid NOT NULL REFERENCES organisations(id),
  full_name           text NOT NULL,
  birth_date          date NOT NULL,
  email               text,
  phone               text,
  address             text,
  preferred_language  text NOT NULL DEFAULT 'nl',
  interpreter_needed  boolean NOT NULL DEFAULT false,
  companion_wanted    boolean NOT NULL DEFAULT false
);

CREATE TABLE case_sequences (
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  year             integer NOT NULL,
  last_value       integer NOT NULL,
  PRIMARY KEY (organisation_id, year)
);

CREATE TABLE cases (
  id                          uuid PRIMARY KEY,
  organisation_id             uuid NOT NULL REFERENCES organisations(id),
  reference                   text NOT NULL,
  client_id                   uuid NOT NULL REFERENCES clients(id),
  status                      text NOT NULL,
  commissioning_party         text NOT NULL,
  commissioning_party_other   text,
  legal_context               text NOT NULL,
  legal_context_other         text,
  question                    text NOT NULL,
  delivery_date               date,
  first_sickness_day          date,
  commissioner_reference      text,
  assigned_expert_id          uuid REFERENCES users(id),
  registered_on               date NOT NULL,
  created_by                  uuid NOT NULL REFERENCES users(id),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  version                     integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX cases_reference ON cases (organisation_id, reference);
CREATE INDEX cases_org_status ON cases (organisation_id, status, updated_at DESC);
CREATE INDEX cases_org_updated ON cases (organisation_id, updated_at DESC);
CREATE INDEX cases_expert ON cases (assigned_expert_id, updated_at DESC);
CREATE INDEX clients_org_name ON clients (organisation_id, lower(full_name));

CREATE TABLE case_shares (
  case_id     uuid NOT NULL REFERENCES cases(id),
  user_id     uuid NOT NULL REFERENCES users(id),
  shared_by   uuid NOT NULL REFERENCES users(id),
  shared_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_shares_user ON case_shares (user_id);

CREATE TABLE case_parties (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES cases(id),
  role             text NOT NULL,
  name             text NOT NULL,
  organisation     text,
  contact_person   text,
  email            text,
  phone            text,
  position         integer NOT NULL DEFAULT 0
);
CREATE INDEX case_parties_case ON case_parties (case_id);

CREATE TABLE case_deadlines (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES cases(id),
  key           text NOT NULL,
  due_date      date NOT NULL,
  window_start  date,
  informational boolean NOT NULL DEFAULT false,
  completed_at  timestamptz,
  completed_by  uuid REFERENCES users(id),
  UNIQUE (case_id, key)
);
CREATE INDEX case_deadlines_due ON case_deadlines (due_date) WHERE completed_at IS NULL AND NOT informational;

CREATE TABLE contacts (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  activity_type     text NOT NULL,
  contact_form      text NOT NULL,
  state             text NOT NULL,
  planned_at        timestamptz NOT NULL,
  held_at           timestamptz,
  duration_minutes  integer NOT NULL,
  location          text,
  participants      jsonb NOT NULL DEFAULT '[]',
  note              text,
  created_by        uuid NOT NULL REFERENCES users(id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  version           integer NOT NULL DEFAULT 1
);
CREATE INDEX contacts_case ON contacts (case_id, planned_at);

CREATE TABLE documents (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  file_name         text NOT NULL,
  document_type     text NOT NULL,
  media_type        text NOT NULL,
  size_bytes        integer NOT NULL,
  sha256            text NOT NULL,
  professional_only boolean NOT NULL,
  uploaded_by       uuid NOT NULL REFERENCES users(id),
  uploaded_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_case ON documents (case_id);
CREATE TABLE document_contents (
  document_id  uuid PRIMARY KEY REFERENCES documents(id),
  content      bytea NOT NULL
);

CREATE TABLE notes (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  body              text NOT NULL,
  professional_only boolean NOT NULL,
  author_id         uuid NOT NULL REFERENCES users(id),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_case ON notes (case_id);

-- The timeline: one row per event on a case, newest first. `professional_only` hides an entry's
-- details from office staff; `details` holds display facts (codes, dates), never free text of notes.
CREATE TABLE case_events (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  kind              text NOT NULL,
  at                timestamptz NOT NULL DEFAULT now(),
  actor_id          uuid REFERENCES users(id),
  details           jsonb NOT NULL DEFAULT '{}',
  professional_only boolean NOT NULL DEFAULT false
);
CREATE INDEX case_events_case ON case_events (case_id, at DESC);
