// Words for the judgement page, pure: a source as "B3", a schema cell by its theme and category, and
// Passend's signals as questions that name the concrete items they are about (the open hypotheses'
// texts, the untouched themes, the not-investigated sources …). Never a count per factor, never a score.
import type { TFunction } from 'i18next';
import { parseCellRef, SCHEMA1_CATEGORIES, SCHEMA1_THEMES, SCHEMA2_GROUP, isSchema2Activity, type AdviceContent, type Conclusion, type ExperimentQuestion, type Signal, type SignalCode } from '../domain';
import type { EvidenceSummary, JudgementPageData, Words } from './api';

/** Every signal code the domain knows, checked by the compiler: one missing or one extra does not build. */
const SIGNAL_CODE_SET: Record<SignalCode, true> = {
  coverage_untouched: true, single_explanation: true, no_discriminator: true, supported_without_evidence: true, hypotheses_open: true, anomalies_open: true,
  not_investigated: true, self_assessment_unchecked: true, schema2_without_basis: true, stale_since_checkpoint: true, feedback_overdue: true,
  placement_unwilling: true, boundary_factors: true, conclusion_without_basis: true, end_goal_own_circle_only: true, support_need_without_schema2: true,
  work_type_not_suitable: true, withdrawn_evidence_linked: true,
};
export const SIGNAL_CODES = Object.keys(SIGNAL_CODE_SET) as SignalCode[];

/** The signals that are about the advice itself (shown beside it). */
export const ADVICE_SIGNALS: readonly SignalCode[] = ['conclusion_without_basis', 'end_goal_own_circle_only', 'support_need_without_schema2', 'work_type_not_suitable', 'withdrawn_evidence_linked'];

export const inLang = (words: Words | null | undefined, lang: string) => (words ? (lang === 'en' ? words.en : words.nl) : '');

export const sourceNumber = (e: Pick<EvidenceSummary, 'number'>) => `B${e.number}`;

/** "A, B en C" / "A, B and C". */
export function listText(lang: string, items: readonly string[]): string {
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'long', type: 'conjunction' }).format(items);
}

/** The B-numbers of linked sources, in number order ("B2, B3"), or null when none. */
export function sourceNumbers(page: Pick<JudgementPageData, 'evidence'>, ids: readonly string[]): string | null {
  const numbers = ids.map((id) => page.evidence.find((e) => e.id === id)).filter((e): e is EvidenceSummary => Boolean(e)).sort((a, b) => a.number - b.number).map(sourceNumber);
  return numbers.length > 0 ? numbers.join(', ') : null;
}

/** The name of a Schema 2 row: a fixed activity by its label, an own row by the expert's label. */
export function schema2RowName(t: TFunction, page: Pick<JudgementPageData, 'schema2'>, key: string): string {
  if (isSchema2Activity(key)) return t(`judgement.enums.schema2Activity.${key}`);
  return page.schema2.find((r) => r.key === key)?.label ?? key;
}

/** "Schema 1: Opleidingsverleden · Belastend", "Schema 2: Sociale vaardigheden: Communiceren". */
export function cellRefLabel(t: TFunction, page: Pick<JudgementPageData, 'schema2'>, ref: string): string {
  const parsed = parseCellRef(ref);
  if (!parsed) return t('judgement.cellRef.unknown');
  if (parsed.schema === 1) {
    return t('judgement.cellRef.schema1', { theme: t(`judgement.enums.schema1Theme.${parsed.theme}`), category: t(`judgement.enums.schema1Category.${parsed.category}`) });
  }
  const group = isSchema2Activity(parsed.key) ? SCHEMA2_GROUP[parsed.key] : undefined;
  const row = schema2RowName(t, page, parsed.key);
  return group ? t('judgement.cellRef.schema2Grouped', { group: t(`judgement.enums.schema2Group.${group}`), row }) : t('judgement.cellRef.schema2', { row });
}

/** An advice section path as the form names it: "Einddoel", "Passende soorten werk 2". */
export function adviceSectionName(t: TFunction, path: string): string {
  const [section, index] = path.split('.');
  const name = t(`judgement.enums.adviceSection.${section}`, { defaultValue: section });
  return index !== undefined && /^\d+$/.test(index) ? `${name} ${Number(index) + 1}` : name;
}

const shorten = (text: string, max = 80) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

/** The concrete things a signal is about, each by a name the expert recognises. */
export function signalItems(t: TFunction, lang: string, signal: Signal, page: JudgementPageData): string[] {
  const source = (id: string) => {
    const e = page.evidence.find((x) => x.id === id);
    return e ? `${sourceNumber(e)} ${shorten(e.title)}` : id;
  };
  const observation = (id: string) => {
    const o = page.observations.find((x) => x.id === id);
    return o ? t('judgement.hypotheses.itemName', { number: o.number, body: shorten(o.body) }) : id;
  };
  const hypothesis = (id: string) => {
    for (const o of page.observations) {
      const h = o.hypotheses.find((x) => x.id === id);
      if (h) return t('judgement.hypotheses.hypothesisName', { explanation: shorten(h.explanation), number: o.number });
    }
    return id;
  };
  const anomaly = (id: string) => {
    const a = page.anomalies.find((x) => x.id === id);
    return a ? t('judgement.anomalies.itemName', { description: shorten(a.description) }) : id;
  };
  const experiment = (id: string) => {
    const x = page.trajectories.flatMap((tr) => tr.experiments).find((e) => e.id === id);
    return x ? t('judgement.trial.itemName', { title: shorten(x.title) }) : id;
  };
  const factor = (code: string) => inLang(page.factors.find((f) => f.code === code)?.label, lang) || code;
  const profile = (id: string) => page.profiles.find((p) => p.id === id)?.name ?? id;
  const namer: Record<SignalCode, ((ref: string) => string) | null> = {
    coverage_untouched: (theme) => t(`judgement.enums.coverageThemeShort.${theme}`, { defaultValue: theme }),
    single_explanation: observation,
    no_discriminator: observation,
    supported_without_evidence: hypothesis,
    hypotheses_open: hypothesis,
    anomalies_open: anomaly,
    not_investigated: source,
    self_assessment_unchecked: source,
    schema2_without_basis: (key) => schema2RowName(t, page, key),
    stale_since_checkpoint: (ref) => cellRefLabel(t, page, ref),
    feedback_overdue: experiment,
    placement_unwilling: null,
    boundary_factors: factor,
    conclusion_without_basis: (path) => adviceSectionName(t, path),
    end_goal_own_circle_only: source,
    support_need_without_schema2: null,
    work_type_not_suitable: profile,
    withdrawn_evidence_linked: source,
  };
  const name = namer[signal.code];
  return name ? signal.refs.map(name) : [];
}

/** A signal as Passend's question, naming what it is about. */
export function signalText(t: TFunction, lang: string, signal: Signal, page: JudgementPageData): string {
  return t(`judgement.signal.${signal.code}`, { items: listText(lang, signalItems(t, lang, signal, page)) });
}

export function experimentQuestionText(t: TFunction, question: ExperimentQuestion): string {
  return t(`judgement.experimentQuestion.${question.code}`, { days: question.days, threshold: question.threshold });
}

/** The signals whose refs include one of these ids (e.g. an observation and its hypotheses). */
export function signalsAbout(signals: readonly Signal[], codes: readonly SignalCode[], ids: readonly string[]): Signal[] {
  return signals.filter((s) => codes.includes(s.code) && s.refs.some((r) => ids.includes(r))).map((s) => ({ code: s.code, refs: s.refs.filter((r) => ids.includes(r)) }));
}

/** The sources a picker offers: every live one, and a withdrawn one only where it is already linked. */
export function pickable(evidence: readonly EvidenceSummary[], linked: readonly string[]): EvidenceSummary[] {
  return evidence.filter((e) => !e.withdrawn || linked.includes(e.id));
}

/** The advice's signals that concern one of its sections ("endGoal", "workTypes.1"), narrowed to it. */
export function sectionSignals(signals: readonly Signal[], path: string, conclusion: Conclusion, content: AdviceContent): Signal[] {
  const out: Signal[] = [];
  for (const s of signals) {
    if (s.code === 'conclusion_without_basis' && s.refs.includes(path)) out.push({ code: s.code, refs: [path] });
    if (s.code === 'end_goal_own_circle_only' && path === 'endGoal') out.push(s);
    if (s.code === 'support_need_without_schema2' && path === 'supportNeed') out.push(s);
    if (s.code === 'work_type_not_suitable' && path.startsWith('workTypes.')) {
      const profileId = content.workTypes[Number(path.split('.')[1])]?.profileId;
      if (profileId && s.refs.includes(profileId)) out.push({ code: s.code, refs: [profileId] });
    }
    if (s.code === 'withdrawn_evidence_linked') {
      const refs = s.refs.filter((id) => conclusion.evidenceIds.includes(id));
      if (refs.length > 0) out.push({ code: s.code, refs });
    }
  }
  return out;
}

/** The advice's conclusions by their path, in the order of the report. */
export function adviceConclusions(content: AdviceContent): Array<{ path: string; conclusion: Conclusion | null }> {
  return [
    ...content.workTypes.map((w, i) => ({ path: `workTypes.${i}`, conclusion: w as Conclusion })),
    ...(['schooling', 'guidance', 'endGoal', 'supportNeed', 'risksAndSafeguards', 'uncertainties'] as const).map((s) => ({ path: s, conclusion: content[s] })),
  ];
}

/** The cells a conclusion may link: every filled cell, and one already linked even if it has been emptied since. */
export function linkableCells(page: Pick<JudgementPageData, 'schema1' | 'schema2'>, linked: readonly string[]): string[] {
  const order = (c: { theme: string; category: string }) => SCHEMA1_THEMES.indexOf(c.theme as never) * 10 + SCHEMA1_CATEGORIES.indexOf(c.category as never);
  const filled = [
    ...[...page.schema1].sort((a, b) => order(a) - order(b)).map((c) => c.ref),
    ...page.schema2.filter((r) => (r.supportNeed ?? '').trim() || (r.workImplications ?? '').trim() || (r.basis ?? '').trim()).map((r) => r.ref),
  ];
  return [...new Set([...filled, ...linked])];
}
