-- "Ons gesprek" without lost updates: each theme counts its saves, so a save from a screen that did
-- not see the newest text (another tab, the phone) is refused instead of overwriting it
-- (src/conversation/domain.ts worksheetSaveOf). Existing entries start at version 1.
ALTER TABLE worksheet_entries ADD COLUMN version integer NOT NULL DEFAULT 1;
