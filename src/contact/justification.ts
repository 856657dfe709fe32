// The Verantwoording contactvorm (contact-form justification) of a case, pure: every contact with its
// form, why that form (advice at the time, the choice and its reasons), consent, the client's say,
// mitigations, adequacy afterwards and any physical follow-up (seed 000 P7, P9, P11).
import type { ActivityType, ContactForm, ContactState } from '../cases/domain.js';
import type { Advice, Preference, Strength } from './domain.js';
import type { AdequacyVerdict, InadequacySign } from './planning.js';

export interface JustificationContact {
  id: string;
  activity_type: ActivityType;
  contact_form: ContactForm;
  state: ContactState;
  planned_at: string;
  held_at: string | null;
  channel_name: string | null;
  circumstances: { clientPreference?: Preference | null; employerPreference?: Preference | null } | null;
  mitigations: string | null;
  adequacy: { verdict: AdequacyVerdict; signs: InadequacySign[]; note: string | null; physicalFollowUp: boolean } | null;
  follow_up_of: string | null;
  consent: { givenAt: string; method: string; privacyNoticeVersion: number; withdrawnAt: string | null } | null;
}

export interface JustificationDecision {
  contact_id: string | null;
  kind: 'form_chosen' | 'form_changed';
  at: string;
  rule_set_version: string;
  advice: Advice;
  chosen_form: ContactForm | null;
  against_advice: boolean;
  reason_codes: string[];
  reason_text: string | null;
}

export function buildJustification(contacts: readonly JustificationContact[], decisions: readonly JustificationDecision[]) {
  const followUps = new Map<string, JustificationContact>();
  for (const c of contacts) if (c.follow_up_of && c.state !== 'cancelled') followUps.set(c.follow_up_of, c);
  const entries = contacts.map((c) => {
    const own = decisions.filter((d) => d.contact_id === c.id);
    // The latest choice explains the form the contact has now.
    const latest = own[own.length - 1] ?? null;
    const strength: Strength | null = latest?.advice?.forms?.[c.contact_form]?.strength ?? null;
    const ruleIds = latest ? latest.advice.forms[c.contact_form].reasons.map((r) => r.ruleId) : [];
    const clientPreference = c.circumstances?.clientPreference ?? null;
    const followUp = c.adequacy?.physicalFollowUp
      ? (() => {
          const next = followUps.get(c.id);
          return { contactId: next?.id ?? null, plannedAt: next?.planned_at ?? null, state: next ? next.state : 'open' };
        })()
      : null;
    return {
      contactId: c.id,
      activity: c.activity_type,
      form: c.contact_form,
      state: c.state,
      plannedAt: c.planned_at,
      heldAt: c.held_at,
      channel: c.channel_name,
      advice: latest ? { ruleSetVersion: latest.rule_set_version, strength, ruleIds } : null,
      againstAdvice: own.some((d) => d.against_advice),
      reasonCodes: latest?.reason_codes ?? [],
      reasonText: latest?.reason_text ?? null,
      clientPreference,
      clientPreferenceFollowed: clientPreference ? clientPreference.form === c.contact_form : null,
      employerPreference: c.circumstances?.employerPreference ?? null,
      consent: c.consent,
      mitigations: c.mitigations,
      adequacy: c.adequacy,
      followUp,
      // Every choice of form in order, each with its own reasons: a later change never hides why the
      // first form was chosen (P7, P11).
      choices: own
        .filter((d) => d.chosen_form !== null)
        .map((d) => ({ at: d.at, kind: d.kind, form: d.chosen_form as ContactForm, againstAdvice: d.against_advice, reasonCodes: d.reason_codes, reasonText: d.reason_text })),
    };
  });
  const counted = entries.filter((e) => e.state !== 'cancelled');
  return {
    entries,
    summary: {
      physical: counted.filter((e) => e.form === 'physical').length,
      video: counted.filter((e) => e.form === 'video').length,
      phone: counted.filter((e) => e.form === 'phone').length,
      againstAdvice: counted.filter((e) => e.againstAdvice).length,
      openFollowUps: counted.filter((e) => e.followUp?.state === 'open').length,
    },
  };
}
