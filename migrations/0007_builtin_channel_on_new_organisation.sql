-- Every organisation has the built-in call in its channel register, unapproved until its DPIA is
-- recorded (seed 000 P15). A trigger keeps that rule with the contact capability's tables instead of
-- in the code that creates organisations.
CREATE FUNCTION contact_channels_builtin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A restore brings the organisation's register with it (src/platform/backup.ts).
  IF current_setting('passend.restoring', true) = 'on' THEN
    RETURN NEW;
  END IF;
  INSERT INTO contact_channels (id, organisation_id, name, form, built_in, dpia_status, recording_policy, approved)
  VALUES (gen_random_uuid(), NEW.id, 'Passend beeldbellen (ingebouwd)', 'video', true, 'not_started', 'never', false);
  RETURN NEW;
END;
$$;
CREATE TRIGGER organisations_builtin_channel AFTER INSERT ON organisations
  FOR EACH ROW EXECUTE FUNCTION contact_channels_builtin();
