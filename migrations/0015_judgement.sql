-- Explicit professional judgement (issue 7, seed 001, shared/domain/secondary-factors.md): coverage of
-- the conversation model, evidence items with their source and reliability, factors (a catalogue for
-- finding, never for scoring), Schema 1 and Schema 2, salient observations with competing hypotheses,
-- inconsistencies and anomalies, the willingness/ability placement, the trial-and-error trajectory,
-- the organisation's instrument databank, and the reintegration advice with the questions asked before
-- it is final. Links to evidence are uuid arrays checked by the store against the case (never another
-- case's evidence); evidence is withdrawn, never deleted, so a link always resolves.

CREATE TABLE instruments (
  id                 uuid PRIMARY KEY,
  organisation_id    uuid NOT NULL REFERENCES organisations(id),
  name               text NOT NULL,
  construct          text NOT NULL,
  validation_status  text NOT NULL CHECK (validation_status IN ('validated', 'partly_validated', 'not_validated', 'unknown')),
  validation_note    text,
  provider           text,
  cost_cents         integer CHECK (cost_cents >= 0),
  duration_minutes   integer CHECK (duration_minutes > 0),
  fits_when          text,
  version            integer NOT NULL DEFAULT 1,
  created_by         uuid NOT NULL REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_by         uuid REFERENCES users(id),
  updated_at         timestamptz,
  removed_at         timestamptz,
  removed_by         uuid REFERENCES users(id)
);
CREATE UNIQUE INDEX instruments_name ON instruments (organisation_id, lower(name)) WHERE removed_at IS NULL;

-- The profession's own screening of usefulness (seed 001, "screening op de bruikbaarheid door de
-- beroepsgroep zelf"): one rating per labour expert per instrument, changeable.
CREATE TABLE instrument_ratings (
  instrument_id  uuid NOT NULL REFERENCES instruments(id),
  user_id        uuid NOT NULL REFERENCES users(id),
  rating         smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment        text,
  rated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (instrument_id, user_id)
);

-- An organisation's own factors beside the shipped catalogue (src/judgement/factors.ts).
CREATE TABLE judgement_factors (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  group_code       text NOT NULL,
  label_nl         text NOT NULL,
  label_en         text NOT NULL,
  icf_code         text,
  created_by       uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX judgement_factors_label ON judgement_factors (organisation_id, lower(label_nl));

CREATE TABLE evidence_items (
  id                        uuid PRIMARY KEY,
  case_id                   uuid NOT NULL REFERENCES cases(id),
  -- B1, B2, … per case: how the advice and the report name an item.
  number                    integer NOT NULL,
  kind                      text NOT NULL CHECK (kind IN ('information', 'self_assessment', 'wish', 'not_investigated')),
  source_type               text NOT NULL,
  source_name               text,
  observed_on               date NOT NULL,
  method                    text NOT NULL,
  title                     text NOT NULL,
  body                      text,
  interest                  text,
  reliability               text CHECK (reliability IN ('high', 'reasonable', 'low', 'unknown')),
  reality_check             text,
  not_investigated_reason   text CHECK (not_investigated_reason IN ('time', 'cost', 'time_and_cost', 'other')),
  factor_codes              text[] NOT NULL DEFAULT '{}',
  instrument_id             uuid REFERENCES instruments(id),
  contact_id                uuid REFERENCES contacts(id),
  document_id               uuid REFERENCES documents(id),
  professional_only         boolean NOT NULL,
  version                   integer NOT NULL DEFAULT 1,
  recorded_by               uuid NOT NULL REFERENCES users(id),
  recorded_at               timestamptz NOT NULL DEFAULT now(),
  updated_by                uuid REFERENCES users(id),
  updated_at                timestamptz,
  withdrawn_at              timestamptz,
  withdrawn_by              uuid REFERENCES users(id),
  withdrawn_reason          text,
  UNIQUE (case_id, number),
  CHECK ((kind = 'not_investigated') = (not_investigated_reason IS NOT NULL))
);
CREATE INDEX evidence_items_instrument ON evidence_items (instrument_id) WHERE instrument_id IS NOT NULL;

-- Bijlage 1 (Gespreksmodel): a theme without a row is untouched.
CREATE TABLE coverage_themes (
  case_id       uuid NOT NULL REFERENCES cases(id),
  theme         text NOT NULL,
  state         text NOT NULL CHECK (state IN ('explored', 'partly')),
  note          text,
  note_ids      uuid[] NOT NULL DEFAULT '{}',
  evidence_ids  uuid[] NOT NULL DEFAULT '{}',
  version       integer NOT NULL DEFAULT 1,
  updated_by    uuid NOT NULL REFERENCES users(id),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, theme)
);

-- Bijlage 2, Schema 1: conversation themes × analysis categories.
CREATE TABLE schema1_cells (
  case_id       uuid NOT NULL REFERENCES cases(id),
  theme         text NOT NULL,
  category      text NOT NULL,
  body          text NOT NULL,
  evidence_ids  uuid[] NOT NULL DEFAULT '{}',
  version       integer NOT NULL DEFAULT 1,
  updated_by    uuid NOT NULL REFERENCES users(id),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, theme, category)
);

-- Bijlage 2, Schema 2: activities × support need, implications for work demands, derived from.
-- `row_key` is an activity of the schema or 'eigen-…' for a row the expert adds ("[nader invullen]").
CREATE TABLE schema2_rows (
  case_id            uuid NOT NULL REFERENCES cases(id),
  row_key            text NOT NULL,
  label              text,
  support_need       text,
  work_implications  text,
  basis              text,
  evidence_ids       uuid[] NOT NULL DEFAULT '{}',
  position           integer NOT NULL DEFAULT 0,
  version            integer NOT NULL DEFAULT 1,
  updated_by         uuid NOT NULL REFERENCES users(id),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, row_key)
);

-- A salient observation and its competing explanations.
CREATE TABLE observations (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases(id),
  number         integer NOT NULL,
  body           text NOT NULL,
  discriminator  text,
  evidence_ids   uuid[] NOT NULL DEFAULT '{}',
  version        integer NOT NULL DEFAULT 1,
  created_by     uuid NOT NULL REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_by     uuid REFERENCES users(id),
  updated_at     timestamptz,
  UNIQUE (case_id, number)
);

CREATE TABLE hypotheses (
  id                uuid PRIMARY KEY,
  observation_id    uuid NOT NULL REFERENCES observations(id),
  case_id           uuid NOT NULL REFERENCES cases(id),
  position          integer NOT NULL,
  explanation       text NOT NULL,
  status            text NOT NULL CHECK (status IN ('open', 'supported', 'weakened', 'rejected')),
  status_argument   text,
  evidence_for      uuid[] NOT NULL DEFAULT '{}',
  evidence_against  uuid[] NOT NULL DEFAULT '{}',
  version           integer NOT NULL DEFAULT 1,
  created_by        uuid NOT NULL REFERENCES users(id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_by        uuid REFERENCES users(id),
  updated_at        timestamptz,
  CHECK (status = 'open' OR status_argument IS NOT NULL)
);
CREATE INDEX hypotheses_case ON hypotheses (case_id, observation_id, position);

CREATE TABLE anomalies (
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases(id),
  kind            text NOT NULL CHECK (kind IN ('inconsistency', 'anomaly')),
  description     text NOT NULL,
  evidence_ids    uuid[] NOT NULL DEFAULT '{}',
  observation_id  uuid REFERENCES observations(id),
  explanation     text,
  explained_by    uuid REFERENCES users(id),
  explained_at    timestamptz,
  version         integer NOT NULL DEFAULT 1,
  created_by      uuid NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX anomalies_case ON anomalies (case_id, created_at);

-- Willen/onwil × kunnen/onkunde (Figure 1), append-only: the newest placement counts, all stay visible.
CREATE TABLE placements (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES cases(id),
  willingness   smallint NOT NULL CHECK (willingness BETWEEN -2 AND 2),
  ability       smallint NOT NULL CHECK (ability BETWEEN -2 AND 2),
  argument      text NOT NULL,
  evidence_ids  uuid[] NOT NULL DEFAULT '{}',
  placed_by     uuid NOT NULL REFERENCES users(id),
  placed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX placements_case ON placements (case_id, placed_at DESC);

-- Safeguarded trial-and-error (recommendation 2).
CREATE TABLE trajectories (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  screening_reason  text NOT NULL,
  started_on        date NOT NULL,
  ended_on          date,
  end_note          text,
  created_by        uuid NOT NULL REFERENCES users(id),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX trajectories_one_open ON trajectories (case_id) WHERE ended_on IS NULL;

CREATE TABLE experiments (
  id                  uuid PRIMARY KEY,
  trajectory_id       uuid NOT NULL REFERENCES trajectories(id),
  case_id             uuid NOT NULL REFERENCES cases(id),
  title               text NOT NULL,
  question            text NOT NULL,
  hypothesis_id       uuid REFERENCES hypotheses(id),
  expected_signals    text NOT NULL,
  vulnerabilities     text NOT NULL,
  safeguards          text NOT NULL,
  starts_on           date NOT NULL,
  next_feedback_on    date,
  state               text NOT NULL CHECK (state IN ('running', 'ended')),
  outcome             text,
  reminder_sent_for   date,
  version             integer NOT NULL DEFAULT 1,
  created_by          uuid NOT NULL REFERENCES users(id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (state = 'ended' OR next_feedback_on IS NOT NULL)
);
CREATE INDEX experiments_case ON experiments (case_id, created_at);
CREATE INDEX experiments_feedback ON experiments (next_feedback_on) WHERE state = 'running';

CREATE TABLE checkpoints (
  id                    uuid PRIMARY KEY,
  experiment_id         uuid NOT NULL REFERENCES experiments(id),
  case_id               uuid NOT NULL REFERENCES cases(id),
  held_on               date NOT NULL,
  success_experiences   text,
  failure_experiences   text,
  intervention_styles   text[] NOT NULL DEFAULT '{}',
  picture_changes       text,
  decision              text NOT NULL CHECK (decision IN ('continue', 'adjust', 'stop')),
  next_feedback_on      date,
  recorded_by           uuid NOT NULL REFERENCES users(id),
  recorded_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX checkpoints_case ON checkpoints (case_id, recorded_at);

-- The reintegration advice: one draft at a time, edited in place with a lock version; finalising
-- freezes it with the answers to the questions asked before it is final; a change afterwards is a new
-- version (number + 1), the final one stays.
CREATE TABLE advice_versions (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases(id),
  number         integer NOT NULL,
  content        jsonb NOT NULL,
  state          text NOT NULL CHECK (state IN ('draft', 'final')),
  lock_version   integer NOT NULL DEFAULT 1,
  reflection     jsonb,
  created_by     uuid NOT NULL REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_by     uuid REFERENCES users(id),
  updated_at     timestamptz,
  finalised_by   uuid REFERENCES users(id),
  finalised_at   timestamptz,
  UNIQUE (case_id, number),
  CHECK ((state = 'final') = (finalised_at IS NOT NULL))
);
CREATE UNIQUE INDEX advice_versions_one_draft ON advice_versions (case_id) WHERE state = 'draft';
