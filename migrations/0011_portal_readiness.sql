-- The digital readiness check answered by the client in the portal (issue 5): a screening then has no
-- staff author; `recorded_via` says where it was filled in, as for video consent (0008).
ALTER TABLE readiness_screenings ALTER COLUMN recorded_by DROP NOT NULL;
ALTER TABLE readiness_screenings ADD COLUMN recorded_via text NOT NULL DEFAULT 'staff' CHECK (recorded_via IN ('staff', 'portal'));
ALTER TABLE readiness_screenings ADD CONSTRAINT readiness_screenings_author CHECK (recorded_by IS NOT NULL OR recorded_via = 'portal');
