-- The built-in video call (issue 4): personal links per participant and appointment, and the call's
-- state. Nothing of the conversation is stored: no media, no chat, only who was there and when.

-- A link is a random token (256 bits) shown once; only its SHA-256 is kept. It names no person in
-- the URL; the display name is what the others in the call see.
CREATE TABLE call_links (
  id               uuid PRIMARY KEY,
  contact_id       uuid NOT NULL REFERENCES contacts(id),
  token_hash       text NOT NULL UNIQUE,
  role             text NOT NULL,
  display_name     text NOT NULL,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at       timestamptz
);
CREATE INDEX call_links_contact ON call_links (contact_id);

-- One call per appointment. `state` is the pure core's CallState (participants, end, switch to phone);
-- commands lock the row, so instances that share the database agree on who is in the call.
CREATE TABLE calls (
  id               uuid PRIMARY KEY,
  contact_id       uuid NOT NULL UNIQUE REFERENCES contacts(id),
  state            jsonb NOT NULL,
  started_at       timestamptz NOT NULL DEFAULT now(),
  started_by       uuid REFERENCES users(id),
  ended_at         timestamptz
);
