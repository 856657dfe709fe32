-- Events between app instances travel by NOTIFY (src/platform/bus.ts). NOTIFY payloads are limited to
-- 8000 bytes; a larger message (a video offer with many candidates) is parked here and the
-- notification carries only its id. Rows are short-lived and removed after a minute.
CREATE TABLE bus_messages (
  id          bigserial PRIMARY KEY,
  topic       text NOT NULL,
  payload     text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bus_messages_created ON bus_messages (created_at);
