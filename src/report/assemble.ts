// What each section of the report is filled from, pure: the store gathers the case (CaseMaterial) with
// the capabilities' own reads, and this turns it into text, tables and charts in the report's language.
// Everything here comes from that one case: there is no other input, so nothing of another case can
// appear (issue 8). The client's reaction section is written at finalisation (clientReactionSection).
import type { ReportBlock, ReportDocument } from './document.js';
import type { DraftSection, Generated, SectionKind } from './domain.js';
import type { Words } from './words.js';

type Maybe<T> = T | null | undefined;

/** The case as the report needs it; every field is read from the case itself by the store. */
export interface CaseMaterial {
  reference: string;
  organisationName: string;
  client: { fullName: string; birthDate: string };
  assignment: {
    commissioningParty: string; commissioningPartyOther: Maybe<string>; legalContext: string; legalContextOther: Maybe<string>; question: string;
    deliveryDate: Maybe<string>; firstSicknessDay: Maybe<string>; commissionerReference: Maybe<string>;
  };
  expert: { displayName: string } | null;
  documents: Array<{ fileName: string; documentType: string; uploadedAt: string; professionalOnly: boolean }>;
  contacts: Array<{ activityType: string; contactForm: string; state: string; plannedAt: string; heldAt: string | null }>;
  conversationReports: Array<{ title: string; number: number; finalisedAt: string; paragraphs: string[] }>;
  worksheet: Array<{ theme: string; body: string }>;
  justification: {
    entries: Array<{
      activity: string; form: string; state: string; plannedAt: string; heldAt: string | null; againstAdvice: boolean; reasonText: string | null;
      clientPreference: { form: string } | null; clientPreferenceFollowed: boolean | null; consent: { givenAt: string } | null; mitigations: string | null;
      adequacy: { verdict: string } | null;
    }>;
    summary: { physical: number; video: number; phone: number; againstAdvice: number };
  };
  capacity: {
    fml: { date: string; authorRole: string } | null;
    profiles: Array<{
      name: string; kind: string; conclusion: { conclusion: string; reasoning: string } | null;
      summary: { items: number; fits: number; adjusted: number; exceeds: number; unknown: number };
      /** Rows that are not plain "fits": overshoots, adjustments, unknowns; words already in the report's language. */
      rows: Array<{ marker: string; item: string; capacity: string; demand: string; outcome: string; emphasis: boolean }>;
      sections: Array<{ label: string; items: number; exceeds: number }>;
    }>;
    spoor1: string | null;
  };
  evidence: Array<{ id: string; number: number; kind: string; sourceType: string; observedOn: string; title: string; reliability: string | null; notInvestigatedReason: string | null; professionalOnly: boolean; withdrawn: boolean }>;
  schema1: Array<{ ref: string; theme: string; category: string; body: string }>;
  schema2: Array<{ ref: string; key: string; label: string | null; supportNeed: string | null; workImplications: string | null }>;
  observations: Array<{ number: number; body: string; discriminator: string | null; hypotheses: Array<{ explanation: string; status: string; statusArgument: string | null }> }>;
  anomalies: Array<{ kind: string; description: string; explanation: string | null }>;
  advice: {
    number: number; finalisedAt: string;
    content: {
      workTypes: Array<{ text: string; profileId: string | null }>;
      schooling: Maybe<{ text: string }>; guidance: Maybe<{ text: string }>; endGoal: { text: string }; supportNeed: { text: string };
      risksAndSafeguards: Maybe<{ text: string }>; uncertainties: Maybe<{ text: string }>;
    };
    reflection: { answers: Record<string, unknown>; skipped: string[] };
    trace: Record<string, { evidence: Array<{ id: string; number: number; title: string; sourceType: string; observedOn: string; reliability: string | null; withdrawn: boolean; viaCell: string | null }>; cells: Array<{ ref: string; text: string }>; profile: { name: string } | null }>;
    profileNames: Record<string, string>;
  } | null;
  wageValue: {
    measuredOn: string; method: string; assessor: string; percentage: number; job: string; hoursPerWeek: number;
    subsidy: { wmlMonthInclHolidayCents: number; wageValueCents: number; differenceCents: number; capCents: number; subsidyCents: number; supplementCents: number; totalCents: number } | null;
    problem: string | null;
  } | null;
}

const enumWord = (w: Words, group: string, code: string): string => w.t(`${group}.${code}`, { defaultValue: code });
const nonBlank = (s: Maybe<string>): s is string => typeof s === 'string' && s.trim().length > 0;
const excerpt = (s: string, n = 80) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);

function assignment(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.assignment;
  const a = m.assignment;
  const party = a.commissioningParty === 'other' && nonBlank(a.commissioningPartyOther) ? a.commissioningPartyOther : enumWord(w, 'enums.commissioningParty', a.commissioningParty);
  const context = a.legalContext === 'other' && nonBlank(a.legalContextOther) ? a.legalContextOther : enumWord(w, 'enums.legalContext', a.legalContext);
  const paragraphs = [w.fill(d.commissioner, { party }), w.fill(d.legalContext, { context })];
  if (nonBlank(a.commissionerReference)) paragraphs.push(w.fill(d.commissionerReference, { reference: a.commissionerReference }));
  if (nonBlank(a.firstSicknessDay)) paragraphs.push(w.fill(d.firstSicknessDay, { date: w.date(a.firstSicknessDay) }));
  if (nonBlank(a.deliveryDate)) paragraphs.push(w.fill(d.delivery, { date: w.date(a.deliveryDate) }));
  paragraphs.push(w.fill(d.question, { question: a.question.trim() }));
  return { paragraphs, blocks: [] };
}

function sources(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.sources;
  const blocks: ReportBlock[] = [];
  const documents = m.documents.filter((x) => !x.professionalOnly);
  if (documents.length > 0) {
    blocks.push({ kind: 'subheading', text: d.documents });
    blocks.push({ kind: 'list', items: documents.map((x) => w.fill(d.document, { type: enumWord(w, 'enums.documentType', x.documentType), name: x.fileName, date: w.date(x.uploadedAt) })) });
  }
  const held = m.contacts.filter((c) => c.state === 'held');
  if (held.length > 0) {
    blocks.push({ kind: 'subheading', text: d.contacts });
    blocks.push({ kind: 'list', items: held.map((c) => w.fill(d.contact, { date: w.date(c.heldAt ?? c.plannedAt), activity: enumWord(w, 'enums.activityType', c.activityType), form: enumWord(w, 'enums.contactForm', c.contactForm).toLocaleLowerCase(w.language) })) });
  }
  if (m.conversationReports.length > 0) {
    blocks.push({ kind: 'subheading', text: d.conversations });
    blocks.push({ kind: 'list', items: m.conversationReports.map((r) => w.fill(d.conversation, { title: r.title, version: r.number, date: w.date(r.finalisedAt) })) });
  }
  const shared = m.evidence.filter((e) => !e.professionalOnly && !e.withdrawn);
  const tests = shared.filter((e) => e.sourceType === 'test_instrument' && e.kind !== 'not_investigated');
  if (tests.length > 0) {
    blocks.push({ kind: 'subheading', text: d.tests });
    blocks.push({ kind: 'list', items: tests.map((e) => w.fill(d.test, { number: e.number, title: e.title, date: w.date(e.observedOn) })) });
  }
  const gaps = shared.filter((e) => e.notInvestigatedReason !== null);
  if (gaps.length > 0) {
    blocks.push({ kind: 'subheading', text: d.notInvestigated });
    blocks.push({ kind: 'list', items: gaps.map((e) => w.fill(d.gap, { number: e.number, title: e.title, reason: enumWord(w, 'judgement.enums.notInvestigatedReason', e.notInvestigatedReason!).toLocaleLowerCase(w.language) })) });
  }
  const paragraphs: string[] = [];
  const confidential = m.evidence.filter((e) => e.professionalOnly && !e.withdrawn).length + m.documents.filter((x) => x.professionalOnly).length;
  if (confidential > 0) paragraphs.push(w.fill(d.professionalOnly, { count: confidential }));
  if (blocks.length === 0) paragraphs.push(d.none);
  return { paragraphs, blocks };
}

function contactForm(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.contactForm;
  const entries = m.justification.entries.filter((e) => e.state !== 'cancelled');
  if (entries.length === 0) return { paragraphs: [d.none], blocks: [] };
  const form = (code: string) => enumWord(w, 'enums.contactForm', code).toLocaleLowerCase(w.language);
  const paragraphs = [w.fill(d.summary, m.justification.summary)];
  for (const e of entries) {
    const parts = [w.fill(d.entry, { date: w.date(e.heldAt ?? e.plannedAt), activity: enumWord(w, 'enums.activityType', e.activity), form: form(e.form) })];
    if (e.clientPreference) parts.push(w.fill(d.preference, { form: form(e.clientPreference.form), followed: e.clientPreferenceFollowed ? d.followed : d.notFollowed }));
    if (e.againstAdvice) parts.push(d.againstAdvice);
    if (nonBlank(e.reasonText)) parts.push(w.fill(d.reason, { reason: e.reasonText }));
    if (e.consent) parts.push(w.fill(d.consent, { date: w.date(e.consent.givenAt) }));
    if (nonBlank(e.mitigations)) parts.push(w.fill(d.mitigations, { text: e.mitigations }));
    if (e.adequacy) parts.push(w.fill(d.adequacy, { verdict: d.adequate[e.adequacy.verdict] ?? e.adequacy.verdict }));
    paragraphs.push(parts.join(' '));
  }
  const table: ReportBlock = {
    kind: 'table', caption: d.caption, columns: [...d.columns],
    rows: entries.map((e) => ({
      cells: [w.date(e.heldAt ?? e.plannedAt), enumWord(w, 'enums.activityType', e.activity), enumWord(w, 'enums.contactForm', e.form), e.clientPreference ? enumWord(w, 'enums.contactForm', e.clientPreference.form) : '—', e.againstAdvice ? d.yes : d.no],
      emphasis: e.againstAdvice,
    })),
  };
  return { paragraphs, blocks: [table] };
}

function perspective(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.perspective;
  const paragraphs: string[] = [];
  for (const r of m.conversationReports) {
    paragraphs.push(w.fill(d.fromReport, { title: r.title }));
    paragraphs.push(...r.paragraphs.filter(nonBlank));
  }
  for (const own of m.worksheet.filter((x) => nonBlank(x.body))) paragraphs.push(w.fill(d.ownWords, { theme: d.theme[own.theme] ?? own.theme, text: own.body.trim() }));
  if (paragraphs.length === 0) paragraphs.push(d.none);
  return { paragraphs, blocks: [] };
}

function capacity(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.capacity;
  const paragraphs: string[] = [m.capacity.fml ? w.fill(d.fml, { date: w.date(m.capacity.fml.date), author: enumWord(w, 'capacity.authorRole', m.capacity.fml.authorRole) }) : d.noFml];
  if (m.capacity.profiles.length === 0) return { paragraphs: [...paragraphs, d.noProfiles], blocks: [] };
  const blocks: ReportBlock[] = [];
  for (const p of m.capacity.profiles) {
    const name = w.fill(d.profile, { name: p.name, kind: enumWord(w, 'capacity.kind', p.kind) });
    blocks.push({ kind: 'subheading', text: name });
    blocks.push({ kind: 'paragraph', text: w.fill(d.summary, p.summary) });
    if (p.rows.length === 0) blocks.push({ kind: 'paragraph', text: d.allFit });
    else blocks.push({ kind: 'table', caption: w.fill(d.caption, { name: p.name }), columns: [...d.columns], rows: p.rows.map((r) => ({ cells: [r.marker, r.item, r.capacity, r.demand, r.outcome], emphasis: r.emphasis })) });
    if (p.sections.length > 0) {
      const max = Math.max(...p.sections.map((s) => s.items), 1);
      blocks.push({ kind: 'chart', caption: w.fill(d.chart, { name: p.name }), legend: { ...d.legend }, bars: p.sections.map((s) => ({ label: s.label, capacity: s.items, demand: s.exceeds, max, overshoot: s.exceeds > 0 })) });
    }
    blocks.push({ kind: 'paragraph', text: p.conclusion ? w.fill(d.conclusion, { conclusion: enumWord(w, 'capacity.conclusion', p.conclusion.conclusion), reasoning: p.conclusion.reasoning.trim() }).trim() : d.noConclusion });
  }
  return { paragraphs, blocks };
}

const WORK_KINDS: Partial<Record<SectionKind, readonly string[]>> = {
  own_work: ['own_job'],
  adapted_work: ['adapted_own_job'],
  other_work_internal: ['other_work_same_employer'],
  spoor2: ['work_elsewhere', 'named_profile'],
};

function work(kind: SectionKind, m: CaseMaterial, w: Words): Generated {
  const d = w.doc.work;
  const profiles = m.capacity.profiles.filter((p) => WORK_KINDS[kind]!.includes(p.kind));
  const paragraphs: string[] = [];
  if (profiles.length === 0) paragraphs.push(d.none);
  for (const p of profiles) {
    paragraphs.push(w.fill(d.profile, { name: p.name, conclusion: p.conclusion ? enumWord(w, 'capacity.conclusion', p.conclusion.conclusion) : w.doc.capacity.noConclusion }));
    if (p.conclusion && nonBlank(p.conclusion.reasoning)) paragraphs.push(w.fill(d.reasoning, { text: p.conclusion.reasoning.trim() }));
  }
  // The spoor-1 outcome closes the last of the spoor-1 questions (social-domain.md §3).
  if (kind === 'other_work_internal' && m.capacity.spoor1) paragraphs.push(d.spoor1[m.capacity.spoor1] ?? m.capacity.spoor1);
  return { paragraphs, blocks: [] };
}

function analysis(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.analysis;
  const blocks: ReportBlock[] = [];
  const cells = m.schema1.filter((c) => nonBlank(c.body));
  if (cells.length > 0) {
    blocks.push({ kind: 'table', caption: d.schema1, columns: [...d.schema1Columns], rows: cells.map((c) => ({ cells: [enumWord(w, 'judgement.enums.schema1Theme', c.theme), enumWord(w, 'judgement.enums.schema1Category', c.category), c.body.trim()], emphasis: false })) });
  }
  const rows = m.schema2.filter((r) => nonBlank(r.supportNeed) || nonBlank(r.workImplications));
  if (rows.length > 0) {
    blocks.push({ kind: 'table', caption: d.schema2, columns: [...d.schema2Columns], rows: rows.map((r) => ({ cells: [r.label ?? enumWord(w, 'judgement.enums.schema2Activity', r.key), r.supportNeed ?? '', r.workImplications ?? ''], emphasis: false })) });
  }
  if (m.observations.length > 0) {
    blocks.push({ kind: 'subheading', text: d.hypotheses });
    for (const o of m.observations) {
      blocks.push({ kind: 'paragraph', text: w.fill(d.observation, { number: o.number, text: o.body.trim() }) });
      if (o.hypotheses.length > 0) {
        blocks.push({ kind: 'list', items: o.hypotheses.map((h) => w.fill(d.hypothesis, { text: h.explanation.trim(), status: enumWord(w, 'judgement.enums.hypothesisStatus', h.status), argument: nonBlank(h.statusArgument) ? `: ${h.statusArgument.trim()}` : '' })) });
      }
      if (nonBlank(o.discriminator)) blocks.push({ kind: 'paragraph', text: w.fill(d.tellApart, { text: o.discriminator.trim() }) });
    }
  }
  if (m.anomalies.length > 0) {
    blocks.push({ kind: 'subheading', text: d.anomalies });
    blocks.push({ kind: 'list', items: m.anomalies.map((a) => w.fill(d.anomaly, { kind: enumWord(w, 'judgement.enums.anomalyKind', a.kind), text: a.description.trim(), explanation: nonBlank(a.explanation) ? a.explanation.trim() : d.unexplained })) });
  }
  const paragraphs: string[] = [];
  if (m.advice) {
    const answers = m.advice.reflection.answers;
    const questions = ['counter_arguments', 'change_conditions', 'open_hypotheses', 'assumptions_and_gaps'] as const;
    const answered = questions.filter((q) => nonBlank(answers[q] as Maybe<string>));
    const boundary = answers.expertise_boundary as Maybe<{ choice: string; referralTo: Maybe<string>; explanation: Maybe<string> }>;
    if (answered.length > 0 || boundary) {
      blocks.push({ kind: 'subheading', text: d.reflection });
      for (const q of answered) blocks.push({ kind: 'paragraph', text: `${enumWord(w, 'judgement.enums.reflectionQuestion', q)} ${String(answers[q]).trim()}` });
      if (boundary) blocks.push({ kind: 'paragraph', text: [enumWord(w, 'judgement.enums.reflectionQuestion', 'expertise_boundary'), enumWord(w, 'judgement.enums.expertiseChoice', boundary.choice), boundary.referralTo, boundary.explanation].filter(nonBlank).join(' ') });
    }
    if (m.advice.reflection.skipped.length > 0) {
      blocks.push({ kind: 'paragraph', text: w.fill(d.skipped, { questions: m.advice.reflection.skipped.map((q) => enumWord(w, 'judgement.enums.reflectionQuestion', q)).join('; ') }) });
    }
  } else {
    paragraphs.push(d.noAdvice);
  }
  if (blocks.length === 0 && paragraphs.length === 0) paragraphs.push(d.empty);
  return { paragraphs, blocks };
}

const CONCLUSION_KEYS = ['schooling', 'guidance', 'endGoal', 'supportNeed', 'risksAndSafeguards', 'uncertainties'] as const;

function advice(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.advice;
  if (!m.advice) return { paragraphs: [d.none], blocks: [] };
  const a = m.advice;
  const blocks: ReportBlock[] = [];
  if (a.content.workTypes.length > 0) {
    blocks.push({ kind: 'subheading', text: d.workTypes });
    blocks.push({ kind: 'list', items: a.content.workTypes.map((t) => w.fill(d.workType, { text: t.text.trim(), profile: t.profileId && a.profileNames[t.profileId] ? w.fill(d.viaProfile, { name: a.profileNames[t.profileId]! }) : '' })) });
  }
  // End goal and support need stay two sections (seed 001 recommendation 4): never merged here either.
  for (const key of CONCLUSION_KEYS) {
    const c = a.content[key];
    if (!c || !nonBlank(c.text)) continue;
    blocks.push({ kind: 'subheading', text: d.labels[key]! });
    for (const text of c.text.split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean)) blocks.push({ kind: 'paragraph', text });
  }
  return { paragraphs: [w.fill(d.version, { number: a.number, date: w.date(a.finalisedAt) })], blocks };
}

function wageValue(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.wage;
  const v = m.wageValue;
  if (!v) return { paragraphs: [d.none], blocks: [] };
  const paragraphs = [w.fill(d.measured, { date: w.date(v.measuredOn), method: v.method, assessor: v.assessor, percentage: String(v.percentage).replace('.', w.language === 'nl' ? ',' : '.'), job: v.job, hours: String(v.hoursPerWeek).replace('.', w.language === 'nl' ? ',' : '.') })];
  if (!v.subsidy) return { paragraphs: [...paragraphs, w.fill(d.noRate, { problem: v.problem ?? '' })], blocks: [] };
  const s = v.subsidy;
  const row = (label: string, cents: number, emphasis = false) => ({ cells: [label, w.money(cents)], emphasis });
  return {
    paragraphs,
    blocks: [{
      kind: 'table', caption: d.caption, columns: [...d.columns],
      rows: [row(d.wml, s.wmlMonthInclHolidayCents), row(d.wageValue, s.wageValueCents), row(d.difference, s.differenceCents), row(d.cap, s.capCents), row(d.subsidy, s.subsidyCents), row(d.supplement, s.supplementCents), row(d.total, s.totalCents, true)],
    }],
  };
}

function trace(m: CaseMaterial, w: Words): Generated {
  const d = w.doc.trace;
  if (!m.advice) return { paragraphs: [d.none], blocks: [] };
  const confidential = new Set(m.evidence.filter((e) => e.professionalOnly).map((e) => e.id));
  const blocks: ReportBlock[] = [];
  const entries: Array<[string, string, string]> = [
    ...m.advice.content.workTypes.map((t, i): [string, string, string] => [`workTypes.${i}`, w.doc.advice.workTypes, t.text]),
    ...CONCLUSION_KEYS.map((k): [string, string, string] => [k, w.doc.advice.labels[k]!, m.advice!.content[k]?.text ?? '']),
  ];
  for (const [key, label, text] of entries) {
    const t = m.advice.trace[key];
    if (!t || !nonBlank(text)) continue;
    blocks.push({ kind: 'subheading', text: w.fill(d.conclusion, { label, text: excerpt(text.trim()) }) });
    const items = [
      ...t.evidence.map((e) => (confidential.has(e.id) ? w.fill(d.confidential, { number: e.number })
        : w.fill(d.evidence, { number: e.number, title: e.title, source: enumWord(w, 'judgement.enums.sourceType', e.sourceType), date: w.date(e.observedOn), reliability: e.reliability ? w.fill(d.reliability, { value: enumWord(w, 'judgement.enums.reliability', e.reliability) }) : '' })
          + (e.withdrawn ? d.withdrawn : '') + (e.viaCell ? w.fill(d.viaCell, { ref: e.viaCell }) : ''))),
      ...t.cells.filter((c) => nonBlank(c.text)).map((c) => w.fill(d.cell, { ref: c.ref, text: excerpt(c.text, 160) })),
      ...(t.profile ? [w.fill(d.profile, { name: t.profile.name })] : []),
    ];
    blocks.push({ kind: 'list', items: items.length > 0 ? items : [d.nothing] });
  }
  return { paragraphs: [], blocks };
}

/** What the case gives a section of this kind now. */
export function generateSection(kind: SectionKind, m: CaseMaterial, w: Words): Generated {
  switch (kind) {
    case 'assignment': return assignment(m, w);
    case 'sources': return sources(m, w);
    case 'contact_form': return contactForm(m, w);
    case 'client_perspective': return perspective(m, w);
    case 'capacity': return capacity(m, w);
    case 'own_work':
    case 'adapted_work':
    case 'other_work_internal':
    case 'spoor2': return work(kind, m, w);
    case 'analysis': return analysis(m, w);
    case 'advice': return advice(m, w);
    case 'wage_value': return wageValue(m, w);
    case 'trace': return trace(m, w);
    case 'client_reaction':
    case 'free': return { paragraphs: [], blocks: [] };
  }
}

/** The check round as the final report tells it: the client's words (or the summary they chose) and what the expert did. */
export interface CheckRound {
  sharedAt: string | null;
  comments: Array<{ audience: 'client' | 'employer'; paragraphId: string | null; stance: 'agree' | 'disagree' | 'addition'; text: string; processing: { decision: string; explanation: string } | null }>;
  summaryChosen: boolean;
}

export function clientReactionSection(round: CheckRound | null, paragraphs: ReadonlyMap<string, string>, input: { reason: string | null; summary: string | null }, w: Words): string[] {
  const d = w.doc.reaction;
  if (!round) return [w.fill(d.notChecked, { reason: (input.reason ?? '').trim() })];
  const date = w.date(round.sharedAt);
  const said = (audience: 'client' | 'employer') => round.comments.filter((c) => c.audience === audience && c.stance !== 'agree');
  const describe = (c: CheckRound['comments'][number]): string[] => {
    const out = [c.stance === 'addition' || !c.paragraphId ? w.fill(d.addition, { text: c.text.trim() }) : w.fill(d.onParagraph, { excerpt: excerpt(paragraphs.get(c.paragraphId) ?? '', 60), text: c.text.trim() })];
    if (c.processing) {
      out.push(w.fill(d.decision, { decision: d.decisions[c.processing.decision] ?? c.processing.decision }));
      if (nonBlank(c.processing.explanation)) out.push(w.fill(d.explanation, { text: c.processing.explanation.trim() }));
    } else {
      out.push(w.fill(d.unprocessed, { reason: (input.reason ?? '').trim() }));
    }
    return [out.join(' ')];
  };
  const out: string[] = [];
  const client = said('client');
  if (client.length === 0) {
    out.push(round.comments.some((c) => c.audience === 'client') ? w.fill(d.agreed, { date }) : w.fill(d.noReaction, { date }));
  } else if (round.summaryChosen) {
    out.push(w.fill(d.summaryIntro, { date }), (input.summary ?? '').trim());
  } else {
    out.push(w.fill(d.intro, { date }), ...client.flatMap(describe));
  }
  const employer = said('employer');
  if (employer.length > 0) out.push(d.employer, ...employer.flatMap(describe));
  return out;
}

/** The document the renderers draw, from a version's sections and the case's front-page facts. */
export function documentOf(input: {
  material: Pick<CaseMaterial, 'reference' | 'organisationName' | 'client' | 'assignment' | 'expert'>;
  sections: readonly DraftSection[];
  version: number;
  draft: boolean;
  letterhead: { lines: string[]; logo: ReportDocument['letterhead']['logo'] };
  signature: { signer: string; signedAt: string } | null;
  date: string;
}, w: Words): ReportDocument {
  const m = input.material;
  const f = w.doc.fact;
  const party = m.assignment.commissioningParty === 'other' && nonBlank(m.assignment.commissioningPartyOther) ? m.assignment.commissioningPartyOther : enumWord(w, 'enums.commissioningParty', m.assignment.commissioningParty);
  const facts = [
    { label: f.client, value: m.client.fullName },
    { label: f.birthDate, value: w.date(m.client.birthDate) },
    { label: f.reference, value: m.reference },
    { label: f.commissioner, value: party },
    ...(nonBlank(m.assignment.commissionerReference) ? [{ label: f.commissionerReference, value: m.assignment.commissionerReference }] : []),
    { label: f.legalContext, value: m.assignment.legalContext === 'other' && nonBlank(m.assignment.legalContextOther) ? m.assignment.legalContextOther : enumWord(w, 'enums.legalContext', m.assignment.legalContext) },
    ...(m.expert ? [{ label: f.expert, value: m.expert.displayName }] : []),
    { label: f.date, value: w.date(input.date) },
    { label: f.version, value: String(input.version) },
  ];
  return {
    language: w.language,
    letterhead: { organisationName: m.organisationName, lines: input.letterhead.lines, logo: input.letterhead.logo },
    title: w.doc.title,
    caseReference: m.reference,
    version: input.version,
    draft: input.draft,
    facts,
    sections: input.sections.map((s) => ({
      key: s.kind, title: s.title,
      blocks: [...s.paragraphs.filter((p) => nonBlank(p.text)).map((p): ReportBlock => ({ kind: 'paragraph', text: p.text })), ...s.blocks],
    })),
    signature: input.signature ? { signer: input.signature.signer, role: w.doc.role, signedAt: w.date(input.signature.signedAt) } : null,
    labels: { page: w.doc.page, version: w.doc.version, draft: w.doc.draft, contents: w.doc.contents, signedBy: w.doc.signedBy },
  };
}
