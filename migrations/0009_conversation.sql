-- Gezien & Gehoord (issue 5, seed 002): the labour expert's conversation compass, the client's own
-- "Ons gesprek" worksheet, the working alliance as reflection, the client's evaluation of a contact,
-- and the conversation report the client (and, for their parts, the employer) checks.

-- The compass: notes per theme, per conversation (contact) or for the case as a whole (contact_id NULL).
CREATE TABLE compass_notes (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases(id),
  contact_id   uuid REFERENCES contacts(id),
  theme        text NOT NULL CHECK (theme IN ('experiences', 'needs', 'future')),
  body         text NOT NULL,
  version      integer NOT NULL DEFAULT 1,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid NOT NULL REFERENCES users(id)
);
CREATE UNIQUE INDEX compass_notes_one ON compass_notes (case_id, COALESCE(contact_id, '00000000-0000-0000-0000-000000000000'::uuid), theme);

-- "Ons gesprek": the client's own words per theme, written in the portal before or after a conversation.
CREATE TABLE worksheet_entries (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases(id),
  theme        text NOT NULL CHECK (theme IN ('experiences', 'needs', 'future')),
  body         text NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  access_id    uuid REFERENCES portal_access(id),
  UNIQUE (case_id, theme)
);

-- The working alliance as a reflection aid: append-only, per conversation or for the case.
CREATE TABLE alliance_reflections (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  contact_id        uuid REFERENCES contacts(id),
  notes             jsonb NOT NULL,
  friction_signals  text[] NOT NULL DEFAULT '{}',
  recorded_at       timestamptz NOT NULL DEFAULT now(),
  recorded_by       uuid NOT NULL REFERENCES users(id)
);
CREATE INDEX alliance_reflections_case ON alliance_reflections (case_id, recorded_at DESC);

-- The client's short evaluation after a held contact: once per contact.
CREATE TABLE contact_evaluations (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  case_id          uuid NOT NULL REFERENCES cases(id),
  contact_id       uuid NOT NULL UNIQUE REFERENCES contacts(id),
  felt_heard       text NOT NULL CHECK (felt_heard IN ('yes', 'partly', 'no')),
  clear_what_next  text NOT NULL CHECK (clear_what_next IN ('yes', 'partly', 'no')),
  form_right       text NOT NULL CHECK (form_right IN ('yes', 'no', 'not_sure')),
  comment          text,
  submitted_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_evaluations_org ON contact_evaluations (organisation_id, submitted_at);

-- The conversation report (gespreksverslag) and its versions. A shared version is frozen while the
-- readers react; a final version never changes (a trigger refuses it); a correction is a new version.
CREATE TABLE conversation_reports (
  id          uuid PRIMARY KEY,
  case_id     uuid NOT NULL REFERENCES cases(id),
  contact_id  uuid REFERENCES contacts(id),
  title       text NOT NULL,
  created_by  uuid NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_reports_case ON conversation_reports (case_id);

CREATE TABLE report_versions (
  id                    uuid PRIMARY KEY,
  report_id             uuid NOT NULL REFERENCES conversation_reports(id),
  number                integer NOT NULL,
  state                 text NOT NULL CHECK (state IN ('draft', 'shared', 'final')),
  paragraphs            jsonb NOT NULL,
  change_note           text,
  lock_version          integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  created_by            uuid NOT NULL REFERENCES users(id),
  shared_at             timestamptz,
  shared_with_employer  boolean NOT NULL DEFAULT false,
  finalised_at          timestamptz,
  finalised_by          uuid REFERENCES users(id),
  UNIQUE (report_id, number)
);

CREATE FUNCTION report_final_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'final' THEN
    RAISE EXCEPTION 'a final conversation report version cannot change';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER report_versions_final BEFORE UPDATE OR DELETE ON report_versions FOR EACH ROW EXECUTE FUNCTION report_final_is_final();

-- A reader's reaction to one shared version, sent back at once; its comments per paragraph or added.
CREATE TABLE report_reactions (
  id            uuid PRIMARY KEY,
  version_id    uuid NOT NULL REFERENCES report_versions(id),
  audience      text NOT NULL CHECK (audience IN ('client', 'employer')),
  access_id     uuid REFERENCES portal_access(id),
  submitted_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (version_id, access_id)
);

CREATE TABLE report_comments (
  id            uuid PRIMARY KEY,
  reaction_id   uuid NOT NULL REFERENCES report_reactions(id),
  version_id    uuid NOT NULL REFERENCES report_versions(id),
  paragraph_id  text,
  stance        text NOT NULL CHECK (stance IN ('agree', 'disagree', 'addition')),
  body          text NOT NULL,
  position      integer NOT NULL,
  decision      text CHECK (decision IN ('adopted', 'adjusted', 'kept')),
  explanation   text,
  processed_at  timestamptz,
  processed_by  uuid REFERENCES users(id)
);
CREATE INDEX report_comments_version ON report_comments (version_id, position);
