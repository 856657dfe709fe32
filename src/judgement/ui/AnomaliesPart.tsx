// Inconsistencies and anomalies (§4 step 6: anomalies need explanation): a log of what does not add up
// or deviates, with its sources and optionally the observation it belongs to. Each stays visibly open
// until it is explained in an argument of at least 10 characters (never by a tick).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonGroup, Paragraph, SelectField, TextAreaField, TitledForm, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate } from '../../web/format';
import { focusWhenPresent, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { ANOMALY_KINDS, type AnomalyKind } from '../domain';
import { judgementApi, useJudgementAction, useVersionBase, type AnomalyBody, type AnomalyView, type JudgementPageData } from './api';
import { SourcePicker, SourceRefs, useAnnounce, useOpenForm } from './parts';

const titleId = (a: Pick<AnomalyView, 'id'>) => `anomaly-${a.id}-title`;

export function AnomaliesPart({ page }: { page: JudgementPageData }) {
  const { t } = useTranslation();
  const { open, setOpen, close } = useOpenForm<{ kind: 'add' } | { kind: 'explain'; id: string }>();
  const adding = open?.kind === 'add';
  const explaining = open?.kind === 'explain' ? open.id : null;
  return (
    <TitledSection titleId="anomalies-heading" focusable title={t('judgement.parts.anomalies')} className="judgement-part">
      <Paragraph>{t('judgement.anomalies.intro')}</Paragraph>
      {page.open && !adding ? (
        <ButtonGroup>
          <Button id="anomaly-add" onClick={() => { setOpen({ kind: 'add' }); focusWhenPresent('anomaly-form-title'); }}>
            {t('judgement.anomalies.add')}
          </Button>
        </ButtonGroup>
      ) : null}
      {adding ? <AnomalyForm page={page} onClose={() => close({ kind: 'add' }, 'anomaly-add')} onSaved={(id) => close({ kind: 'add' }, titleId({ id }))} /> : null}
      {page.anomalies.length === 0 ? <Paragraph className="muted">{t('judgement.anomalies.none')}</Paragraph> : (
        <ul className="card-list anomaly-list">
          {page.anomalies.map((a) => {
            const observation = page.observations.find((o) => o.id === a.observationId);
            const explainId = `anomaly-${a.id}-explain`;
            return (
              <li className={`card anomaly-card${a.explanation ? '' : ' anomaly-card--open'}`} key={a.id}>
                <article aria-labelledby={titleId(a)}>
                  <h3 className="utrecht-heading-3 card__title" id={titleId(a)} tabIndex={-1}>
                    {t(`judgement.enums.anomalyKind.${a.kind}`)}: {a.description}
                  </h3>
                  <p className="utrecht-paragraph card__meta">
                    {a.explanation ? <Badge tone="success">{t('judgement.anomalies.stateExplained')}</Badge> : <Badge tone="warning">{t('judgement.anomalies.stateOpen')}</Badge>}
                  </p>
                  <p className="utrecht-paragraph"><SourceRefs page={page} ids={a.evidenceIds} /></p>
                  {observation ? <p className="utrecht-paragraph">{t('judgement.anomalies.belongsTo', { observation: t('judgement.hypotheses.itemName', { number: observation.number, body: observation.body }) })}</p> : null}
                  {a.explanation ? (
                    <p className="utrecht-paragraph pre-line">
                      <strong>{t('judgement.anomalies.explanation')}:</strong> {a.explanation} <span className="muted">({t('judgement.anomalies.explainedOn', { date: formatDate(a.explainedAt) })})</span>
                    </p>
                  ) : null}
                  {explaining === a.id ? (
                    <ExplainForm page={page} item={a} onClose={() => close({ kind: 'explain', id: a.id }, explainId)} onSaved={() => close({ kind: 'explain', id: a.id }, titleId(a))} />
                  ) : page.open ? (
                    <ButtonGroup>
                      <Button id={explainId} aria-label={t('judgement.anomalies.explainNamed', { description: a.description })} onClick={() => { setOpen({ kind: 'explain', id: a.id }); focusWhenPresent(`anomaly-explain-${a.id}-title`); }}>
                        {t('judgement.anomalies.explain')}
                      </Button>
                    </ButtonGroup>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </TitledSection>
  );
}

function AnomalyForm({ page, onClose, onSaved }: { page: JudgementPageData; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [kind, setKind] = useState<string>('inconsistency');
  const [description, setDescription] = useState('');
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  const [observationId, setObservationId] = useState('');
  const add = useJudgementAction(page.caseId, (b: AnomalyBody) => judgementApi.addAnomaly(page.caseId, b));
  const prefix = 'anomaly-form';
  const ids = { kind: fieldId(prefix, 'kind'), description: fieldId(prefix, 'description'), evidenceIds: fieldId(prefix, 'evidenceIds'), observationId: fieldId(prefix, 'observationId') };
  function submit(event: FormEvent) {
    event.preventDefault();
    add.run({ kind: kind as AnomalyKind, description, evidenceIds, observationId: observationId || null }, (answer) => {
      announce(t('judgement.anomalies.added', { kind: t(`judgement.enums.anomalyKind.${kind}`).toLocaleLowerCase() }));
      onSaved(answer.id);
    });
  }
  return (
    <TitledForm titleId={`${prefix}-title`} focusable className="form inline-form" title={t('judgement.anomalies.addTitle')} onSubmit={submit} errors={add.errors} fieldIds={ids}>
      <RadioGroup id={ids.kind} name={ids.kind} legend={t('judgement.anomalies.kind')} value={kind} onChange={setKind} options={ANOMALY_KINDS.map((k) => ({ value: k, label: t(`judgement.enums.anomalyKind.${k}`) }))} />
      <TextAreaField id={ids.description} label={t('judgement.anomalies.description')} description={t('judgement.anomalies.descriptionHint')} required rows={2} value={description} onChange={setDescription} error={add.errors.fields.description} />
      <SourcePicker id={ids.evidenceIds} page={page} legend={t('judgement.common.linkedSources')} values={evidenceIds} onChange={setEvidenceIds} error={add.errors.fields.evidenceIds} />
      {page.observations.length > 0 ? (
        <SelectField id={ids.observationId} label={t('judgement.anomalies.observation')} value={observationId} onChange={setObservationId} error={add.errors.fields.observationId} placeholder={t('judgement.anomalies.observationNone')}
          options={page.observations.map((o) => ({ value: o.id, label: t('judgement.hypotheses.itemName', { number: o.number, body: o.body }) }))} />
      ) : null}
      <SubmitRow busy={add.busy} label={t('judgement.anomalies.submitAdd')} onClose={onClose} />
    </TitledForm>
  );
}

function ExplainForm({ page, item, onClose, onSaved }: { page: JudgementPageData; item: AnomalyView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [explanation, setExplanation] = useState(item.explanation ?? '');
  const version = useVersionBase(item.version);
  const explain = useJudgementAction(page.caseId, (b: { explanation: string; version: number }) => judgementApi.explainAnomaly(page.caseId, item.id, b), { onConflict: version.onConflict, fallbackField: 'explanation' });
  const prefix = `anomaly-explain-${item.id}`;
  const ids = { explanation: fieldId(prefix, 'explanation') };
  function submit(event: FormEvent) {
    event.preventDefault();
    explain.run({ explanation, version: version.base }, () => {
      announce(t('judgement.anomalies.explained'));
      onSaved();
    });
  }
  return (
    <TitledForm titleId={`${prefix}-title`} level={4} focusable className="form inline-form" title={t('judgement.anomalies.explainTitle', { description: item.description })} onSubmit={submit} errors={explain.errors} fieldIds={ids}>
      <TextAreaField id={ids.explanation} label={t('judgement.anomalies.explanation')} description={t('judgement.anomalies.explanationHint')} required rows={3} value={explanation} onChange={setExplanation} error={explain.errors.fields.explanation} />
      <SubmitRow busy={explain.busy} label={t('judgement.anomalies.explainSubmit')} onClose={onClose} />
    </TitledForm>
  );
}
