-- The report (rapportage, issue 8): an organisation's templates per context with their history, the
-- report of a case with its versions (draft, in the client's check, final), the client check as a
-- round of the conversation-report mechanism (hoor en wederhoor, seed 002 §3, seed 000 P6/P7), the
-- sealed final files, and deliveries by secure download link.

-- Templates: one per context and organisation; every change is a new version (the history).
CREATE TABLE report_templates (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  context          text NOT NULL CHECK (context IN ('poortwachter', 'participatiewet', 'letselschade', 'aov', 'general')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, context)
);

CREATE TABLE report_template_versions (
  id                uuid PRIMARY KEY,
  template_id       uuid NOT NULL REFERENCES report_templates(id),
  number            integer NOT NULL,
  name              text NOT NULL,
  -- [{ kind, title, standardText, forEmployer }] in the report's order; kinds are checked by domain.ts.
  sections          jsonb NOT NULL,
  letterhead_lines  text[] NOT NULL DEFAULT '{}',
  logo              bytea,
  logo_media_type   text CHECK (logo_media_type IN ('image/png', 'image/jpeg')),
  change_note       text,
  -- NULL: Passend's own standard template (version 1).
  created_by        uuid REFERENCES users(id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (template_id, number)
);

-- The conversation-report mechanism serves the client check of a draft report too.
ALTER TABLE conversation_reports ADD COLUMN kind text NOT NULL DEFAULT 'conversation' CHECK (kind IN ('conversation', 'assessment'));
-- In the check of a draft report the client chooses how their reaction goes into the final report.
ALTER TABLE report_reactions ADD COLUMN in_final_report text CHECK (in_final_report IN ('full', 'summary'));

CREATE TABLE assessment_reports (
  id                   uuid PRIMARY KEY,
  case_id              uuid NOT NULL REFERENCES cases(id),
  template_version_id  uuid NOT NULL REFERENCES report_template_versions(id),
  language             text NOT NULL CHECK (language IN ('nl', 'en')),
  -- The check rounds: versions of one conversation report of kind 'assessment'.
  check_report_id      uuid REFERENCES conversation_reports(id),
  created_by           uuid NOT NULL REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_reports_case ON assessment_reports (case_id);

CREATE TABLE assessment_report_versions (
  id                       uuid PRIMARY KEY,
  report_id                uuid NOT NULL REFERENCES assessment_reports(id),
  number                   integer NOT NULL,
  state                    text NOT NULL CHECK (state IN ('draft', 'in_check', 'final')),
  -- [{ kind, title, paragraphs: [{ id, text, forEmployer }], blocks, generated: { digest, paragraphs, at }, edited }]
  sections                 jsonb NOT NULL,
  lock_version             integer NOT NULL DEFAULT 1,
  -- A correction states what changed and why (issue 8).
  change_note              text,
  check_version_number     integer,
  unprocessed_reason       text,
  client_reaction_summary  text,
  content_sha256           text,
  pdf                      bytea,
  pdf_sha256               text,
  docx                     bytea,
  docx_sha256              text,
  signed_by                uuid REFERENCES users(id),
  signer_name              text,
  signed_at                timestamptz,
  created_by               uuid NOT NULL REFERENCES users(id),
  created_at               timestamptz NOT NULL DEFAULT now(),
  UNIQUE (report_id, number)
);
CREATE INDEX assessment_report_versions_pdf ON assessment_report_versions (pdf_sha256) WHERE pdf_sha256 IS NOT NULL;
CREATE INDEX assessment_report_versions_docx ON assessment_report_versions (docx_sha256) WHERE docx_sha256 IS NOT NULL;

CREATE FUNCTION assessment_final_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'final' THEN
    RAISE EXCEPTION 'a sealed report version cannot change';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER assessment_report_versions_final BEFORE UPDATE OR DELETE ON assessment_report_versions FOR EACH ROW EXECUTE FUNCTION assessment_final_is_final();

-- A final version sent to a recipient of the case by a secure link: only the token's hash is kept.
CREATE TABLE report_deliveries (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES cases(id),
  version_id       uuid NOT NULL REFERENCES assessment_report_versions(id),
  recipient        text NOT NULL CHECK (recipient IN ('client', 'party')),
  party_id         uuid,
  name             text NOT NULL,
  email            text NOT NULL,
  token_hash       text NOT NULL UNIQUE,
  expires_at       timestamptz NOT NULL,
  sent_by          uuid NOT NULL REFERENCES users(id),
  sent_at          timestamptz NOT NULL DEFAULT now(),
  first_opened_at  timestamptz,
  open_count       integer NOT NULL DEFAULT 0
);
CREATE INDEX report_deliveries_version ON report_deliveries (version_id);
