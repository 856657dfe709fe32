// Hypotheses (§5: tunnel vision, Case A and B): salient observations W1, W2 … each with competing
// explanations, their status (open, supported, weakened, rejected; a status other than open is argued in
// at least 10 characters — the server says so), sources for and against, and "what information tells
// the explanations apart". Passend's questions about an observation (one explanation only, no
// discriminating information, supported without a source) are shown beside it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonGroup, Fieldset, Paragraph, TextAreaField, TextField, TitledForm, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { focusWhenPresent, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { HYPOTHESIS_STATUSES, type HypothesisStatus } from '../domain';
import { judgementApi, useJudgementAction, useVersionBase, type HypothesisBody, type HypothesisView, type JudgementPageData, type ObservationBody, type ObservationView } from './api';
import { signalsAbout } from './format';
import { SignalBox, SourcePicker, SourceRefs, textOrNull, useAnnounce, useOpenForm } from './parts';

type Form = { kind: 'add' } | { kind: 'editObservation' | 'addHypothesis'; observationId: string } | { kind: 'editHypothesis'; hypothesisId: string };
type Open = Form | null;

const STATUS_TONE: Record<HypothesisStatus, 'neutral' | 'success' | 'warning' | 'inactive'> = { open: 'neutral', supported: 'success', weakened: 'warning', rejected: 'inactive' };
export const observationTitleId = (id: string) => `observation-${id}-title`;

export function HypothesesPart({ page }: { page: JudgementPageData }) {
  const { t } = useTranslation();
  const { open, setOpen, close } = useOpenForm<Form>();
  return (
    <TitledSection titleId="hypotheses-heading" focusable title={t('judgement.parts.hypotheses')} className="judgement-part">
      <Paragraph>{t('judgement.hypotheses.intro')}</Paragraph>
      {page.open && open?.kind !== 'add' ? (
        <ButtonGroup>
          <Button id="observation-add" onClick={() => { setOpen({ kind: 'add' }); focusWhenPresent('observation-form-new-title'); }}>
            {t('judgement.hypotheses.add')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open?.kind === 'add' ? <ObservationForm page={page} item={null} onClose={() => close({ kind: 'add' }, 'observation-add')} onSaved={(id) => close({ kind: 'add' }, observationTitleId(id))} /> : null}
      {page.observations.length === 0 ? <Paragraph className="muted">{t('judgement.hypotheses.none')}</Paragraph> : (
        <ul className="card-list observation-list">
          {page.observations.map((o) => (
            <ObservationCard key={o.id} page={page} item={o} open={open} setOpen={setOpen} close={close} />
          ))}
        </ul>
      )}
    </TitledSection>
  );
}

function ObservationCard({ page, item, open, setOpen, close }: { page: JudgementPageData; item: ObservationView; open: Open; setOpen: (o: Open) => void; close: (mine: Form, to: string) => void }) {
  const { t } = useTranslation();
  const titleId = observationTitleId(item.id);
  const ids = [item.id, ...item.hypotheses.map((h) => h.id)];
  const signals = signalsAbout(page.signals, ['single_explanation', 'no_discriminator', 'supported_without_evidence'], ids);
  const editing = open?.kind === 'editObservation' && open.observationId === item.id;
  const adding = open?.kind === 'addHypothesis' && open.observationId === item.id;
  const editId = `observation-${item.id}-edit`;
  const addId = `observation-${item.id}-add-hypothesis`;
  return (
    <li className="card observation-card">
      <article aria-labelledby={titleId}>
        {editing ? (
          <ObservationForm page={page} item={item} onClose={() => close({ kind: 'editObservation', observationId: item.id }, editId)} onSaved={() => close({ kind: 'editObservation', observationId: item.id }, editId)} />
        ) : (
          <>
            <h3 className="utrecht-heading-3 card__title" id={titleId} tabIndex={-1}>
              {t('judgement.hypotheses.observationTitle', { number: item.number, body: item.body })}
            </h3>
            <p className="utrecht-paragraph">
              <strong>{t('judgement.hypotheses.discriminator')}</strong>{' '}
              {item.discriminator ? <span className="pre-line">{item.discriminator}</span> : <span className="muted">{t('judgement.hypotheses.discriminatorMissing')}</span>}
            </p>
            <p className="utrecht-paragraph"><SourceRefs page={page} ids={item.evidenceIds} label={t('judgement.hypotheses.observationSources')} /></p>
          </>
        )}
        <SignalBox signals={signals} page={page} />
        <ul className="hypothesis-list" aria-label={t('judgement.hypotheses.explanationsCaption', { number: item.number })}>
          {item.hypotheses.map((h) => (
            <li className={`hypothesis hypothesis--${h.status}`} key={h.id}>
              {open?.kind === 'editHypothesis' && open.hypothesisId === h.id ? (
                <HypothesisForm page={page} observation={item} item={h} onClose={() => close({ kind: 'editHypothesis', hypothesisId: h.id }, `hypothesis-${h.id}-edit`)} onSaved={() => close({ kind: 'editHypothesis', hypothesisId: h.id }, `hypothesis-${h.id}-edit`)} />
              ) : (
                <>
                  <p className="utrecht-paragraph hypothesis__explanation">
                    <span className="hypothesis__text">{h.explanation}</span>{' '}
                    <Badge tone={STATUS_TONE[h.status]}>{t(`judgement.enums.hypothesisStatus.${h.status}`)}</Badge>
                  </p>
                  {h.statusArgument ? <p className="utrecht-paragraph pre-line"><strong>{t('judgement.hypotheses.statusArgument')}:</strong> {h.statusArgument}</p> : null}
                  <p className="utrecht-paragraph hypothesis__sources">
                    <SourceRefs page={page} ids={h.evidenceFor} label={t('judgement.hypotheses.evidenceFor')} />
                    <br />
                    <SourceRefs page={page} ids={h.evidenceAgainst} label={t('judgement.hypotheses.evidenceAgainst')} />
                  </p>
                  {page.open ? (
                    <Button id={`hypothesis-${h.id}-edit`} variant="subtle" aria-label={t('judgement.hypotheses.editHypothesisNamed', { explanation: h.explanation })}
                      onClick={() => { setOpen({ kind: 'editHypothesis', hypothesisId: h.id }); focusWhenPresent(`hypothesis-form-${h.id}-title`); }}>
                      {t('judgement.hypotheses.editHypothesis')}
                    </Button>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
        {adding ? <HypothesisForm page={page} observation={item} item={null} onClose={() => close({ kind: 'addHypothesis', observationId: item.id }, addId)} onSaved={() => close({ kind: 'addHypothesis', observationId: item.id }, titleId)} /> : null}
        {page.open && !adding && !editing ? (
          <ButtonGroup>
            <Button id={addId} aria-label={t('judgement.hypotheses.addHypothesisNamed', { number: item.number })}
              onClick={() => { setOpen({ kind: 'addHypothesis', observationId: item.id }); focusWhenPresent(`hypothesis-form-new-${item.id}-title`); }}>
              {t('judgement.hypotheses.addHypothesis')}
            </Button>
            <Button id={editId} variant="subtle" onClick={() => { setOpen({ kind: 'editObservation', observationId: item.id }); focusWhenPresent(`observation-form-${item.id}-title`); }}>
              {t('judgement.hypotheses.editObservation')}
            </Button>
          </ButtonGroup>
        ) : null}
      </article>
    </li>
  );
}

function ObservationForm({ page, item, onClose, onSaved }: { page: JudgementPageData; item: ObservationView | null; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [body, setBody] = useState(item?.body ?? '');
  const [discriminator, setDiscriminator] = useState(item?.discriminator ?? '');
  const [evidenceIds, setEvidenceIds] = useState<string[]>(item?.evidenceIds ?? []);
  const [explanations, setExplanations] = useState<string[]>(['', '']);
  const version = useVersionBase(item?.version ?? 0);
  const add = useJudgementAction(page.caseId, (b: ObservationBody & { hypotheses: HypothesisBody[] }) => judgementApi.addObservation(page.caseId, b));
  const update = useJudgementAction(page.caseId, (b: ObservationBody & { version: number }) => judgementApi.updateObservation(page.caseId, item!.id, b), { onConflict: version.onConflict });
  const action = item ? update : add;
  const prefix = `observation-form-${item?.id ?? 'new'}`;
  const ids = { body: fieldId(prefix, 'body'), discriminator: fieldId(prefix, 'discriminator'), evidenceIds: fieldId(prefix, 'evidenceIds'), hypotheses: fieldId(prefix, 'hypotheses') };
  const explanationId = (i: number) => fieldId(prefix, `hypothesis-${i}`);
  const fieldIds: Record<string, string> = { ...ids, ...Object.fromEntries(explanations.map((_, i) => [`hypotheses.${i}.explanation`, explanationId(i)])) };
  const errors = action.errors.fields;

  function submit(event: FormEvent) {
    event.preventDefault();
    const base: ObservationBody = { body, discriminator: textOrNull(discriminator), evidenceIds };
    if (item) {
      update.run({ ...base, version: version.base }, () => {
        announce(t('judgement.hypotheses.observationSaved', { number: item.number }));
        onSaved(item.id);
      });
      return;
    }
    // Only explanations that were written go along; with none, the server says an explanation is needed.
    const hypotheses = explanations.filter((e) => e.trim() !== '').map((explanation): HypothesisBody => ({ explanation, status: 'open', statusArgument: null, evidenceFor: [], evidenceAgainst: [] }));
    add.run({ ...base, hypotheses }, (answer) => {
      announce(t('judgement.hypotheses.added', { number: answer.number }));
      onSaved(answer.id);
    });
  }

  return (
    <TitledForm titleId={`${prefix}-title`} focusable className="form inline-form" onSubmit={submit} errors={action.errors} fieldIds={fieldIds}
      title={item ? t('judgement.hypotheses.editObservationTitle', { number: item.number }) : t('judgement.hypotheses.addTitle')}>
      <TextAreaField id={ids.body} label={t('judgement.hypotheses.observation')} description={t('judgement.hypotheses.observationHint')} required rows={2} value={body} onChange={setBody} error={errors.body} />
      {!item ? (
        <Fieldset id={ids.hypotheses} legend={t('judgement.hypotheses.explanationsLegend')} description={t('judgement.hypotheses.explanationsHint')} error={errors.hypotheses}>
          {explanations.map((value, i) => (
            <div className="explanation-row" key={i}>
              <TextField
                id={explanationId(i)}
                label={t('judgement.hypotheses.explanation', { number: i + 1 })}
                markOptional={false}
                value={value}
                onChange={(next) => setExplanations(explanations.map((e, j) => (j === i ? next : e)))}
                error={errors[`hypotheses.${i}.explanation`]}
              />
              {explanations.length > 1 ? (
                <Button variant="subtle" onClick={() => { setExplanations(explanations.filter((_, j) => j !== i)); focusWhenPresent(`${prefix}-add-explanation`); }}>
                  {t('judgement.hypotheses.removeExplanationRow', { number: i + 1 })}
                </Button>
              ) : null}
            </div>
          ))}
          <Button id={`${prefix}-add-explanation`} onClick={() => { setExplanations([...explanations, '']); focusWhenPresent(explanationId(explanations.length)); }}>
            {t('judgement.hypotheses.addExplanationRow')}
          </Button>
        </Fieldset>
      ) : null}
      <TextAreaField id={ids.discriminator} label={t('judgement.hypotheses.discriminator')} description={t('judgement.hypotheses.discriminatorHint')} rows={2} value={discriminator} onChange={setDiscriminator} error={errors.discriminator} />
      <SourcePicker id={ids.evidenceIds} page={page} legend={t('judgement.hypotheses.observationSources')} values={evidenceIds} onChange={setEvidenceIds} error={errors.evidenceIds} initial={item?.evidenceIds} />
      <SubmitRow busy={action.busy} label={item ? t('judgement.common.save') : t('judgement.hypotheses.submitAdd')} onClose={onClose} />
    </TitledForm>
  );
}

function HypothesisForm({ page, observation, item, onClose, onSaved }: { page: JudgementPageData; observation: ObservationView; item: HypothesisView | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [explanation, setExplanation] = useState(item?.explanation ?? '');
  const [status, setStatus] = useState<string>(item?.status ?? 'open');
  const [statusArgument, setStatusArgument] = useState(item?.statusArgument ?? '');
  const [evidenceFor, setEvidenceFor] = useState<string[]>(item?.evidenceFor ?? []);
  const [evidenceAgainst, setEvidenceAgainst] = useState<string[]>(item?.evidenceAgainst ?? []);
  const version = useVersionBase(item?.version ?? 0);
  const add = useJudgementAction(page.caseId, (b: HypothesisBody) => judgementApi.addHypothesis(page.caseId, observation.id, b));
  const update = useJudgementAction(page.caseId, (b: HypothesisBody & { version: number }) => judgementApi.updateHypothesis(page.caseId, item!.id, b), { onConflict: version.onConflict });
  const action = item ? update : add;
  const prefix = item ? `hypothesis-form-${item.id}` : `hypothesis-form-new-${observation.id}`;
  const ids = { explanation: fieldId(prefix, 'explanation'), status: fieldId(prefix, 'status'), statusArgument: fieldId(prefix, 'statusArgument'), evidenceFor: fieldId(prefix, 'evidenceFor'), evidenceAgainst: fieldId(prefix, 'evidenceAgainst') };
  const errors = action.errors.fields;

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: HypothesisBody = { explanation, status: status as HypothesisStatus, statusArgument: textOrNull(statusArgument), evidenceFor, evidenceAgainst };
    if (item) {
      update.run({ ...body, version: version.base }, () => {
        announce(t('judgement.hypotheses.hypothesisSaved'));
        onSaved();
      });
    } else {
      add.run(body, () => {
        announce(t('judgement.hypotheses.hypothesisAdded', { number: observation.number }));
        onSaved();
      });
    }
  }

  return (
    <TitledForm titleId={`${prefix}-title`} level={4} focusable className="form inline-form" onSubmit={submit} errors={action.errors} fieldIds={ids}
      title={item ? t('judgement.hypotheses.editHypothesisTitle', { explanation: item.explanation }) : t('judgement.hypotheses.addHypothesisTitle', { number: observation.number })}>
      <TextField id={ids.explanation} label={t('judgement.hypotheses.explanationLabel')} required value={explanation} onChange={setExplanation} error={errors.explanation} />
      <RadioGroup id={ids.status} name={ids.status} legend={t('judgement.hypotheses.status')} value={status} onChange={setStatus} error={errors.status}
        options={HYPOTHESIS_STATUSES.map((s) => ({ value: s, label: t(`judgement.enums.hypothesisStatus.${s}`) }))} />
      <TextAreaField id={ids.statusArgument} label={t('judgement.hypotheses.statusArgument')} description={t('judgement.hypotheses.statusArgumentHint')} required={status !== 'open'} markOptional={status === 'open'}
        rows={2} value={statusArgument} onChange={setStatusArgument} error={errors.statusArgument} />
      <SourcePicker id={ids.evidenceFor} page={page} legend={t('judgement.hypotheses.evidenceFor')} values={evidenceFor} onChange={setEvidenceFor} error={errors.evidenceFor} initial={item?.evidenceFor} />
      <SourcePicker id={ids.evidenceAgainst} page={page} legend={t('judgement.hypotheses.evidenceAgainst')} values={evidenceAgainst} onChange={setEvidenceAgainst} error={errors.evidenceAgainst} initial={item?.evidenceAgainst} />
      <SubmitRow busy={action.busy} label={t('judgement.hypotheses.submitHypothesis')} onClose={onClose} />
    </TitledForm>
  );
}
