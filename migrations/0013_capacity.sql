-- Capacity against the demands of work (issue 6): FML item catalogues an administrator loads (the
-- shipped selection lives in code, src/capacity/catalogue.ts), capacity profiles (FML) on a case side
-- by side, job profiles on the same items (on a case, or in the organisation's library), the expert's
-- note and judgement per profile and item, and conclusions per profile (append-only).

CREATE TABLE capacity_catalogues (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  name             text NOT NULL,
  version          text NOT NULL,
  source           text NOT NULL,
  body             jsonb NOT NULL,
  loaded_by        uuid NOT NULL REFERENCES users(id),
  loaded_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, name, version)
);

-- An FML is the physician's document: corrected in place (typing errors, with a version check and the
-- audit), never replaced by a newer one: a newer FML is a new row.
CREATE TABLE fml_profiles (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases(id),
  catalogue_id      text NOT NULL,
  drawn_up_on       date NOT NULL,
  author_role       text NOT NULL CHECK (author_role IN ('bedrijfsarts', 'verzekeringsarts', 'other')),
  during_treatment  boolean NOT NULL,
  prognosis         text,
  version_label     text,
  capacity          jsonb NOT NULL,
  entered_via       text NOT NULL CHECK (entered_via IN ('form', 'import')),
  version           integer NOT NULL DEFAULT 1,
  recorded_by       uuid NOT NULL REFERENCES users(id),
  recorded_at       timestamptz NOT NULL DEFAULT now(),
  updated_by        uuid REFERENCES users(id),
  updated_at        timestamptz
);
CREATE INDEX fml_profiles_case ON fml_profiles (case_id, drawn_up_on DESC);

CREATE TABLE job_profiles (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  -- NULL: a profile in the organisation's library, for reuse on cases.
  case_id          uuid REFERENCES cases(id),
  kind             text NOT NULL,
  name             text NOT NULL,
  basis            text NOT NULL,
  description      text,
  catalogue_id     text NOT NULL,
  demands          jsonb NOT NULL,
  adjustments      jsonb NOT NULL DEFAULT '[]',
  copied_from      uuid REFERENCES job_profiles(id),
  version          integer NOT NULL DEFAULT 1,
  created_by       uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_by       uuid REFERENCES users(id),
  updated_at       timestamptz,
  removed_at       timestamptz,
  removed_by       uuid REFERENCES users(id)
);
CREATE INDEX job_profiles_case ON job_profiles (case_id, created_at);
CREATE INDEX job_profiles_library ON job_profiles (organisation_id, name) WHERE case_id IS NULL;

-- The expert's note and judgement on one item of one profile: the computed outcome is never stored,
-- it is computed again from the FML shown, so computed and judged stay side by side.
CREATE TABLE capacity_cells (
  profile_id           uuid NOT NULL REFERENCES job_profiles(id),
  item_code            text NOT NULL,
  note                 text,
  override_conclusion  text CHECK (override_conclusion IN ('fits', 'exceeds', 'fits_with_adjustment')),
  override_reason      text,
  updated_by           uuid NOT NULL REFERENCES users(id),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (profile_id, item_code),
  CHECK ((override_conclusion IS NULL) = (override_reason IS NULL))
);

CREATE TABLE profile_conclusions (
  id             uuid PRIMARY KEY,
  profile_id     uuid NOT NULL REFERENCES job_profiles(id),
  fml_id         uuid REFERENCES fml_profiles(id),
  conclusion     text NOT NULL CHECK (conclusion IN ('suitable', 'suitable_with_adjustments', 'not_suitable', 'not_yet_judgeable')),
  reasoning      text NOT NULL,
  -- The questions Passend put at that moment (never a block), kept with the answer.
  questions      jsonb NOT NULL DEFAULT '[]',
  concluded_by   uuid NOT NULL REFERENCES users(id),
  concluded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profile_conclusions_profile ON profile_conclusions (profile_id, concluded_at DESC);
