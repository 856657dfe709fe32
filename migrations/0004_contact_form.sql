-- Contact form chosen with the client (issue 3): advice rule sets with history, the decision log,
-- appointment guards per organisation, versioned privacy notices, video consent per appointment,
-- digital readiness, the register of approved channels, and the mail outbox.

-- Every edit of an organisation's rule set is a new row; the newest row is the one in force.
-- Without a row the seed-based set shipped in src/contact/rules.ts applies.
CREATE TABLE contact_rule_sets (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  version          text NOT NULL,
  effective_from   date NOT NULL,
  rules            jsonb NOT NULL,
  change_note      text NOT NULL,
  created_by       uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, version)
);
CREATE INDEX contact_rule_sets_org ON contact_rule_sets (organisation_id, created_at DESC);

-- Appointment guards (seed 000 §5.7, P12, P13), one row per organisation; defaults apply without one.
CREATE TABLE contact_settings (
  organisation_id        uuid PRIMARY KEY REFERENCES organisations(id),
  office_days            integer[] NOT NULL,
  office_start           text NOT NULL,
  office_end             text NOT NULL,
  min_lead_hours         integer NOT NULL,
  warn_unequal_channels  boolean NOT NULL,
  reminder_hours         integer NOT NULL,
  contact_email          text,
  contact_phone          text,
  updated_by             uuid REFERENCES users(id),
  updated_at             timestamptz NOT NULL DEFAULT now()
);

-- The approved-channel register (seed 000 §3.2, P3, P20): what the organisation allows, and why.
CREATE TABLE contact_channels (
  id                uuid PRIMARY KEY,
  organisation_id   uuid NOT NULL REFERENCES organisations(id),
  name              text NOT NULL,
  form              text NOT NULL,
  built_in          boolean NOT NULL DEFAULT false,
  dpia_status       text NOT NULL,
  legal_basis       text,
  recording_policy  text NOT NULL,
  retention         text,
  approved          boolean NOT NULL DEFAULT false,
  notes             text,
  updated_by        uuid REFERENCES users(id),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_channels_org ON contact_channels (organisation_id);

-- Privacy notices (P1, P2, P17), versioned per organisation; a published version never changes.
CREATE TABLE privacy_notices (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  version          integer NOT NULL,
  body_nl          text NOT NULL,
  body_en          text NOT NULL,
  published_by     uuid NOT NULL REFERENCES users(id),
  published_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, version)
);

-- What the contact-planning needs beyond the case-file columns.
ALTER TABLE contacts ADD COLUMN circumstances jsonb;
ALTER TABLE contacts ADD COLUMN channel_id uuid REFERENCES contact_channels(id);
ALTER TABLE contacts ADD COLUMN mitigations text;
ALTER TABLE contacts ADD COLUMN cancel_reason text;
ALTER TABLE contacts ADD COLUMN sequence integer NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN invitation_sent_at timestamptz;
ALTER TABLE contacts ADD COLUMN reminder_sent_at timestamptz;
ALTER TABLE contacts ADD COLUMN needs_new_form boolean NOT NULL DEFAULT false;
ALTER TABLE contacts ADD COLUMN adequacy jsonb;
ALTER TABLE contacts ADD COLUMN follow_up_of uuid REFERENCES contacts(id);
ALTER TABLE contacts ADD COLUMN expert_id uuid REFERENCES users(id);
CREATE INDEX contacts_expert_time ON contacts (expert_id, planned_at) WHERE state = 'planned';
CREATE INDEX contacts_reminder_due ON contacts (planned_at) WHERE state = 'planned' AND reminder_sent_at IS NULL;

-- Video consent for one appointment: when, how, which privacy-notice version was shown; withdrawal.
CREATE TABLE video_consents (
  id                  uuid PRIMARY KEY,
  contact_id          uuid NOT NULL REFERENCES contacts(id),
  case_id             uuid NOT NULL REFERENCES cases(id),
  given_at            timestamptz NOT NULL,
  method              text NOT NULL,
  privacy_notice_id   uuid NOT NULL REFERENCES privacy_notices(id),
  software_explained  boolean NOT NULL,
  recorded_by         uuid NOT NULL REFERENCES users(id),
  recorded_at         timestamptz NOT NULL DEFAULT now(),
  withdrawn_at        timestamptz,
  withdrawal_reason   text,
  withdrawal_recorded_by uuid REFERENCES users(id)
);
CREATE INDEX video_consents_contact ON video_consents (contact_id);

-- Digital readiness screening (after the Pharos quickscan idea, seed 003 §4/§6).
CREATE TABLE readiness_screenings (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES cases(id),
  answered_by   text NOT NULL,
  answers       jsonb NOT NULL,
  result        text NOT NULL,
  recorded_by   uuid NOT NULL REFERENCES users(id),
  recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX readiness_screenings_case ON readiness_screenings (case_id, recorded_at DESC);

-- The decision log of a case: every advice shown, every choice and override, append-only.
CREATE TABLE contact_decisions (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  contact_id        uuid REFERENCES contacts(id),
  kind              text NOT NULL,
  rule_set_version  text NOT NULL,
  circumstances     jsonb NOT NULL,
  advice            jsonb NOT NULL,
  chosen_form       text,
  against_advice    boolean NOT NULL DEFAULT false,
  reason_codes      text[] NOT NULL DEFAULT '{}',
  reason_text       text,
  actor_id          uuid NOT NULL REFERENCES users(id),
  at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_decisions_case ON contact_decisions (case_id, at DESC);
CREATE FUNCTION contact_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'contact_decisions is append-only';
END;
$$;
CREATE TRIGGER contact_decisions_no_update BEFORE UPDATE OR DELETE ON contact_decisions
  FOR EACH ROW EXECUTE FUNCTION contact_decisions_append_only();

-- Mail: with SMTP configured a message is sent and marked; without, it stays here for the
-- administrator to read (nothing is lost). `ics` holds the calendar attachment, if any.
CREATE TABLE mail_outbox (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  case_id          uuid REFERENCES cases(id),
  contact_id       uuid REFERENCES contacts(id),
  kind             text NOT NULL,
  recipient        text NOT NULL,
  subject          text NOT NULL,
  body_text        text NOT NULL,
  ics              text,
  status           text NOT NULL DEFAULT 'queued',
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz
);
CREATE INDEX mail_outbox_org ON mail_outbox (organisation_id, created_at DESC);
CREATE INDEX mail_outbox_queued ON mail_outbox (created_at) WHERE status = 'queued';

-- Every organisation has the built-in call in its register, not approved until its DPIA is done.
INSERT INTO contact_channels (id, organisation_id, name, form, built_in, dpia_status, recording_policy, approved)
SELECT gen_random_uuid(), id, 'Passend beeldbellen (ingebouwd)', 'video', true, 'not_started', 'never', false FROM organisations;
