// Every code the administration shows has a label in both languages (the web catalogue test checks
// that nl and en have the same keys; this checks the keys cover the server's code lists).
import { describe, expect, it } from 'vitest';
import { MAIL_KINDS, MAIL_STATUSES } from '../../../platform/mail';
import { CLIENT_CONDITIONS, OUTCOME_EXPECTATIONS, PHYSICAL_IMPOSSIBLE_REASONS, PRECONDITIONS, STRENGTH_ORDER, WORKPLACE_MATERIALS } from '../../domain';
import { DPIA_STATUSES, RECORDING_POLICIES } from '../../planning';
import { contactAdminEn, contactAdminNl } from './i18n';

const groups: Array<[string, readonly string[], (c: typeof contactAdminNl) => Record<string, string>]> = [
  ['strength', STRENGTH_ORDER, (c) => c.strength],
  ['blocks', PRECONDITIONS, (c) => c.blocks],
  ['dpiaStatus', DPIA_STATUSES, (c) => c.channels.dpiaStatusValue],
  ['recordingPolicy', RECORDING_POLICIES, (c) => c.channels.recordingPolicyValue],
  ['mailKind', MAIL_KINDS, (c) => c.outbox.kinds],
  ['mailStatus', MAIL_STATUSES, (c) => c.outbox.statuses],
  ['clientConditions', CLIENT_CONDITIONS, (c) => c.values.clientConditions],
  ['physicalImpossibleReason', PHYSICAL_IMPOSSIBLE_REASONS, (c) => c.values.physicalImpossibleReason],
  ['outcomeExpectation', OUTCOME_EXPECTATIONS, (c) => c.values.outcomeExpectation],
  ['workplaceMaterial', WORKPLACE_MATERIALS, (c) => c.values.workplaceMaterial],
];

describe('contact administration labels', () => {
  for (const [name, codes, pick] of groups) {
    it(`labels every ${name} code in nl and en`, () => {
      for (const [language, catalogue] of [['nl', contactAdminNl], ['en', contactAdminEn]] as const) {
        const labels = pick(catalogue);
        const missing = codes.filter((code) => !labels[code]?.trim());
        expect(missing, language).toEqual([]);
      }
    });
  }
});
