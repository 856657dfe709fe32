// The reintegration advice (§2, §6): an editor with separate sections — suitable types of work (each
// may link a job profile and shows its capacity conclusion), schooling or training, guidance, the END
// GOAL and the SUPPORT NEED as two separate sections (recommendation 4: never one field; both required;
// the same text in both is refused by the server), risks and safeguards, uncertainties — each linking
// sources and filled schema cells. Beside each conclusion Passend's questions about it and its trace
// (the B-items with source, date, reliability, "via schemacel …", withdrawn marked; the linked profile).
// Before it is final: the five questions with the signals that bring each to mind; finalising is never
// blocked, and what is left unanswered is kept as "overgeslagen" and shown with the final advice. After
// a final version a change starts a new version; the versions are listed.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonGroup, FormError, Heading, Paragraph, SelectField, TextAreaField, TextField, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate, formatDateTime } from '../../web/format';
import { CheckboxGroup, focusWhenPresent, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { EXPERTISE_CHOICES, QUESTION_SIGNALS, REFLECTION_QUESTIONS, type AdviceContent, type Conclusion, type ExpertiseChoice, type ReflectionQuestion, type Signal, type WorkType } from '../domain';
import { judgementApi, useJudgementAction, useVersionBase, type AdviceTrace, type AdviceView, type FinaliseBody, type JudgementPageData } from './api';
import { ADVICE_SIGNALS, adviceConclusions, adviceSectionName, cellRefLabel, linkableCells, sectionSignals } from './format';
import { SignalBox, SourcePicker, useAnnounce, useOpenForm } from './parts';

const SINGLE_SECTIONS = ['schooling', 'guidance', 'endGoal', 'supportNeed', 'risksAndSafeguards', 'uncertainties'] as const;
type SingleSection = (typeof SINGLE_SECTIONS)[number];
const REQUIRED: readonly SingleSection[] = ['endGoal', 'supportNeed'];
const EMPTY: Conclusion = { text: '', evidenceIds: [], cellRefs: [] };

export function AdvicePart({ page }: { page: JudgementPageData }) {
  const { t } = useTranslation();
  const { open, setOpen, close: closeForm } = useOpenForm<'edit'>();
  const editing = open === 'edit';
  const advice = page.advice;
  const adviceSignals = page.signals.filter((s) => ADVICE_SIGNALS.includes(s.code));
  const close = (to: string) => closeForm('edit', to);
  return (
    <TitledSection titleId="advice-heading" focusable title={t('judgement.parts.advice')} className="judgement-part">
      <Paragraph>{t('judgement.advice.intro')}</Paragraph>
      {/* On a draft each question stands beside the part it concerns; on a final advice, as the case stands now. */}
      {advice?.state === 'final' ? <SignalBox signals={adviceSignals} page={page} title={t('judgement.advice.signalsTitle')} /> : null}
      {editing ? (
        <AdviceEditor page={page} onClose={() => close(advice ? 'advice-edit' : 'advice-write')} onSaved={() => close('advice-current-title')} />
      ) : (
        <>
          {!advice ? <Paragraph className="muted">{t('judgement.advice.none')}</Paragraph> : <AdviceShown page={page} advice={advice} />}
          {page.open ? (
            <ButtonGroup>
              <Button id={advice ? 'advice-edit' : 'advice-write'} variant={advice ? 'secondary' : 'primary'} onClick={() => { setOpen('edit'); focusWhenPresent('advice-editor-title'); }}>
                {!advice ? t('judgement.advice.write') : advice.state === 'draft' ? t('judgement.advice.editDraft') : t('judgement.advice.newVersion')}
              </Button>
            </ButtonGroup>
          ) : null}
          {page.open && advice?.state === 'final' ? <Paragraph className="muted">{t('judgement.advice.newVersionHint')}</Paragraph> : null}
          {page.open && advice?.state === 'draft' ? <BeforeFinal page={page} advice={advice} /> : null}
        </>
      )}
      {page.adviceHistory.length > 0 ? <History page={page} /> : null}
    </TitledSection>
  );
}

// ---- the advice as it stands, with its trace ---------------------------------------------------------

function AdviceShown({ page, advice }: { page: JudgementPageData; advice: AdviceView }) {
  const { t } = useTranslation();
  const stateName = t(`judgement.advice.state.${advice.state}`);
  return (
    <div className={`advice advice--${advice.state}`}>
      <Heading level={3} id="advice-current-title" focusable>
        {t('judgement.advice.stateLine', { state: stateName, number: advice.number })}
      </Heading>
      {advice.state === 'final' && advice.finalisedBy ? <Paragraph className="muted">{t('judgement.advice.finalLine', { name: advice.finalisedBy, when: formatDateTime(advice.finalisedAt) })}</Paragraph> : null}
      <Paragraph className="muted">{t('judgement.trace.intro')}</Paragraph>
      {adviceConclusions(advice.content).map(({ path, conclusion }) => (
        <section className={`advice-conclusion advice-conclusion--${path.split('.')[0]}`} key={path} aria-labelledby={`advice-${path.replace('.', '-')}-title`}>
          <Heading level={4} id={`advice-${path.replace('.', '-')}-title`}>{adviceSectionName(t, path)}</Heading>
          {conclusion ? (
            <>
              <p className="utrecht-paragraph pre-line advice-conclusion__text">{conclusion.text}</p>
              {advice.state === 'draft' ? <SignalBox signals={sectionSignals(page.signals, path, conclusion, advice.content)} page={page} title={t('judgement.advice.sectionSignals')} note={false} /> : null}
              <TraceBlock page={page} path={path} trace={advice.trace[path]} />
            </>
          ) : (
            <Paragraph className="muted">{t('judgement.advice.notWritten')}</Paragraph>
          )}
        </section>
      ))}
      {advice.content.workTypes.length === 0 ? (
        <section className="advice-conclusion" aria-labelledby="advice-workTypes-title">
          <Heading level={4} id="advice-workTypes-title">{t('judgement.enums.adviceSection.workTypes')}</Heading>
          <Paragraph className="muted">{t('judgement.advice.noWorkTypes')}</Paragraph>
        </section>
      ) : null}
      {advice.state === 'final' && advice.reflection ? <Reflection page={page} advice={advice} /> : null}
    </div>
  );
}

function TraceBlock({ page, path, trace }: { page: JudgementPageData; path: string; trace: AdviceTrace[string] | undefined }) {
  const { t } = useTranslation();
  const name = adviceSectionName(t, path);
  const titleId = `trace-${path.replace('.', '-')}-title`;
  const empty = !trace || (trace.evidence.length === 0 && trace.cells.length === 0 && !trace.profile);
  return (
    <div className="trace" role="group" aria-labelledby={titleId}>
      <p className="utrecht-paragraph trace__title" id={titleId}>{t('judgement.trace.conclusion', { section: name })}</p>
      {empty ? <Paragraph className="muted">{t('judgement.trace.nothing')}</Paragraph> : (
        <ul className="trace__list">
          {trace!.evidence.map((e) => (
            <li key={e.id} className={e.withdrawn ? 'trace__item trace__item--withdrawn' : 'trace__item'}>
              <span className="trace__source">
                <span className="source-number">B{e.number}</span> {e.title}
              </span>
              {e.withdrawn ? <> <Badge tone="danger">{t('judgement.common.withdrawn')}</Badge></> : null}
              <span className="trace__meta">
                {t('judgement.trace.meta', {
                  source: t(`judgement.enums.sourceType.${e.sourceType}`),
                  date: formatDate(e.observedOn),
                  reliability: e.reliability ? t(`judgement.enums.reliability.${e.reliability}`) : t('judgement.trace.reliabilityNone'),
                })}
                {'; '}
                {e.viaCell ? t('judgement.trace.via', { cell: cellRefLabel(t, page, e.viaCell) }) : t('judgement.trace.direct')}
              </span>
            </li>
          ))}
          {trace!.cells.map((c) => (
            <li key={c.ref} className="trace__item trace__item--cell">{t('judgement.trace.cell', { cell: cellRefLabel(t, page, c.ref), text: c.text })}</li>
          ))}
          {trace!.profile ? (
            <li className="trace__item trace__item--profile">
              {t('judgement.trace.profile', {
                name: trace!.profile.name,
                conclusion: trace!.profile.conclusion ? t(`capacity.conclusion.${trace!.profile.conclusion}`, { defaultValue: trace!.profile.conclusion }) : t('judgement.advice.profileNoConclusion'),
              })}
            </li>
          ) : null}
        </ul>
      )}
    </div>
  );
}

function Reflection({ page, advice }: { page: JudgementPageData; advice: AdviceView }) {
  const { t } = useTranslation();
  const reflection = advice.reflection!;
  return (
    <section className="reflection" aria-labelledby="reflection-title">
      <Heading level={4} id="reflection-title">{t('judgement.beforeFinal.answersTitle')}</Heading>
      <ol className="reflection__list">
        {REFLECTION_QUESTIONS.map((q) => {
          const skipped = reflection.skipped.includes(q);
          const then = reflection.signals.filter((s) => QUESTION_SIGNALS[q].includes(s.code));
          const boundary = q === 'expertise_boundary' ? reflection.answers.expertise_boundary : null;
          const text = q !== 'expertise_boundary' ? reflection.answers[q] : null;
          return (
            <li key={q} className={`reflection__item${skipped ? ' reflection__item--skipped' : ''}`}>
              <p className="utrecht-paragraph reflection__question"><strong>{t(`judgement.enums.reflectionQuestion.${q}`)}</strong></p>
              {skipped ? <p className="utrecht-paragraph"><Badge tone="warning">{t('judgement.beforeFinal.skipped')}</Badge></p> : null}
              {text ? <p className="utrecht-paragraph pre-line">{text}</p> : null}
              {boundary ? (
                <>
                  <p className="utrecht-paragraph">{t(`judgement.enums.expertiseChoice.${boundary.choice}`)}</p>
                  {boundary.referralTo ? <p className="utrecht-paragraph">{t('judgement.beforeFinal.referralLine', { to: boundary.referralTo })}</p> : null}
                  {boundary.explanation ? <p className="utrecht-paragraph pre-line">{boundary.explanation}</p> : null}
                </>
              ) : null}
              <SignalBox signals={then} page={page} title={t('judgement.beforeFinal.signalsThen')} note={false} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function History({ page }: { page: JudgementPageData }) {
  const { t } = useTranslation();
  const head = (text: string) => <th scope="col" className="utrecht-table__header-cell">{text}</th>;
  return (
    <section aria-labelledby="advice-history-title">
      <Heading level={3} id="advice-history-title">{t('judgement.advice.historyTitle')}</Heading>
      {/* A narrow screen scrolls the table inside its own named, focusable region. */}
      <div className="table-region table-scroll" role="region" aria-labelledby="advice-history-title" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table judgement-table">
          <caption className="visually-hidden">{t('judgement.advice.historyCaption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {head(t('judgement.advice.historyVersion'))}
              {head(t('judgement.advice.historyState'))}
              {head(t('judgement.advice.historyCreated'))}
              {head(t('judgement.advice.historyFinal'))}
              {head(t('judgement.advice.historySkipped'))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {page.adviceHistory.map((v) => (
              <tr className="utrecht-table__row" key={v.number}>
                <th scope="row" className="utrecht-table__header-cell">{v.number}</th>
                <td className="utrecht-table__cell">{t(`judgement.advice.state.${v.state}`)}</td>
                <td className="utrecht-table__cell">{formatDateTime(v.createdAt)}</td>
                <td className="utrecht-table__cell">{v.finalisedAt ? t('judgement.advice.historyFinalBy', { when: formatDateTime(v.finalisedAt), name: v.finalisedBy ?? '' }) : ''}</td>
                <td className="utrecht-table__cell">
                  {v.state === 'final'
                    ? v.skipped.length > 0
                      ? `${t('judgement.advice.historySkippedValue', { count: v.skipped.length })}: ${v.skipped.map((q) => t(`judgement.enums.reflectionQuestion.${q}`)).join(' ')}`
                      : t('judgement.advice.historyNoneSkipped')
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// ---- the editor ------------------------------------------------------------------------------------

interface Draft {
  workTypes: WorkType[];
  sections: Record<SingleSection, Conclusion>;
}

function draftOf(content: AdviceContent | undefined): Draft {
  const sections = Object.fromEntries(SINGLE_SECTIONS.map((s) => [s, content?.[s] ? { ...content[s]! } : { ...EMPTY }])) as Record<SingleSection, Conclusion>;
  return { workTypes: content?.workTypes.map((w) => ({ ...w })) ?? [], sections };
}

/** Empty optional sections go as absent; one with links but no text goes as written, so the server names what is missing. */
function contentOf(draft: Draft): AdviceContent {
  const optional = (c: Conclusion) => (c.text.trim() === '' && c.evidenceIds.length === 0 && c.cellRefs.length === 0 ? null : c);
  const s = draft.sections;
  return {
    workTypes: draft.workTypes, schooling: optional(s.schooling), guidance: optional(s.guidance), endGoal: s.endGoal, supportNeed: s.supportNeed,
    risksAndSafeguards: optional(s.risksAndSafeguards), uncertainties: optional(s.uncertainties),
  };
}

const PREFIX = 'advice-editor';
const id = (path: string) => fieldId(PREFIX, path);

function AdviceEditor({ page, onClose, onSaved }: { page: JudgementPageData; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const advice = page.advice;
  const [draft, setDraft] = useState<Draft>(() => draftOf(advice?.content));
  const lock = useVersionBase(advice?.state === 'draft' ? advice.lockVersion : 0);
  const save = useJudgementAction(page.caseId, (body: { lockVersion: number | null; content: AdviceContent }) => judgementApi.saveAdvice(page.caseId, body), { onConflict: lock.onConflict });
  const errors = save.errors.fields;
  const paths = [...draft.workTypes.map((_, i) => `workTypes.${i}`), ...SINGLE_SECTIONS];
  const fieldIds: Record<string, string> = { workTypes: `${PREFIX}-add-work-type` };
  for (const p of paths) for (const f of ['text', 'evidenceIds', 'cellRefs', 'profileId']) fieldIds[`${p}.${f}`] = id(`${p}.${f}`);
  const title = advice?.state === 'draft' ? t('judgement.advice.editorTitleVersion', { number: advice.number }) : t('judgement.advice.editorTitle');

  function submit(event: FormEvent) {
    event.preventDefault();
    save.run({ lockVersion: advice?.state === 'draft' ? lock.base : null, content: contentOf(draft) }, (answer) => {
      announce(t('judgement.advice.saved', { number: answer.number }));
      onSaved();
    });
  }

  const setSection = (section: SingleSection, next: Conclusion) => setDraft({ ...draft, sections: { ...draft.sections, [section]: next } });
  const setWorkType = (index: number, next: WorkType) => setDraft({ ...draft, workTypes: draft.workTypes.map((w, i) => (i === index ? next : w)) });
  const block = (section: SingleSection) => (
    <ConclusionFields
      key={section}
      page={page}
      path={section}
      label={t(`judgement.enums.adviceSection.${section}`)}
      hint={section === 'endGoal' ? t('judgement.advice.endGoalHint') : section === 'supportNeed' ? t('judgement.advice.supportNeedHint') : t('judgement.advice.optionalHint')}
      required={REQUIRED.includes(section)}
      value={draft.sections[section]}
      initial={advice?.content[section] ?? null}
      onChange={(next) => setSection(section, next)}
      errors={errors}
    />
  );

  return (
    <form noValidate onSubmit={submit} className="form inline-form advice-editor" aria-labelledby={`${PREFIX}-title`}>
      <Heading level={3} id={`${PREFIX}-title`} focusable>{title}</Heading>
      {advice?.state === 'final' ? <Paragraph className="muted">{t('judgement.advice.newVersionHint')}</Paragraph> : null}
      <FormError errors={save.errors} fieldIds={fieldIds} />
      <section className="advice-editor__part" aria-labelledby={`${PREFIX}-workTypes-title`}>
        <Heading level={4} id={`${PREFIX}-workTypes-title`}>{t('judgement.enums.adviceSection.workTypes')}</Heading>
        <Paragraph className="muted">{t('judgement.advice.workTypesHint')}</Paragraph>
        {draft.workTypes.length === 0 ? <Paragraph className="muted">{t('judgement.advice.noWorkTypes')}</Paragraph> : null}
        {draft.workTypes.map((w, i) => {
          const path = `workTypes.${i}`;
          const name = t('judgement.advice.workType', { number: i + 1 });
          const profile = page.profiles.find((p) => p.id === w.profileId);
          return (
            <div className="advice-work-type" key={i}>
              <ConclusionFields level={5} page={page} path={path} label={name} hint={null} required value={w} initial={advice?.content.workTypes[i] ?? null} onChange={(next) => setWorkType(i, { ...w, ...next })} errors={errors}>
                {page.profiles.length > 0 ? (
                  <SelectField id={id(`${path}.profileId`)} label={t('judgement.advice.profileFor', { section: name })} value={w.profileId ?? ''} onChange={(v) => setWorkType(i, { ...w, profileId: v || null })}
                    placeholder={t('judgement.advice.profileNone')} error={errors[`${path}.profileId`]}
                    description={profile ? t('judgement.advice.profileConclusion', { conclusion: profile.conclusion ? t(`capacity.conclusion.${profile.conclusion}`, { defaultValue: profile.conclusion }) : t('judgement.advice.profileNoConclusion') }) : undefined}
                    options={page.profiles.map((p) => ({ value: p.id, label: p.name }))} />
                ) : null}
              </ConclusionFields>
              <Button variant="subtle" onClick={() => { setDraft({ ...draft, workTypes: draft.workTypes.filter((_, j) => j !== i) }); focusWhenPresent(`${PREFIX}-add-work-type`); }}>
                {t('judgement.advice.removeWorkType', { number: i + 1 })}
              </Button>
            </div>
          );
        })}
        <ButtonGroup>
          <Button id={`${PREFIX}-add-work-type`} onClick={() => { setDraft({ ...draft, workTypes: [...draft.workTypes, { ...EMPTY, profileId: null }] }); focusWhenPresent(id(`workTypes.${draft.workTypes.length}.text`)); }}>
            {t('judgement.advice.addWorkType')}
          </Button>
        </ButtonGroup>
      </section>
      {block('schooling')}
      {block('guidance')}
      <div className="advice-editor__apart">
        {block('endGoal')}
        {block('supportNeed')}
      </div>
      {block('risksAndSafeguards')}
      {block('uncertainties')}
      <SubmitRow busy={save.busy} label={t('judgement.advice.save')} onClose={onClose} />
    </form>
  );
}

function ConclusionFields({ page, path, label, hint, required, value, initial, onChange, errors, children, level = 4 }: {
  level?: 4 | 5;
  page: JudgementPageData;
  path: string;
  label: string;
  hint: string | null;
  required: boolean;
  value: Conclusion;
  initial: Conclusion | null;
  onChange: (next: Conclusion) => void;
  errors: Record<string, string>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const cells = linkableCells(page, initial?.cellRefs ?? []);
  const linkError = Boolean(errors[`${path}.evidenceIds`] || errors[`${path}.cellRefs`]);
  return (
    <section className={`advice-editor__part advice-editor__part--${path.split('.')[0]}`} aria-labelledby={`${id(path)}-title`}>
      <Heading level={level} id={`${id(path)}-title`}>{label}</Heading>
      <TextAreaField id={id(`${path}.text`)} label={label} description={hint ?? undefined} required={required} rows={3} value={value.text} onChange={(text) => onChange({ ...value, text })} error={errors[`${path}.text`]} />
      {children}
      <details className="advice-links" open={linkError || undefined}>
        <summary className="advice-links__summary">{t('judgement.advice.linksCount', { sources: value.evidenceIds.length, cells: value.cellRefs.length })}</summary>
        <SourcePicker id={id(`${path}.evidenceIds`)} page={page} legend={t('judgement.advice.sourcesFor', { section: label })} values={value.evidenceIds} onChange={(evidenceIds) => onChange({ ...value, evidenceIds })}
          error={errors[`${path}.evidenceIds`]} initial={initial?.evidenceIds} />
        {cells.length > 0 ? (
          <CheckboxGroup id={id(`${path}.cellRefs`)} legend={t('judgement.advice.cellsFor', { section: label })} description={t('judgement.advice.cellsHint')} values={value.cellRefs} onChange={(cellRefs) => onChange({ ...value, cellRefs })}
            error={errors[`${path}.cellRefs`]} options={cells.map((ref) => ({ value: ref, label: cellRefLabel(t, page, ref) }))} />
        ) : <Paragraph className="muted">{t('judgement.advice.noCells')}</Paragraph>}
      </details>
    </section>
  );
}

// ---- before final ------------------------------------------------------------------------------------

function BeforeFinal({ page, advice }: { page: JudgementPageData; advice: AdviceView }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [texts, setTexts] = useState<Record<Exclude<ReflectionQuestion, 'expertise_boundary'>, string>>({ counter_arguments: '', change_conditions: '', open_hypotheses: '', assumptions_and_gaps: '' });
  const [choice, setChoice] = useState('');
  const [referralTo, setReferralTo] = useState('');
  const [explanation, setExplanation] = useState('');
  const lock = useVersionBase(advice.lockVersion);
  const finalise = useJudgementAction(page.caseId, (body: FinaliseBody) => judgementApi.finalise(page.caseId, body), { onConflict: lock.onConflict });
  const prefix = 'before-final';
  const ids: Record<string, string> = {
    ...Object.fromEntries(REFLECTION_QUESTIONS.map((q) => [`answers.${q}`, fieldId(prefix, q)])),
    'answers.expertise_boundary': fieldId(prefix, 'expertise_boundary'),
    'answers.expertise_boundary.referralTo': fieldId(prefix, 'referralTo'),
    'answers.expertise_boundary.explanation': fieldId(prefix, 'explanation'),
  };
  const errors = finalise.errors.fields;
  const signalsOf = (q: ReflectionQuestion): Signal[] => page.beforeFinal.find((b) => b.question === q)?.signals ?? [];
  const blank = (s: string) => (s.trim() === '' ? null : s);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (choice === '' && (referralTo.trim() !== '' || explanation.trim() !== '')) {
      return finalise.setErrors({ fields: { 'answers.expertise_boundary': t('judgement.beforeFinal.chooseExpertise') } });
    }
    const body: FinaliseBody = {
      lockVersion: lock.base,
      answers: {
        counter_arguments: blank(texts.counter_arguments), change_conditions: blank(texts.change_conditions), open_hypotheses: blank(texts.open_hypotheses),
        assumptions_and_gaps: blank(texts.assumptions_and_gaps),
        expertise_boundary: choice === '' ? null : { choice: choice as ExpertiseChoice, referralTo: choice === 'within_expertise' ? null : blank(referralTo), explanation: blank(explanation) },
      },
    };
    finalise.run(body, (answer) => {
      announce(answer.skipped.length > 0 ? t('judgement.beforeFinal.finalisedSkipped', { number: answer.number, count: answer.skipped.length }) : t('judgement.beforeFinal.finalised', { number: answer.number }));
      focusWhenPresent('advice-current-title');
    });
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form before-final" aria-labelledby={`${prefix}-title`}>
      <Heading level={3} id={`${prefix}-title`}>{t('judgement.beforeFinal.title')}</Heading>
      <Paragraph>{t('judgement.beforeFinal.intro')}</Paragraph>
      <FormError errors={finalise.errors} fieldIds={ids} />
      {REFLECTION_QUESTIONS.map((q) => {
        const signals = signalsOf(q);
        const questionId = `${prefix}-${q}-question`;
        return (
          <section className="before-final__question" key={q} aria-labelledby={questionId}>
            <Heading level={4} id={questionId}>{t(`judgement.enums.reflectionQuestion.${q}`)}</Heading>
            {signals.length > 0 ? <SignalBox signals={signals} page={page} title={t('judgement.beforeFinal.seen')} note={false} /> : <Paragraph className="muted">{t('judgement.beforeFinal.seenNone')}</Paragraph>}
            {q === 'expertise_boundary' ? (
              <>
                <RadioGroup id={ids['answers.expertise_boundary']!} name={ids['answers.expertise_boundary']!} legend={t('judgement.beforeFinal.expertiseChoice')} value={choice} onChange={setChoice} error={errors['answers.expertise_boundary']}
                  options={[{ value: '', label: t('judgement.beforeFinal.expertiseNone') }, ...EXPERTISE_CHOICES.map((c) => ({ value: c, label: t(`judgement.enums.expertiseChoice.${c}`) }))]} />
                {choice !== '' && choice !== 'within_expertise' ? (
                  <TextField id={ids['answers.expertise_boundary.referralTo']} label={t('judgement.beforeFinal.referralTo')} description={t('judgement.beforeFinal.referralToHint')} required value={referralTo} onChange={setReferralTo} error={errors['answers.expertise_boundary.referralTo']} />
                ) : null}
                <TextAreaField id={ids['answers.expertise_boundary.explanation']} label={t('judgement.beforeFinal.explanation')} rows={2} value={explanation} onChange={setExplanation} error={errors['answers.expertise_boundary.explanation']} />
              </>
            ) : (
              <TextAreaField id={ids[`answers.${q}`]} label={`${t('judgement.beforeFinal.answer')}: ${t(`judgement.enums.reflectionQuestion.${q}`)}`} rows={3} value={texts[q]} onChange={(v) => setTexts({ ...texts, [q]: v })} error={errors[`answers.${q}`]} />
            )}
          </section>
        );
      })}
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={finalise.busy}>{t('judgement.beforeFinal.submit')}</Button>
      </ButtonGroup>
    </form>
  );
}
