-- Wage value and wage-cost subsidy under the Participatiewet (issue 6; social-domain.md §2).
--
-- The statutory minimum wage (WML) as dated data per organisation, kept by its administrator, each
-- amount with its source. A rate stays in force until the next one's date. Rates are never changed
-- or removed (history by design): every sum Passend ever showed can be shown again, and an amount is
-- added as a new dated row. Amounts in euro cents per hour (21 and older), holiday pay in percent.
CREATE TABLE wml_rates (
  id                   uuid PRIMARY KEY,
  organisation_id      uuid NOT NULL REFERENCES organisations(id),
  valid_from           date NOT NULL,
  hourly_cents         integer NOT NULL CHECK (hourly_cents > 0 AND hourly_cents <= 100000),
  holiday_pay_percent  numeric(5,2) NOT NULL CHECK (holiday_pay_percent >= 0 AND holiday_pay_percent <= 100),
  source               text NOT NULL CHECK (length(btrim(source)) > 0),
  -- NULL: shipped with Passend (src/capacity/wml-rates.ts), not entered by a person.
  entered_by           uuid REFERENCES users(id),
  entered_at           timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, valid_from)
);

CREATE FUNCTION wml_rates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'wml_rates is append-only: add a new dated amount instead';
END;
$$;
CREATE TRIGGER wml_rates_no_update BEFORE UPDATE OR DELETE ON wml_rates
  FOR EACH ROW EXECUTE FUNCTION wml_rates_append_only();

-- The amounts shipped with Passend: the same list as src/capacity/wml-rates.ts (a unit test keeps the
-- two equal). A later indexation that Passend ships comes in a new migration that replaces this
-- function and adds the amount to every organisation that does not have that date yet.
CREATE FUNCTION wml_rates_shipped() RETURNS TABLE (valid_from date, hourly_cents integer, holiday_pay_percent numeric, source text)
LANGUAGE sql IMMUTABLE AS $$
  VALUES
    (DATE '2024-01-01', 1327, 8.00, 'Rijksoverheid, "Bedragen minimumloon 2024" (rijksoverheid.nl, onderwerp minimumloon); besluit SZW 2023-0000526966 van 8-10-2023'),
    (DATE '2024-07-01', 1368, 8.00, 'Rijksoverheid, "Bedragen minimumloon 2024", tabel per 1 juli 2024 (rijksoverheid.nl, onderwerp minimumloon)'),
    (DATE '2025-01-01', 1406, 8.00, 'Besluit SZW nr. 2024-0000675332 van 9-10-2024 (indexatie per 1 januari 2025), zoals geciteerd door o.a. SVB "Bedragen minimumlonen vanaf 1 januari 2025"'),
    (DATE '2025-07-01', 1440, 8.00, 'Besluit SZW nr. 2025-0000069776, Staatscourant 2025, 12264 (indexatie per 1 juli 2025)'),
    (DATE '2026-01-01', 1471, 8.00, 'Besluit SZW nr. 2025-0000213859 van 9-10-2025 (indexatie per 1 januari 2026)')
$$;

-- Every existing organisation gets the shipped amounts …
INSERT INTO wml_rates (id, organisation_id, valid_from, hourly_cents, holiday_pay_percent, source, entered_by)
SELECT gen_random_uuid(), o.id, s.valid_from, s.hourly_cents, s.holiday_pay_percent, s.source, NULL
  FROM organisations o CROSS JOIN wml_rates_shipped() s;

-- … and so does every new one, the way it gets its built-in call channel (0007): a trigger keeps the
-- rule with this capability's tables instead of in the code that creates organisations.
CREATE FUNCTION wml_rates_for_new_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A restore brings the organisation's rates with it (src/platform/backup.ts).
  IF current_setting('passend.restoring', true) = 'on' THEN
    RETURN NEW;
  END IF;
  INSERT INTO wml_rates (id, organisation_id, valid_from, hourly_cents, holiday_pay_percent, source, entered_by)
  SELECT gen_random_uuid(), NEW.id, s.valid_from, s.hourly_cents, s.holiday_pay_percent, s.source, NULL FROM wml_rates_shipped() s;
  RETURN NEW;
END;
$$;
CREATE TRIGGER organisations_wml_rates AFTER INSERT ON organisations
  FOR EACH ROW EXECUTE FUNCTION wml_rates_for_new_organisation();

-- Wage-value measurements on a case, append-only: a correction is a new measurement, the newest
-- counts, all stay visible. Money in euro cents; percentages and hours with at most two decimals.
CREATE TABLE wage_value_measurements (
  id                       uuid PRIMARY KEY,
  case_id                  uuid NOT NULL REFERENCES cases(id),
  method                   text NOT NULL,
  method_other             text,
  measured_on              date NOT NULL,
  assessor                 text NOT NULL,
  percentage               numeric(5,2) NOT NULL CHECK (percentage >= 0 AND percentage <= 100),
  job                      text NOT NULL,
  job_wage_cents           integer NOT NULL CHECK (job_wage_cents > 0),
  job_wage_per             text NOT NULL CHECK (job_wage_per IN ('hour', 'month')),
  job_holiday_pay_percent  numeric(5,2) CHECK (job_holiday_pay_percent >= 0 AND job_holiday_pay_percent <= 100),
  hours_per_week           numeric(4,2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  recorded_by              uuid NOT NULL REFERENCES users(id),
  recorded_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wage_value_measurements_case ON wage_value_measurements (case_id, recorded_at DESC);

CREATE FUNCTION wage_value_measurements_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'wage_value_measurements is append-only: record a new measurement instead';
END;
$$;
CREATE TRIGGER wage_value_measurements_no_update BEFORE UPDATE OR DELETE ON wage_value_measurements
  FOR EACH ROW EXECUTE FUNCTION wage_value_measurements_append_only();
