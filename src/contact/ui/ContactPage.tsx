// One contact moment: its details, and what may be done with it: reschedule, cancel, change the
// form (with new advice and reasons), record or withdraw video consent, send the invitation, record
// it as held with an evaluation of the form, and the decision-log entries behind it.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../web/api';
import { Alert, Badge, Button, ButtonGroup, Checkbox, DataList, DataTable, FormError, PageHeading, Paragraph, TextAreaField, TextField, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { NotFoundPage } from '../../web/pages/NotFoundPage';
import { enumLabel } from '../../cases/ui/labels';
import { ADEQUACY_VERDICTS, INADEQUACY_SIGNS, suggestPhysicalFollowUp, type AdequacyVerdict, type InadequacySign } from '../planning';
import {
  contactApi, type Advice, type ChangeFormBody, type ConsentBody, type ContactDetail, type ContactUpdateBody, type InvitationState, type Planning, type Warning,
} from './api';
import { AdvicePanel } from './AdvicePanel';
import { appointmentBody, appointmentFieldIds, AppointmentFields, checkAppointment, type AppointmentDraft } from './AppointmentFields';
import {
  checkConsent, choiceFieldIds, ConsentFields, consentFieldIds, FormChoiceFields, newConsentDraft, useFormChoice, type ConsentDraft, type ParticipantRow,
} from './ChoiceFields';
import { circumstanceFieldIds, CircumstancesFields, circumstancesFromDraft, draftFromCircumstances, EMPTY_DRAFT, type CircumstancesDraft } from './CircumstancesFields';
import { CheckboxGroup, contactLabel, contactOptions, focusWhenPresent, InlineForm, RadioGroup, SubmitRow } from './controls';
import { DecisionTable } from './DecisionLogSection';
import type { PlannedState } from './ContactPlanningPage';
import { useAdvice, useContactAction, useContactDetail, usePlanning } from './hooks';
import { amsterdamLocalToIso, isoToAmsterdamLocal } from './time';
import { StartCallLink } from '../../video/ui/StartCallLink';

type Panel = 'reschedule' | 'cancel' | 'changeForm' | 'held' | null;

const focusById = (id: string) => focusWhenPresent(id);

/** The result of an action: what happened to the invitation and any warnings of the server. */
interface Outcome {
  message: string;
  invitation?: InvitationState | string;
  warnings?: Warning[];
}

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <Alert type={outcome.warnings && outcome.warnings.length > 0 ? 'warning' : 'ok'} id="contact-outcome">
      <p className="utrecht-paragraph">{outcome.message}</p>
      {outcome.invitation ? (
        <p className="utrecht-paragraph">
          {t('contact.invitation.statusLabel')}: {contactLabel(t, 'invitation', outcome.invitation)}
        </p>
      ) : null}
      {outcome.warnings && outcome.warnings.length > 0 ? (
        <>
          <p className="utrecht-paragraph">{t('contact.page.warnings')}</p>
          <ul className="outcome__warnings">
            {outcome.warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Alert>
  );
}

export function ContactPage() {
  const { t } = useTranslation();
  const { caseId = '', contactId = '' } = useParams();
  const location = useLocation();
  const query = useContactDetail(caseId, contactId);
  const planned = (location.state as PlannedState | null)?.planned;
  const [outcome, setOutcome] = useState<Outcome | null>(() =>
    planned ? { message: t('contact.page.planned'), invitation: planned.invitation, warnings: planned.warnings } : null,
  );
  const [panel, setPanel] = useState<Panel>(null);

  if (query.isError && isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage />;
  const data = query.data;
  const caseLink = `/dossiers/${encodeURIComponent(caseId)}`;

  const done = (next: Outcome | null) => {
    setPanel(null);
    setOutcome(next);
    focusById(next ? 'contact-outcome' : 'page-heading');
  };

  return (
    <div className="page contact-page">
      <PageHeading>
        {data
          ? t('contact.page.title', { activity: enumLabel(t, 'activityType', data.activityType), date: formatDateTime(data.plannedAt) })
          : t('contact.page.loadingTitle')}
      </PageHeading>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={caseLink}>
          {t('contact.backToCaseShort')}
        </Link>
      </Paragraph>
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {outcome ? <OutcomeAlert outcome={outcome} /> : null}
      {data ? <ContactBody caseId={caseId} data={data} panel={panel} setPanel={setPanel} done={done} /> : null}
    </div>
  );
}

function ContactBody({ caseId, data, panel, setPanel, done }: {
  caseId: string;
  data: ContactDetail;
  panel: Panel;
  setPanel: (panel: Panel) => void;
  done: (outcome: Outcome | null) => void;
}) {
  const { t } = useTranslation();
  // The planning data (channels, the privacy notice, the prefill) is only needed to change the
  // form or to record consent: read it only then.
  const planning = usePlanning(caseId, panel === 'changeForm' || (data.permissions.canRecordConsent && !data.activeConsent));
  const isPlanned = data.state === 'planned';
  const p = data.permissions;
  const open = (next: Panel) => {
    setPanel(next);
    if (next) focusById(`panel-${next}-title`);
  };
  const close = () => {
    const was = panel;
    setPanel(null);
    if (was) focusById(`action-${was}`);
  };

  return (
    <>
      {data.needsNewForm && isPlanned ? (
        <Alert type="warning" assertive className="needs-new-form">
          <p className="utrecht-paragraph needs-new-form__title">{t('contact.page.needsNewFormTitle')}</p>
          <p className="utrecht-paragraph">{t('contact.page.needsNewFormText')}</p>
          {p.canChooseForm ? (
            panel !== 'changeForm' ? (
              <Button variant="primary" onClick={() => open('changeForm')}>
                {t('contact.page.chooseOtherForm')}
              </Button>
            ) : null
          ) : (
            <p className="utrecht-paragraph">{t('contact.page.needsNewFormAskExpert')}</p>
          )}
        </Alert>
      ) : null}

      <StartCallLink caseId={caseId} contact={data} />

      <TitledSection className="case-section" titleId="contact-details-heading" title={t('contact.page.details')}>
        <ContactDetails caseId={caseId} data={data} />
        {isPlanned && (p.canEdit || p.canChooseForm || p.canRecord) && panel === null ? (
          <ButtonGroup label={t('common.actions')}>
            {p.canEdit ? (
              <Button id="action-reschedule" onClick={() => open('reschedule')}>
                {t('contact.page.reschedule')}
              </Button>
            ) : null}
            {p.canChooseForm && !data.needsNewForm ? (
              <Button id="action-changeForm" onClick={() => open('changeForm')}>
                {t('contact.page.changeForm')}
              </Button>
            ) : null}
            {p.canRecord ? (
              <Button id="action-held" onClick={() => open('held')}>
                {t('contact.page.recordHeld')}
              </Button>
            ) : null}
            {p.canEdit ? (
              <Button id="action-cancel" variant="subtle" onClick={() => open('cancel')}>
                {t('contact.page.cancel')}
              </Button>
            ) : null}
          </ButtonGroup>
        ) : null}
        {panel === 'reschedule' ? <RescheduleForm caseId={caseId} data={data} onClose={close} onDone={() => done({ message: t('contact.page.rescheduled') })} /> : null}
        {panel === 'cancel' ? <CancelForm caseId={caseId} data={data} onClose={close} onDone={() => done({ message: t('contact.page.cancelled') })} /> : null}
        {panel === 'changeForm' ? (
          <ChangeFormForm
            caseId={caseId}
            data={data}
            planning={planning.data ?? null}
            onClose={close}
            onDone={(answer) => done({ message: t('contact.page.formChanged'), invitation: answer.invitation, warnings: answer.warnings })}
          />
        ) : null}
        {panel === 'held' ? <HeldForm caseId={caseId} data={data} onClose={close} onDone={() => done({ message: t('contact.page.recorded') })} /> : null}
      </TitledSection>

      {data.state === 'held' && data.adequacy ? <AdequacyView caseId={caseId} data={data} /> : null}

      {data.contactForm === 'video' || data.consents.length > 0 ? (
        <ConsentSection caseId={caseId} data={data} planning={planning.data ?? null} done={done} />
      ) : null}

      <InvitationSection caseId={caseId} data={data} done={done} />

      <TitledSection className="case-section" titleId="contact-decisions-heading" title={t('contact.page.decisions')}>
        {data.decisions.length === 0 ? (
          <Paragraph className="muted">{t('contact.decisions.empty')}</Paragraph>
        ) : (
          <DecisionTable decisions={data.decisions} caption={t('contact.page.decisionsCaption')} />
        )}
      </TitledSection>
    </>
  );
}

function ContactDetails({ caseId, data }: { caseId: string; data: ContactDetail }) {
  const { t } = useTranslation();
  const items: Array<{ key: string; label: string; value: ReactNode }> = [
    { key: 'activity', label: t('contact.page.activity'), value: enumLabel(t, 'activityType', data.activityType) },
    {
      key: 'form',
      label: t('contact.page.form'),
      value: (
        <>
          {enumLabel(t, 'contactForm', data.contactForm)}
          {data.channel ? ` (${data.channel.name})` : ''}
          {data.needsNewForm ? (
            <>
              {' '}
              <Badge tone="danger">{t('contact.page.needsNewFormBadge')}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'state',
      label: t('contact.page.state'),
      value: <Badge tone={data.state === 'held' ? 'success' : data.state === 'cancelled' ? 'inactive' : 'active'}>{enumLabel(t, 'contactState', data.state)}</Badge>,
    },
    { key: 'plannedAt', label: t('contact.page.plannedAt'), value: formatDateTime(data.plannedAt) },
    { key: 'duration', label: t('contact.page.duration'), value: t('contact.page.minutes', { count: data.durationMinutes }) },
    { key: 'location', label: t('contact.page.location'), value: data.location ?? t('common.notSet') },
    {
      key: 'participants',
      label: t('contact.page.participants'),
      value:
        data.participants.length > 0 ? (
          <ul className="plain-bullets">
            {data.participants.map((participant, index) => (
              <li key={`${participant.name}-${index}`}>
                {participant.name} ({enumLabel(t, 'participantRole', participant.role)})
              </li>
            ))}
          </ul>
        ) : (
          t('common.none')
        ),
    },
  ];
  if (data.clientPreference) {
    items.push({
      key: 'clientPreference',
      label: t('contact.page.clientPreference'),
      value: (
        <>
          {enumLabel(t, 'contactForm', data.clientPreference.form)}: <q className="pre-line">{data.clientPreference.reason}</q>
          <span className="cell-hint">{t('contact.page.clientPreferenceStated', { date: formatDateTime(data.clientPreference.statedAt) })}</span>
        </>
      ),
    });
  }
  if (data.heldAt) items.push({ key: 'heldAt', label: t('contact.page.heldAt'), value: formatDateTime(data.heldAt) });
  if (data.mitigations) items.push({ key: 'mitigations', label: t('contact.page.mitigations'), value: <span className="pre-line">{data.mitigations}</span> });
  if (data.note) items.push({ key: 'note', label: t('contact.page.note'), value: <span className="pre-line">{data.note}</span> });
  if (data.cancelReason) items.push({ key: 'cancelReason', label: t('contact.page.cancelReason'), value: <span className="pre-line">{data.cancelReason}</span> });
  if (data.followUpOf) {
    items.push({
      key: 'followUpOf',
      label: t('contact.page.followUpOf'),
      value: (
        <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}/contacten/${encodeURIComponent(data.followUpOf)}`}>
          {t('contact.page.openEarlier')}
        </Link>
      ),
    });
  }
  return <DataList items={items} />;
}

// ---- reschedule ------------------------------------------------------------------------------------

function rowsOf(data: ContactDetail): ParticipantRow[] {
  return data.participants.map((participant, index) => ({ key: index + 1, name: participant.name, role: participant.role }));
}

function RescheduleForm({ caseId, data, onClose, onDone }: { caseId: string; data: ContactDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const prefix = 'reschedule';
  const [appointment, setAppointment] = useState<AppointmentDraft>(() => ({
    plannedAt: isoToAmsterdamLocal(data.plannedAt),
    durationMinutes: String(data.durationMinutes),
    location: data.location ?? '',
    mitigations: data.mitigations ?? '',
    note: data.note ?? '',
  }));
  const [rows, setRows] = useState<ParticipantRow[]>(() => rowsOf(data));
  const [notifyClient, setNotifyClient] = useState(true);
  const save = useContactAction(caseId, (body: ContactUpdateBody) => contactApi.update(caseId, data.id, body), { contactId: data.id });
  const ids = appointmentFieldIds(prefix, rows);

  function submit(event: FormEvent) {
    event.preventDefault();
    const { fields, iso, minutes } = checkAppointment(t, appointment, rows);
    if (Object.keys(fields).length || !iso) return save.setErrors({ fields });
    const body: ContactUpdateBody = { version: data.version, ...appointmentBody(appointment, rows, minutes), notifyClient };
    // Only send the time when it changed: an unchanged time is not re-checked against the guards.
    if (Date.parse(iso) !== Date.parse(data.plannedAt)) body.plannedAt = iso;
    save.run(body, onDone);
  }

  return (
    <InlineForm titleId="panel-reschedule-title" title={t('contact.page.reschedule')} onSubmit={submit} errors={save.errors} fieldIds={ids}>
      <AppointmentFields
        prefix={prefix}
        draft={appointment}
        onChange={(patch) => setAppointment((a) => ({ ...a, ...patch }))}
        rows={rows}
        onRows={setRows}
        errors={save.errors.fields}
        plannedAtHint={t('contact.page.amsterdamTime')}
      />
      <Checkbox label={t('contact.page.notifyClient')} description={t('contact.page.notifyClientHint')} checked={notifyClient} onChange={setNotifyClient} />
      <SubmitRow busy={save.busy} label={t('contact.page.rescheduleSubmit')} onClose={onClose} />
    </InlineForm>
  );
}

// ---- cancel ----------------------------------------------------------------------------------------

function CancelForm({ caseId, data, onClose, onDone }: { caseId: string; data: ContactDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const prefix = 'cancel';
  const [reason, setReason] = useState('');
  const [notifyClient, setNotifyClient] = useState(true);
  const save = useContactAction(caseId, (body: ContactUpdateBody) => contactApi.update(caseId, data.id, body), { contactId: data.id, fallbackField: 'cancelReason' });
  const ids = { cancelReason: fieldId(prefix, 'cancelReason') };
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return save.setErrors({ fields: { cancelReason: t('contact.validation.cancelReason') } });
    save.run({ version: data.version, state: 'cancelled', cancelReason: reason.trim(), notifyClient }, onDone);
  }
  return (
    <InlineForm titleId="panel-cancel-title" title={t('contact.page.cancel')} onSubmit={submit} errors={save.errors} fieldIds={ids}>
      <TextAreaField id={ids.cancelReason} label={t('contact.page.cancelReason')} description={t('contact.page.cancelReasonHint')} required value={reason} onChange={setReason} error={save.errors.fields.cancelReason} />
      <Checkbox label={t('contact.page.notifyClient')} description={t('contact.page.notifyCancelHint')} checked={notifyClient} onChange={setNotifyClient} />
      <SubmitRow busy={save.busy} label={t('contact.page.cancelSubmit')} onClose={onClose} />
    </InlineForm>
  );
}

// ---- change the form -----------------------------------------------------------------------------

function ChangeFormForm({ caseId, data, planning, onClose, onDone }: {
  caseId: string;
  data: ContactDetail;
  planning: Planning | null;
  onClose: () => void;
  onDone: (answer: { warnings: Warning[]; invitation: InvitationState }) => void;
}) {
  const { t } = useTranslation();
  const prefix = 'change';
  const [draft, setDraft] = useState<CircumstancesDraft>(() => {
    const source = data.circumstances ?? planning?.prefill ?? null;
    const draft = source ? draftFromCircumstances(source) : { ...EMPTY_DRAFT, activity: data.activityType };
    // What the client said in the portal is their newest word on it (P8): the advice starts from it.
    if (data.clientPreference) return { ...draft, clientPreferenceForm: data.clientPreference.form, clientPreferenceReason: data.clientPreference.reason };
    return draft;
  });
  const [sendUpdate, setSendUpdate] = useState(true);
  const adviceQuery = useAdvice(caseId, data.id);
  const { advice, busy: adviceBusy, errors: adviceErrors } = adviceQuery;
  const result = useMemo(() => circumstancesFromDraft(t, draft), [t, draft]);
  const key = result.ok ? JSON.stringify(result.value) : null;
  const save = useContactAction(caseId, (body: ChangeFormBody) => contactApi.changeForm(caseId, data.id, body), { contactId: data.id });
  const channels = planning?.channels ?? [];
  const choice = useFormChoice(channels, save.errors, { form: data.needsNewForm ? '' : data.contactForm, channelId: data.channel?.id ?? '' });

  async function fetchAdvice(focus: boolean): Promise<Advice | null> {
    if (!result.ok) {
      adviceQuery.setErrors({ fields: result.fields });
      return null;
    }
    return adviceQuery.ask(result.value, focus ? 'change-advice-heading' : undefined);
  }

  const currentAdvice = advice?.advice ?? null;
  const ids: Record<string, string> = { ...circumstanceFieldIds(prefix), ...choiceFieldIds(prefix) };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!result.ok) Object.assign(fields, result.fields);
    Object.assign(fields, choice.errors(t));
    if (!result.ok || Object.keys(fields).length) return save.setErrors({ fields });
    const adviceNow = advice && advice.key === key ? advice.advice : await fetchAdvice(false);
    const needReason = choice.needsReason(adviceNow);
    if (needReason) {
      const missing = choice.reasonErrors(t);
      if (Object.keys(missing).length) return save.setErrors({ fields: missing });
    }
    save.run({ version: data.version, ...choice.request(needReason), circumstances: result.value, sendUpdate }, onDone);
  }

  return (
    <InlineForm titleId="panel-changeForm-title" title={t('contact.page.changeForm')} onSubmit={(event) => void submit(event)} errors={save.errors} fieldIds={ids}>
      <Paragraph>{data.needsNewForm ? t('contact.page.changeFormWithdrawn') : t('contact.page.changeFormIntro')}</Paragraph>
      <CircumstancesFields prefix={prefix} draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={{ ...adviceErrors.fields, ...save.errors.fields }} />
      <FormError errors={adviceErrors} fieldIds={ids} />
      <ButtonGroup>
        <Button onClick={() => void fetchAdvice(true)} busy={adviceBusy}>
          {t('contact.planning.showAdvice')}
        </Button>
      </ButtonGroup>
      {currentAdvice ? <AdvicePanel advice={currentAdvice} id="change-advice" level={3} stale={advice?.key !== key} /> : null}
      <FormChoiceFields prefix={prefix} choice={choice} advice={currentAdvice} channels={channels} errors={save.errors.fields} legend={t('contact.page.newForm')} />
      <Checkbox label={t('contact.page.sendUpdate')} description={t('contact.page.sendUpdateHint')} checked={sendUpdate} onChange={setSendUpdate} />
      <SubmitRow busy={save.busy} label={t('contact.page.changeFormSubmit')} onClose={onClose} />
    </InlineForm>
  );
}

// ---- record as held, with the evaluation of the form -----------------------------------------------

function HeldForm({ caseId, data, onClose, onDone }: { caseId: string; data: ContactDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const prefix = 'held';
  const initialHeldAt = Date.parse(data.plannedAt) < Date.now() ? data.plannedAt : new Date().toISOString();
  const [heldAt, setHeldAt] = useState(() => isoToAmsterdamLocal(initialHeldAt));
  const [verdict, setVerdict] = useState('');
  const [signs, setSigns] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [contactNote, setContactNote] = useState(data.note ?? '');
  const [followUpChoice, setFollowUpChoice] = useState<boolean | null>(null);
  const suggested = data.suggestPhysicalFollowUp || (verdict !== '' && suggestPhysicalFollowUp(data.contactForm, verdict as AdequacyVerdict, signs as InadequacySign[]));
  const followUp = followUpChoice ?? suggested;
  const save = useContactAction(caseId, (body: ContactUpdateBody) => contactApi.update(caseId, data.id, body), { contactId: data.id });
  const ids: Record<string, string> = {
    heldAt: fieldId(prefix, 'heldAt'),
    note: fieldId(prefix, 'note'),
    'adequacy.verdict': fieldId(prefix, 'adequacy.verdict'),
    'adequacy.signs': fieldId(prefix, 'adequacy.signs'),
    'adequacy.note': fieldId(prefix, 'adequacy.note'),
    'adequacy.physicalFollowUp': fieldId(prefix, 'adequacy.physicalFollowUp'),
    adequacy: fieldId(prefix, 'adequacy.verdict'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const iso = amsterdamLocalToIso(heldAt);
    if (!iso) fields.heldAt = t('contact.validation.heldAt');
    if (!verdict) fields['adequacy.verdict'] = t('contact.validation.verdict');
    if (Object.keys(fields).length || !iso) return save.setErrors({ fields });
    save.run(
      {
        version: data.version,
        state: 'held',
        heldAt: iso,
        ...(contactNote.trim() !== (data.note ?? '') ? { note: contactNote.trim() || null } : {}),
        adequacy: {
          verdict: verdict as AdequacyVerdict,
          signs: verdict === 'adequate' ? [] : (signs as InadequacySign[]),
          note: note.trim() || null,
          physicalFollowUp: data.contactForm !== 'physical' && followUp,
        },
      },
      onDone,
    );
  }

  return (
    <InlineForm titleId="panel-held-title" title={t('contact.page.recordHeld')} onSubmit={submit} errors={save.errors} fieldIds={ids}>
      <TextField id={ids.heldAt} type="datetime-local" label={t('contact.page.heldAtField')} description={t('contact.page.amsterdamTime')} required value={heldAt} onChange={setHeldAt} error={save.errors.fields.heldAt} />
      <TextAreaField id={ids.note} label={t('contact.page.note')} description={t('contact.page.heldNoteHint')} value={contactNote} onChange={setContactNote} error={save.errors.fields.note} />
      <RadioGroup
        id={ids['adequacy.verdict'] ?? ''}
        name={`${prefix}-verdict`}
        legend={t('contact.adequacy.verdict', { form: enumLabel(t, 'contactForm', data.contactForm).toLowerCase() })}
        required
        options={contactOptions(t, 'adequacyVerdict', ADEQUACY_VERDICTS)}
        value={verdict}
        onChange={setVerdict}
        error={save.errors.fields['adequacy.verdict']}
      />
      {verdict && verdict !== 'adequate' ? (
        <CheckboxGroup
          id={ids['adequacy.signs'] ?? ''}
          legend={t('contact.adequacy.signs')}
          description={t('contact.adequacy.signsHint')}
          options={contactOptions(t, 'inadequacySign', INADEQUACY_SIGNS)}
          values={signs}
          onChange={setSigns}
          error={save.errors.fields['adequacy.signs']}
        />
      ) : null}
      <TextAreaField id={ids['adequacy.note']} label={t('contact.adequacy.note')} value={note} onChange={setNote} error={save.errors.fields['adequacy.note']} />
      {data.contactForm !== 'physical' ? (
        <Checkbox
          id={ids['adequacy.physicalFollowUp']}
          label={t('contact.adequacy.physicalFollowUp')}
          description={suggested ? t('contact.adequacy.physicalFollowUpSuggested') : t('contact.adequacy.physicalFollowUpHint')}
          checked={followUp}
          onChange={(checked) => setFollowUpChoice(checked)}
          error={save.errors.fields['adequacy.physicalFollowUp']}
        />
      ) : null}
      <SubmitRow busy={save.busy} label={t('contact.page.recordSubmit')} onClose={onClose} />
    </InlineForm>
  );
}

function AdequacyView({ caseId, data }: { caseId: string; data: ContactDetail }) {
  const { t } = useTranslation();
  const adequacy = data.adequacy;
  if (!adequacy) return null;
  const items = [
    { key: 'verdict', label: t('contact.adequacy.verdictShort'), value: contactLabel(t, 'adequacyVerdict', adequacy.verdict) },
    {
      key: 'signs',
      label: t('contact.adequacy.signs'),
      value: adequacy.signs.length ? adequacy.signs.map((s) => contactLabel(t, 'inadequacySign', s)).join(', ') : t('common.none'),
    },
    { key: 'note', label: t('contact.adequacy.note'), value: adequacy.note ? <span className="pre-line">{adequacy.note}</span> : t('common.notSet') },
    { key: 'followUp', label: t('contact.adequacy.followUpShort'), value: adequacy.physicalFollowUp ? t('common.yes') : t('common.no') },
  ];
  return (
    <TitledSection className="case-section" titleId="contact-adequacy-heading" title={t('contact.adequacy.title')}>
      <DataList items={items} />
      {/* canChooseForm is about this (held) contact; planning a new one is the same professional act as recording. */}
      {adequacy.physicalFollowUp && data.permissions.canRecord ? (
        <Paragraph>
          <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}/contact-plannen?vervolgOp=${encodeURIComponent(data.id)}`}>
            {t('contact.adequacy.planFollowUp')}
          </Link>
        </Paragraph>
      ) : adequacy.physicalFollowUp ? (
        <Paragraph>{t('contact.adequacy.followUpByExpert')}</Paragraph>
      ) : null}
    </TitledSection>
  );
}

// ---- video consent -------------------------------------------------------------------------------

function ConsentSection({ caseId, data, planning, done }: { caseId: string; data: ContactDetail; planning: Planning | null; done: (outcome: Outcome | null) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'record' | 'withdraw' | null>(null);
  const canAct = data.permissions.canRecordConsent && data.state === 'planned';
  const active = data.consents.find((c) => !c.withdrawnAt) ?? null;
  const close = () => {
    setMode(null);
    focusById('contact-consent-heading');
  };
  return (
    <TitledSection className="case-section" titleId="contact-consent-heading" title={t('contact.consent.title')} focusable>
      <Paragraph>
        {data.activeConsent ? (
          <Badge tone="success">{t('contact.consent.active')}</Badge>
        ) : (
          <Badge tone="warning">{t('contact.consent.none')}</Badge>
        )}{' '}
        {data.activeConsent ? t('contact.consent.activeText') : data.contactForm === 'video' ? t('contact.consent.noneText') : ''}
      </Paragraph>
      {data.consents.length > 0 ? (
        <DataTable
          caption={t('contact.consent.caption')}
          rows={data.consents}
          rowKey={(c) => c.id}
          columns={[
            { key: 'givenAt', header: t('contact.consent.givenAt'), cell: (c) => formatDateTime(c.givenAt) },
            {
              key: 'method',
              header: t('contact.consent.method'),
              cell: (c) => (
                <>
                  {contactLabel(t, 'consentMethod', c.method)}
                  <span className="cell-hint">{c.softwareExplained ? t('contact.consent.softwareExplainedYes') : t('contact.consent.softwareExplainedNo')}</span>
                </>
              ),
            },
            { key: 'notice', header: t('contact.consent.noticeVersion'), cell: (c) => t('contact.consent.version', { version: c.privacyNoticeVersion }) },
            {
              key: 'recorded',
              header: t('contact.consent.recorded'),
              cell: (c) => (
                <>
                  {formatDateTime(c.recordedAt)}
                  <span className="cell-hint">{c.recordedBy ?? contactLabel(t, 'consentMethod', 'portal')}</span>
                </>
              ),
            },
            {
              key: 'withdrawn',
              header: t('contact.consent.withdrawn'),
              cell: (c) =>
                c.withdrawnAt ? (
                  <>
                    {formatDateTime(c.withdrawnAt)}
                    {c.withdrawalReason ? <span className="cell-hint pre-line">{c.withdrawalReason}</span> : null}
                  </>
                ) : (
                  t('common.no')
                ),
            },
          ]}
        />
      ) : null}
      {canAct && mode === null ? (
        <ButtonGroup>
          {!active && data.contactForm === 'video' ? (
            <Button id="action-consent-record" onClick={() => { setMode('record'); focusById('panel-consent-record-title'); }}>
              {t('contact.consent.record')}
            </Button>
          ) : null}
          {active ? (
            <Button id="action-consent-withdraw" variant="subtle" onClick={() => { setMode('withdraw'); focusById('panel-consent-withdraw-title'); }}>
              {t('contact.consent.withdraw')}
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}
      {mode === 'record' ? (
        planning?.privacyNotice ? (
          <RecordConsentForm
            caseId={caseId}
            data={data}
            planning={planning}
            onClose={close}
            onDone={(invitation) => {
              setMode(null);
              done({ message: t('contact.consent.recordedOk'), invitation });
            }}
          />
        ) : (
          <Alert type="warning">{planning ? t('contact.consent.noNotice') : t('app.loading')}</Alert>
        )
      ) : null}
      {mode === 'withdraw' ? (
        <WithdrawConsentForm
          caseId={caseId}
          data={data}
          onClose={close}
          onDone={() => {
            setMode(null);
            done({ message: t('contact.consent.withdrawnOk') });
          }}
        />
      ) : null}
    </TitledSection>
  );
}

function RecordConsentForm({ caseId, data, planning, onClose, onDone }: {
  caseId: string;
  data: ContactDetail;
  planning: Planning;
  onClose: () => void;
  onDone: (invitation: InvitationState) => void;
}) {
  const { t } = useTranslation();
  const prefix = 'consent';
  const notice = planning.privacyNotice;
  const [draft, setDraft] = useState<ConsentDraft>(newConsentDraft);
  const save = useContactAction(caseId, (body: ConsentBody) => contactApi.recordConsent(caseId, data.id, body), { contactId: data.id });
  const ids = consentFieldIds(prefix);
  if (!notice) return null;
  function submit(event: FormEvent) {
    event.preventDefault();
    const { fields, iso } = checkConsent(t, draft);
    if (Object.keys(fields).length || !iso || !notice) return save.setErrors({ fields });
    save.run(
      { givenAt: iso, method: draft.method as ConsentBody['method'], privacyNoticeId: notice.id, softwareExplained: true },
      (answer) => onDone(answer.invitation),
    );
  }
  return (
    <InlineForm titleId="panel-consent-record-title" title={t('contact.consent.record')} onSubmit={submit} errors={save.errors} fieldIds={ids}>
      <Paragraph>{t('contact.consent.intro')}</Paragraph>
      <ConsentFields prefix={prefix} notice={notice} draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={save.errors.fields} />
      <SubmitRow busy={save.busy} label={t('contact.consent.recordSubmit')} onClose={onClose} />
    </InlineForm>
  );
}

function WithdrawConsentForm({ caseId, data, onClose, onDone }: { caseId: string; data: ContactDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const prefix = 'withdraw';
  const [reason, setReason] = useState('');
  const save = useContactAction(caseId, (text: string) => contactApi.withdrawConsent(caseId, data.id, text.trim() || null), { contactId: data.id, fallbackField: 'reason' });
  const ids = { reason: fieldId(prefix, 'reason') };
  return (
    <InlineForm
      titleId="panel-consent-withdraw-title"
      title={t('contact.consent.withdraw')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) return save.setErrors({ fields: { reason: t('contact.validation.withdrawReason') } });
        save.run(reason, onDone);
      }}
      errors={save.errors}
      fieldIds={ids}
    >
      <Paragraph>{t('contact.consent.withdrawIntro')}</Paragraph>
      <TextAreaField id={ids.reason} label={t('contact.consent.withdrawReason')} required value={reason} onChange={setReason} error={save.errors.fields.reason} />
      <SubmitRow busy={save.busy} label={t('contact.consent.withdrawSubmit')} onClose={onClose} />
    </InlineForm>
  );
}

// ---- invitation ----------------------------------------------------------------------------------

function invitationStatus(data: ContactDetail): string {
  if (data.state === 'cancelled') return 'cancelled';
  if (data.invitationSentAt) return 'sent';
  if (data.mails.some((m) => m.kind === 'invitation')) return 'queued';
  if (data.contactForm === 'video' && !data.activeConsent) return 'waiting_for_consent';
  return 'not_sent';
}

function InvitationSection({ caseId, data, done }: { caseId: string; data: ContactDetail; done: (outcome: Outcome | null) => void }) {
  const { t } = useTranslation();
  const send = useContactAction(caseId, () => contactApi.sendInvitation(caseId, data.id), { contactId: data.id });
  const status = invitationStatus(data);
  // Waiting for consent: the server would refuse; the text above says what is needed first.
  const canSend = data.state === 'planned' && status !== 'waiting_for_consent' && (data.permissions.canEdit || data.permissions.canRecordConsent);
  const mails = [...data.mails].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <TitledSection className="case-section" titleId="contact-invitation-heading" title={t('contact.invitation.title')}>
      <p className="utrecht-paragraph" id="invitation-status">
        {t('contact.invitation.statusLabel')}:{' '}
        <Badge tone={status === 'sent' ? 'success' : status === 'waiting_for_consent' ? 'warning' : 'neutral'}>{t(`contact.invitation.status.${status}`)}</Badge>
        {data.invitationSentAt ? ` ${t('contact.invitation.sentAt', { date: formatDateTime(data.invitationSentAt) })}` : ''}
      </p>
      {data.reminderSentAt ? <Paragraph>{t('contact.invitation.reminderAt', { date: formatDateTime(data.reminderSentAt) })}</Paragraph> : null}
      {status === 'waiting_for_consent' ? <Paragraph>{t('contact.invitation.waitingText')}</Paragraph> : null}
      {mails.length > 0 ? (
        <DataTable
          caption={t('contact.invitation.mailsCaption')}
          rows={mails}
          rowKey={(mail) => mail.id}
          columns={[
            { key: 'kind', header: t('contact.invitation.kind'), cell: (mail) => contactLabel(t, 'mailKind', mail.kind) },
            { key: 'status', header: t('contact.invitation.mailStatus'), cell: (mail) => contactLabel(t, 'mailStatus', mail.status) },
            { key: 'createdAt', header: t('contact.invitation.createdAt'), cell: (mail) => formatDateTime(mail.createdAt) },
            { key: 'sentAt', header: t('contact.invitation.sentAtColumn'), cell: (mail) => (mail.sentAt ? formatDateTime(mail.sentAt) : '—') },
          ]}
        />
      ) : (
        <Paragraph className="muted">{t('contact.invitation.noMails')}</Paragraph>
      )}
      <FormError errors={send.errors} />
      {canSend ? (
        <ButtonGroup>
          <Button
            busy={send.busy}
            onClick={() =>
              send.run(undefined, (answer) => done({ message: t('contact.invitation.requested'), invitation: answer.status }))
            }
          >
            {data.invitationSentAt || mails.some((m) => m.kind === 'invitation') ? t('contact.invitation.resend') : t('contact.invitation.send')}
          </Button>
        </ButtonGroup>
      ) : null}
    </TitledSection>
  );
}
