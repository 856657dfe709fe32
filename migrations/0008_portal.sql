-- The client and employer portal (issue 5): a door per person per case, personal links into it,
-- one-time codes through a second channel, and short sessions. See docs/portal.md.

-- One door per person per case: the client, or an employer party of the case.
CREATE TABLE portal_access (
  id               uuid PRIMARY KEY,
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  case_id          uuid NOT NULL REFERENCES cases(id),
  audience         text NOT NULL CHECK (audience IN ('client', 'employer')),
  party_id         uuid REFERENCES case_parties(id),
  language         text NOT NULL DEFAULT 'nl',
  failed_codes     integer NOT NULL DEFAULT 0,
  locked_until     timestamptz,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  last_used_at     timestamptz,
  CHECK ((audience = 'client') = (party_id IS NULL))
);
CREATE UNIQUE INDEX portal_access_client ON portal_access (case_id) WHERE audience = 'client';
CREATE UNIQUE INDEX portal_access_party ON portal_access (party_id) WHERE party_id IS NOT NULL;

-- Personal links into a door: 256 random bits, only the SHA-256 kept. Several can be valid (each
-- invitation carries a fresh one); replacing a lost link revokes them all.
CREATE TABLE portal_links (
  id               uuid PRIMARY KEY,
  access_id        uuid NOT NULL REFERENCES portal_access(id),
  token_hash       text NOT NULL UNIQUE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at       timestamptz
);
CREATE INDEX portal_links_access ON portal_links (access_id);

-- One-time codes: an HMAC of the code, never the code; valid for minutes, used once.
CREATE TABLE portal_codes (
  id               uuid PRIMARY KEY,
  access_id        uuid NOT NULL REFERENCES portal_access(id),
  code_hash        text NOT NULL,
  channel          text NOT NULL CHECK (channel IN ('email', 'sms')),
  sent_at          timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  used_at          timestamptz
);
CREATE INDEX portal_codes_access ON portal_codes (access_id, sent_at DESC);

-- Portal sessions: short, revocable by the labour expert.
CREATE TABLE portal_sessions (
  token_hash       text PRIMARY KEY,
  access_id        uuid NOT NULL REFERENCES portal_access(id),
  csrf_token       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  last_seen_at     timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  ended_at         timestamptz
);
CREATE INDEX portal_sessions_access ON portal_sessions (access_id);

-- The client's own preference for the form of a coming conversation, in their own words (P8); the
-- labour expert sees it and the contact-form advice starts from it. The latest per contact counts.
CREATE TABLE client_preferences (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES cases(id),
  contact_id       uuid NOT NULL REFERENCES contacts(id),
  form             text NOT NULL CHECK (form IN ('physical', 'video', 'phone')),
  reason           text NOT NULL,
  stated_at        timestamptz NOT NULL DEFAULT now(),
  access_id        uuid REFERENCES portal_access(id)
);
CREATE INDEX client_preferences_contact ON client_preferences (contact_id, stated_at DESC);

-- Consent given or withdrawn by the client in the portal has no staff member who recorded it.
ALTER TABLE video_consents ALTER COLUMN recorded_by DROP NOT NULL;
ALTER TABLE video_consents ADD COLUMN recorded_via text NOT NULL DEFAULT 'staff' CHECK (recorded_via IN ('staff', 'portal'));
ALTER TABLE video_consents ADD COLUMN withdrawn_via text CHECK (withdrawn_via IN ('staff', 'portal'));

-- Messages go by e-mail or SMS; both land in the one outbox.
ALTER TABLE mail_outbox ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms'));
