// The WML amounts shipped with Passend live twice: as data for the pure core (wml-rates.ts) and in the
// migration that gives every organisation its starting table (migrations/0014_wage_value.sql). This
// keeps the two the same, amount for amount and source for source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WML_RATES } from './wml-rates.js';

const migration = readFileSync(join(import.meta.dirname, '..', '..', 'migrations', '0014_wage_value.sql'), 'utf8');

describe('the shipped WML amounts in the migration', () => {
  it('are exactly those of wml-rates.ts, with the same sources', () => {
    const body = /CREATE FUNCTION wml_rates_shipped\(\)[\s\S]*?\$\$([\s\S]*?)\$\$/.exec(migration)?.[1] ?? '';
    const rows = [...body.matchAll(/\(DATE '(\d{4}-\d{2}-\d{2})', (\d+), ([\d.]+), '((?:[^']|'')*)'\)/g)].map((m) => ({
      validFrom: m[1], hourlyGross: Number(m[2]) / 100, holidayPayPercent: Number(m[3]), source: m[4]!.replace(/''/g, "'"),
    }));
    expect(rows).toEqual(WML_RATES.map((r) => ({ ...r })));
  });
});
