// The sources (bronnen) of the case: B1, B2 … with their kind (information, self-assessment, wish,
// not investigated), source type and name, date, method, reliability, the source's possible interest
// or bias, factors, professional-only marking; the client's self-assessment and wish shown with the
// expert's reality check beside it. Add and edit in place (a version check: a colleague's change in
// between is said in words and what was typed stays), withdraw with a reason (never deleted). A filter
// by kind and by factor, for finding: factors are never counted, scored or ranked.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Badge, Button, ButtonGroup, Checkbox, DataList, Fieldset, Heading, Paragraph, SelectField, TextAreaField, TextField, TitledForm, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate, formatDateTime } from '../../web/format';
import { CheckboxGroup, focusWhenPresent, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import {
  EVIDENCE_KINDS, METHODS, NOT_INVESTIGATED_REASONS, RELIABILITIES, SOURCE_TYPES, type EvidenceKind, type Method, type NotInvestigatedReason,
  type Reliability, type SourceType,
} from '../domain';
import { judgementApi, useEvidenceDetail, useJudgementAction, useVersionBase, type EvidenceBody, type EvidenceSummary, type EvidenceUse, type EvidenceView, type JudgementPageData } from './api';
import { adviceSectionName, cellRefLabel, inLang, sourceNumber } from './format';
import { textOrNull, useAnnounce, useOpenForm } from './parts';

type Open = { kind: 'add' } | { kind: 'edit' | 'withdraw'; id: string } | null;

const cardId = (e: Pick<EvidenceSummary, 'id'>) => `evidence-${e.id}`;
const actionId = (e: Pick<EvidenceSummary, 'id'>, what: string) => `evidence-${e.id}-${what}`;

export function EvidencePart({ page }: { page: JudgementPageData }) {
  const { t, i18n } = useTranslation();
  const { open, setOpen, close } = useOpenForm<NonNullable<Open>>();
  const [kind, setKind] = useState('');
  const [factor, setFactor] = useState('');
  const usedFactors = [...new Set(page.evidence.flatMap((e) => e.factorCodes))]
    .map((code) => ({ value: code, label: inLang(page.factors.find((f) => f.code === code)?.label, i18n.language) || code }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const shown = page.evidence.filter((e) => (!kind || e.kind === kind) && (!factor || e.factorCodes.includes(factor)));
  const filtered = Boolean(kind || factor);
  return (
    <TitledSection titleId="evidence-heading" focusable title={t('judgement.parts.evidence')} className="judgement-part">
      <Paragraph>{t('judgement.evidence.intro')}</Paragraph>
      {page.open && open?.kind !== 'add' ? (
        <ButtonGroup>
          <Button id="evidence-add" onClick={() => { setOpen({ kind: 'add' }); focusWhenPresent('evidence-form-new-title'); }}>
            {t('judgement.evidence.add')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open?.kind === 'add' ? (
        <EvidenceForm page={page} item={null} onClose={() => close({ kind: 'add' }, 'evidence-add')} onSaved={(id) => close({ kind: 'add' }, `${cardId({ id })}-title`)} />
      ) : null}
      {page.evidence.length === 0 ? <Paragraph className="muted">{t('judgement.evidence.none')}</Paragraph> : (
        <>
          <div className="filters evidence-filter" role="search" aria-labelledby="evidence-filter-title">
            <Heading level={3} id="evidence-filter-title">{t('judgement.evidence.filterTitle')}</Heading>
            <div className="evidence-filter__fields">
              <SelectField id="evidence-filter-kind" label={t('judgement.evidence.filterKind')} markOptional={false} value={kind} onChange={setKind} placeholder={t('judgement.evidence.filterAll')}
                options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`judgement.enums.evidenceKind.${k}`) }))} />
              <SelectField id="evidence-filter-factor" label={t('judgement.evidence.filterFactor')} markOptional={false} value={factor} onChange={setFactor} placeholder={t('judgement.evidence.filterAll')} options={usedFactors} />
            </div>
            {filtered ? (
              <p className="utrecht-paragraph muted" role="status">
                {shown.length === 0 ? t('judgement.evidence.filterNone') : t('judgement.evidence.filterShown', { count: shown.length, total: page.evidence.length })}
              </p>
            ) : null}
          </div>
          <ul className="card-list evidence-list" aria-label={t('judgement.evidence.listLabel')}>
            {shown.map((e) => (
              <EvidenceCard
                key={e.id}
                page={page}
                item={e}
                open={open && 'id' in open && open.id === e.id ? open.kind : null}
                setOpen={(what) => setOpen(what ? { kind: what, id: e.id } : null)}
                close={(what, to) => close({ kind: what, id: e.id }, to)}
              />
            ))}
          </ul>
        </>
      )}
    </TitledSection>
  );
}

function EvidenceCard({ page, item, open, setOpen, close }: {
  page: JudgementPageData;
  item: EvidenceSummary;
  open: 'edit' | 'withdraw' | null;
  setOpen: (what: 'edit' | 'withdraw' | null) => void;
  close: (what: 'edit' | 'withdraw', to: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The full record is read when the expert opens the source: a case may hold hundreds of them.
  const [expanded, setExpanded] = useState(false);
  const detail = useEvidenceDetail(page.caseId, item.id, expanded || open !== null);
  const full = detail.data;
  if (open === 'edit' && full) {
    return (
      <li className="card evidence-card">
        <EvidenceForm page={page} item={full} onClose={() => close('edit', actionId(item, 'edit'))} onSaved={() => close('edit', actionId(item, 'edit'))} />
      </li>
    );
  }
  const factors = item.factorCodes.map((code) => inLang(page.factors.find((f) => f.code === code)?.label, lang) || code);
  const instrument = page.instruments.find((i) => i.id === item.instrumentId);
  const contact = full ? page.contacts.find((c) => c.id === full.contactId) : undefined;
  const document = full ? page.documents.find((d) => d.id === full.documentId) : undefined;
  const selfOrWish = item.kind === 'self_assessment' || item.kind === 'wish';
  const source = `${t(`judgement.enums.sourceType.${item.sourceType}`)}${item.sourceName ? `: ${item.sourceName}` : ''}`;
  const titleId = `${cardId(item)}-title`;
  const detailsId = `${cardId(item)}-details`;
  return (
    <li className={`card evidence-card evidence-card--${item.kind}${item.withdrawn ? ' evidence-card--withdrawn' : ''}`} id={cardId(item)}>
      <article aria-labelledby={titleId}>
        <h3 className="utrecht-heading-3 card__title evidence-card__title" id={titleId} tabIndex={-1}>
          <span className="source-number">{sourceNumber(item)}</span> <span className="evidence-card__text">{item.title}</span>
        </h3>
        <p className="utrecht-paragraph card__meta evidence-card__badges">
          <Badge tone={item.kind === 'not_investigated' ? 'warning' : item.kind === 'information' ? 'neutral' : 'info'}>{t(`judgement.enums.evidenceKind.${item.kind}`)}</Badge>{' '}
          <Badge tone="inactive">{item.professionalOnly ? t('judgement.evidence.professionalOnlyMark') : t('judgement.evidence.sharedMark')}</Badge>
          {item.withdrawn ? <> <Badge tone="danger">{t('judgement.common.withdrawn')}</Badge></> : null}
        </p>
        {item.withdrawn ? (
          <p className="utrecht-paragraph evidence-card__withdrawn">{t('judgement.evidence.withdrawnOn', { date: formatDate(item.withdrawn.at), reason: item.withdrawn.reason })}</p>
        ) : null}
        <DataList
          items={[
            { key: 'source', label: t('judgement.evidence.sourceType'), value: source },
            { key: 'date', label: t('judgement.evidence.observedOn'), value: formatDate(item.observedOn) },
            { key: 'method', label: t('judgement.evidence.method'), value: t(`judgement.enums.method.${item.method}`) },
            item.kind === 'not_investigated'
              ? { key: 'reason', label: t('judgement.evidence.notInvestigatedReason'), value: item.notInvestigatedReason ? t(`judgement.enums.notInvestigatedReason.${item.notInvestigatedReason}`) : '' }
              : { key: 'reliability', label: t('judgement.evidence.reliability'), value: item.reliability ? t(`judgement.enums.reliability.${item.reliability}`) : '' },
            ...(selfOrWish ? [{ key: 'check', label: t('judgement.evidence.check'), value: item.hasRealityCheck ? t('judgement.evidence.realityCheckWritten') : t('judgement.evidence.realityCheckMissing') }] : []),
            ...(factors.length > 0 ? [{ key: 'factors', label: t('judgement.evidence.factors'), value: factors.join(', ') }] : []),
            ...(instrument ? [{ key: 'instrument', label: t('judgement.evidence.instrument'), value: instrument.removed ? t('judgement.evidence.instrumentRemoved', { name: instrument.name }) : instrument.name }] : []),
          ]}
        />
        <ButtonGroup>
          <Button variant="subtle" aria-expanded={expanded} aria-controls={detailsId} aria-label={t(expanded ? 'judgement.evidence.hideDetailsItem' : 'judgement.evidence.showDetailsItem', { number: item.number })}
            onClick={() => setExpanded(!expanded)}>
            {expanded ? t('judgement.evidence.hideDetails') : t('judgement.evidence.showDetails')}
          </Button>
        </ButtonGroup>
        <div id={detailsId} hidden={!expanded} className="evidence-card__details">
          {expanded && detail.isPending ? <Paragraph className="muted">{t('app.loading')}</Paragraph> : null}
          {expanded && detail.isError ? <p className="utrecht-paragraph" role="alert">{detail.error.message}</p> : null}
          {expanded && full ? (
            <>
              <DataList
                items={[
                  ...(full.interest ? [{ key: 'interest', label: t('judgement.evidence.interest'), value: full.interest }] : []),
                  ...(contact ? [{ key: 'contact', label: t('judgement.evidence.contact'), value: contactLabel(t, contact) }] : []),
                  ...(document ? [{ key: 'document', label: t('judgement.evidence.document'), value: document.fileName }] : []),
                ]}
              />
              {selfOrWish ? (
                <div className="reality-check">
                  <div className="reality-check__side">
                    <p className="utrecht-paragraph reality-check__head">{t('judgement.evidence.clientSays')}</p>
                    <p className="utrecht-paragraph pre-line">{full.body ?? full.title}</p>
                  </div>
                  <div className="reality-check__side reality-check__side--check">
                    <p className="utrecht-paragraph reality-check__head">{t('judgement.evidence.check')}</p>
                    <p className="utrecht-paragraph pre-line">{full.realityCheck ?? <span className="muted">{t('judgement.evidence.realityCheckMissing')}</span>}</p>
                  </div>
                </div>
              ) : full.body ? <p className="utrecht-paragraph pre-line">{full.body}</p> : null}
              <p className="utrecht-paragraph evidence-card__uses-title"><strong>{t('judgement.evidence.usedIn')}</strong></p>
              {full.usedIn.length === 0 ? <p className="utrecht-paragraph muted">{t('judgement.evidence.usedNowhere')}</p> : (
                <ul className="utrecht-unordered-list evidence-card__uses">
                  {full.usedIn.map((use) => <li key={`${use.kind}:${use.ref}`} className="utrecht-unordered-list__item">{useLabel(t, page, use)}</li>)}
                </ul>
              )}
              <p className="utrecht-paragraph muted">{t('judgement.evidence.recordedBy', { name: full.recordedBy, when: formatDateTime(full.recordedAt) })}</p>
            </>
          ) : null}
        </div>
        {page.open && !item.withdrawn && open !== 'withdraw' ? (
          <ButtonGroup>
            <Button id={actionId(item, 'edit')} aria-label={t('judgement.evidence.editItem', { number: item.number })} onClick={() => { setOpen('edit'); focusWhenPresent(`evidence-form-${item.id}-title`); }}>
              {t('judgement.common.edit')}
            </Button>
            <Button id={actionId(item, 'withdraw')} variant="subtle" aria-label={t('judgement.evidence.withdrawItem', { number: item.number })} onClick={() => { setOpen('withdraw'); focusWhenPresent(`evidence-withdraw-${item.id}-title`); }}>
              {t('judgement.evidence.withdrawSubmit')}
            </Button>
          </ButtonGroup>
        ) : null}
        {open === 'edit' && !full ? <Paragraph className="muted">{detail.isError ? detail.error.message : t('app.loading')}</Paragraph> : null}
        {open === 'withdraw' ? <WithdrawForm page={page} item={item} onClose={() => close('withdraw', actionId(item, 'withdraw'))} onDone={() => close('withdraw', titleId)} /> : null}
      </article>
    </li>
  );
}

/** "Schema 1: Opleidingsverleden × Belastend", "Hypothese (vóór): Angst voor groepen", …: where a source is used. */
function useLabel(t: TFunction, page: JudgementPageData, use: EvidenceUse): string {
  const what = t(`judgement.evidence.use.${use.kind}`);
  switch (use.kind) {
    case 'coverage':
      return `${what}: ${t(`judgement.enums.coverageTheme.${use.ref}`)}`;
    case 'schema1':
    case 'schema2':
      return cellRefLabel(t, page, use.ref);
    case 'advice':
      return `${what}: ${adviceSectionName(t, use.ref)}`;
    default:
      return `${what}: ${use.label}`;
  }
}

function contactLabel(t: TFunction, contact: JudgementPageData['contacts'][number]) {
  return `${formatDateTime(contact.plannedAt)}, ${t(`enums.activityType.${contact.activityType}`, { defaultValue: contact.activityType })} (${t(`enums.contactForm.${contact.contactForm}`, { defaultValue: contact.contactForm })})`;
}

function EvidenceForm({ page, item, onClose, onSaved }: { page: JudgementPageData; item: EvidenceView | null; onClose: () => void; onSaved: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const announce = useAnnounce();
  const [kind, setKind] = useState<string>(item?.kind ?? 'information');
  const [sourceType, setSourceType] = useState<string>(item?.sourceType ?? 'client_story');
  const [sourceName, setSourceName] = useState(item?.sourceName ?? '');
  const [observedOn, setObservedOn] = useState(item?.observedOn ?? page.today);
  const [method, setMethod] = useState<string>(item?.method ?? 'conversation');
  const [title, setTitle] = useState(item?.title ?? '');
  const [body, setBody] = useState(item?.body ?? '');
  const [interest, setInterest] = useState(item?.interest ?? '');
  const [reliability, setReliability] = useState<string>(item?.reliability ?? '');
  const [realityCheck, setRealityCheck] = useState(item?.realityCheck ?? '');
  const [reason, setReason] = useState<string>(item?.notInvestigatedReason ?? '');
  const [factorCodes, setFactorCodes] = useState<string[]>(item?.factorCodes ?? []);
  const [instrumentId, setInstrumentId] = useState(item?.instrumentId ?? '');
  const [contactId, setContactId] = useState(item?.contactId ?? '');
  const [documentId, setDocumentId] = useState(item?.documentId ?? '');
  const [professionalOnly, setProfessionalOnly] = useState(item?.professionalOnly ?? true);
  const version = useVersionBase(item?.version ?? 0);
  const add = useJudgementAction(page.caseId, (b: EvidenceBody) => judgementApi.addEvidence(page.caseId, b));
  const update = useJudgementAction(page.caseId, (b: EvidenceBody & { version: number }) => judgementApi.updateEvidence(page.caseId, item!.id, b), { onConflict: version.onConflict });
  const action = item ? update : add;
  const prefix = `evidence-form-${item?.id ?? 'new'}`;
  const fields = ['kind', 'sourceType', 'sourceName', 'observedOn', 'method', 'title', 'body', 'interest', 'reliability', 'realityCheck', 'notInvestigatedReason', 'factorCodes', 'instrumentId', 'contactId', 'documentId', 'professionalOnly'] as const;
  // The field "title" gets its own id: `${prefix}-title` is the form's heading.
  const ids = Object.fromEntries(fields.map((f) => [f, fieldId(prefix, f === 'title' ? 'title-text' : f)])) as Record<(typeof fields)[number], string>;
  const errors = action.errors.fields;
  const notInvestigated = kind === 'not_investigated';
  const selfOrWish = kind === 'self_assessment' || kind === 'wish';
  const showInstrument = sourceType === 'test_instrument' || method === 'test' || instrumentId !== '';

  function submit(event: FormEvent) {
    event.preventDefault();
    const b: EvidenceBody = {
      kind: kind as EvidenceKind, sourceType: sourceType as SourceType, sourceName: textOrNull(sourceName), observedOn, method: method as Method, title, body: textOrNull(body),
      interest: textOrNull(interest), reliability: notInvestigated || reliability === '' ? null : (reliability as Reliability),
      realityCheck: selfOrWish ? textOrNull(realityCheck) : null, notInvestigatedReason: notInvestigated && reason !== '' ? (reason as NotInvestigatedReason) : null,
      factorCodes, instrumentId: showInstrument && instrumentId !== '' ? instrumentId : null, contactId: contactId || null, documentId: documentId || null, professionalOnly,
    };
    if (item) {
      update.run({ ...b, version: version.base }, () => {
        announce(t('judgement.evidence.updated', { number: item.number }));
        onSaved(item.id);
      });
    } else {
      add.run(b, (answer) => {
        announce(t('judgement.evidence.added', { number: answer.number }));
        onSaved(answer.id);
      });
    }
  }

  const chosenIn = (group: string) => factorCodes.filter((c) => page.factors.find((f) => f.code === c)?.group === group).length;
  return (
    <TitledForm
      titleId={`${prefix}-title`}
      focusable
      className="form inline-form evidence-form"
      title={item ? t('judgement.evidence.editTitle', { number: item.number }) : t('judgement.evidence.addTitle')}
      onSubmit={submit}
      errors={action.errors}
      fieldIds={ids}
    >
      <RadioGroup id={ids.kind} name={ids.kind} legend={t('judgement.evidence.kind')} value={kind} onChange={setKind} error={errors.kind}
        options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`judgement.enums.evidenceKind.${k}`) }))} />
      <TextField id={ids.title} label={t('judgement.evidence.title')} description={t('judgement.evidence.titleHint')} required value={title} onChange={setTitle} error={errors.title} />
      <SelectField id={ids.sourceType} label={t('judgement.evidence.sourceType')} required value={sourceType} onChange={setSourceType} error={errors.sourceType}
        options={SOURCE_TYPES.map((s) => ({ value: s, label: t(`judgement.enums.sourceType.${s}`) }))} />
      <TextField id={ids.sourceName} label={t('judgement.evidence.sourceName')} description={t('judgement.evidence.sourceNameHint')} value={sourceName} onChange={setSourceName} error={errors.sourceName} />
      <TextField id={ids.observedOn} type="date" label={t('judgement.evidence.observedOn')} required max={page.today} value={observedOn} onChange={setObservedOn} error={errors.observedOn} />
      <SelectField id={ids.method} label={t('judgement.evidence.method')} required value={method} onChange={setMethod} error={errors.method}
        options={METHODS.map((m) => ({ value: m, label: t(`judgement.enums.method.${m}`) }))} />
      {notInvestigated ? (
        <>
          <RadioGroup id={ids.notInvestigatedReason} name={ids.notInvestigatedReason} legend={t('judgement.evidence.notInvestigatedReason')} required value={reason} onChange={setReason}
            error={errors.notInvestigatedReason} options={NOT_INVESTIGATED_REASONS.map((r) => ({ value: r, label: t(`judgement.enums.notInvestigatedReason.${r}`) }))} />
          <Paragraph className="muted">{t('judgement.evidence.reliabilityNotApplicable')}</Paragraph>
        </>
      ) : (
        <RadioGroup id={ids.reliability} name={ids.reliability} legend={t('judgement.evidence.reliability')} required value={reliability} onChange={setReliability} error={errors.reliability}
          options={RELIABILITIES.map((r) => ({ value: r, label: t(`judgement.enums.reliability.${r}`) }))} />
      )}
      <TextAreaField id={ids.body} label={t('judgement.evidence.body')} rows={3} value={body} onChange={setBody} error={errors.body} />
      {selfOrWish ? (
        <TextAreaField id={ids.realityCheck} label={t('judgement.evidence.realityCheck')} description={t('judgement.evidence.realityCheckHint')} rows={3} value={realityCheck} onChange={setRealityCheck} error={errors.realityCheck} />
      ) : null}
      <TextAreaField id={ids.interest} label={t('judgement.evidence.interest')} description={t('judgement.evidence.interestHint')} rows={2} value={interest} onChange={setInterest} error={errors.interest} />
      <Fieldset id={ids.factorCodes} legend={t('judgement.evidence.factors')} description={t('judgement.evidence.factorsHint')} error={errors.factorCodes}>
        {page.factorGroups.map((group) => {
          const chosen = chosenIn(group.code);
          return (
            <details className="factor-group" key={group.code} open={chosen > 0 ? true : undefined}>
              <summary className="factor-group__summary">
                {inLang(group.label, lang)}
                {chosen > 0 ? <span className="factor-group__count"> ({t('judgement.evidence.factorsChosen', { count: chosen })})</span> : null}
              </summary>
              <CheckboxGroup
                id={`${prefix}-factors-${group.code}`}
                legend={inLang(group.label, lang)}
                options={page.factors.filter((f) => f.group === group.code).map((f) => ({ value: f.code, label: inLang(f.label, lang) }))}
                values={factorCodes.filter((c) => page.factors.find((f) => f.code === c)?.group === group.code)}
                onChange={(values) => setFactorCodes([...factorCodes.filter((c) => page.factors.find((f) => f.code === c)?.group !== group.code), ...values])}
              />
            </details>
          );
        })}
      </Fieldset>
      {showInstrument ? (
        <SelectField id={ids.instrumentId} label={t('judgement.evidence.instrument')} description={t('judgement.evidence.instrumentHint')} value={instrumentId} onChange={setInstrumentId} error={errors.instrumentId}
          placeholder={t('judgement.common.optionalChoice')} options={page.instruments.filter((i) => !i.removed || i.id === item?.instrumentId).map((i) => ({ value: i.id, label: i.removed ? t('judgement.evidence.instrumentRemoved', { name: i.name }) : i.name }))} />
      ) : null}
      {page.contacts.length > 0 ? (
        <SelectField id={ids.contactId} label={t('judgement.evidence.contact')} value={contactId} onChange={setContactId} error={errors.contactId} placeholder={t('judgement.common.optionalChoice')}
          options={page.contacts.map((c) => ({ value: c.id, label: contactLabel(t, c) }))} />
      ) : null}
      {page.documents.length > 0 ? (
        <SelectField id={ids.documentId} label={t('judgement.evidence.document')} value={documentId} onChange={setDocumentId} error={errors.documentId} placeholder={t('judgement.common.optionalChoice')}
          options={page.documents.map((d) => ({ value: d.id, label: d.fileName }))} />
      ) : null}
      <Checkbox id={ids.professionalOnly} label={t('judgement.evidence.professionalOnly')} description={t('judgement.evidence.professionalOnlyHint')} checked={professionalOnly} onChange={setProfessionalOnly} />
      <SubmitRow busy={action.busy} label={item ? t('judgement.evidence.submitEdit') : t('judgement.evidence.submitAdd')} onClose={onClose} />
    </TitledForm>
  );
}

function WithdrawForm({ page, item, onClose, onDone }: { page: JudgementPageData; item: EvidenceSummary; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const withdraw = useJudgementAction(page.caseId, (r: string) => judgementApi.withdrawEvidence(page.caseId, item.id, r), { fallbackField: 'reason' });
  const prefix = `evidence-withdraw-${item.id}`;
  const ids = { reason: fieldId(prefix, 'reason') };
  function submit(event: FormEvent) {
    event.preventDefault();
    withdraw.run(reason, () => {
      announce(t('judgement.evidence.withdrawn', { number: item.number }));
      onDone();
    });
  }
  return (
    <TitledForm titleId={`${prefix}-title`} level={4} focusable className="form inline-form" title={t('judgement.evidence.withdrawTitle', { number: item.number })} onSubmit={submit} errors={withdraw.errors} fieldIds={ids}>
      <TextAreaField id={ids.reason} label={t('judgement.evidence.withdrawReason')} description={t('judgement.evidence.withdrawHint')} required rows={2} value={reason} onChange={setReason} error={withdraw.errors.fields.reason} />
      <SubmitRow busy={withdraw.busy} label={t('judgement.evidence.withdrawSubmit')} onClose={onClose} />
    </TitledForm>
  );
}
