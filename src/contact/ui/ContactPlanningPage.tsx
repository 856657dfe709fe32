// Plan a contact: state the activity and circumstances, see the advice per form, then choose the
// form with the client, the time, the people and, for video, the consent. Choosing against the
// advice or the client's preference asks for reasons. Advice only: the labour expert decides.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../web/api';
import { Alert, Button, ButtonGroup, Checkbox, Fieldset, FormError, PageHeading, Paragraph, TextAreaField, TextField } from '../../web/components';
import { errorsFromApi, fieldId, NO_ERRORS, type FormErrors } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { NotFoundPage } from '../../web/pages/NotFoundPage';
import type { ParticipantRole } from '../../cases/domain';
import { contactApi, type Advice, type Circumstances, type ContactPlanned, type PlanContactBody, type Planning } from './api';
import { AdvicePanel } from './AdvicePanel';
import { focusWhenPresent } from './controls';
import {
  ChannelField, channelsFor, ChoiceReasonFields, ConsentFields, consentFieldIds, ContactFormChoice, deviationsOf, participantFieldIds,
  ParticipantsFields, reasonErrors, type ConsentDraft, type ParticipantRow,
} from './ChoiceFields';
import { circumstanceFieldIds, CircumstancesFields, circumstancesFromDraft, draftFromCircumstances, EMPTY_DRAFT, type CircumstancesDraft } from './CircumstancesFields';
import { useContactAction, usePlanning } from './hooks';
import { amsterdamLocalToIso, isoToAmsterdamLocal, proposedAppointment } from './time';

const PREFIX = 'plan';
/** The advice is logged each time it is asked; refresh it only after the changes have settled. */
const ADVICE_DEBOUNCE_MS = 1000;

export interface PlannedState {
  planned: ContactPlanned;
}

export function ContactPlanningPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const query = usePlanning(caseId);
  if (query.isError && isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage />;
  const data = query.data;
  return (
    <div className="page page--form">
      <PageHeading>{data ? t('contact.planning.title', { name: data.client.fullName }) : t('contact.planning.loadingTitle')}</PageHeading>
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {data ? (
        <>
          <Paragraph>
            <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}`}>
              {t('contact.backToCase', { reference: data.reference })}
            </Link>
          </Paragraph>
          {!data.canChooseForm ? (
            <Alert type="info">{t('contact.planning.expertOnly')}</Alert>
          ) : query.isFetchedAfterMount ? (
            // The form starts from fresh data (prefill, readiness, open follow-ups), never from a cached copy.
            <PlanningForm caseId={caseId} data={data} />
          ) : (
            <Paragraph>{t('app.loading')}</Paragraph>
          )}
        </>
      ) : null}
    </div>
  );
}

function initialRows(data: Planning): ParticipantRow[] {
  return [{ key: 1, name: data.client.fullName, role: 'client' }];
}

function nowLocal(): string {
  return isoToAmsterdamLocal(new Date());
}

function PlanningForm({ caseId, data }: { caseId: string; data: Planning }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const followUpOf = search.get('vervolgOp');
  const followUp = followUpOf ? data.openFollowUps.find((f) => f.contactId === followUpOf) ?? null : null;

  const [draft, setDraft] = useState<CircumstancesDraft>(() => {
    const base = data.prefill ? draftFromCircumstances(data.prefill) : EMPTY_DRAFT;
    return followUp ? { ...base, activity: followUp.activity } : base;
  });
  const [contactForm, setContactForm] = useState<string>(followUpOf ? 'physical' : '');
  const [channelId, setChannelId] = useState('');
  const [plannedAt, setPlannedAt] = useState(() => proposedAppointment(data.settings));
  const [duration, setDuration] = useState('60');
  const [location, setLocation] = useState('');
  const [rows, setRows] = useState<ParticipantRow[]>(() => initialRows(data));
  const [mitigations, setMitigations] = useState('');
  const [note, setNote] = useState('');
  const [consentNow, setConsentNow] = useState(false);
  const [consent, setConsent] = useState<ConsentDraft>(() => ({ method: '', givenAt: nowLocal(), softwareExplained: false }));
  const [sendInvitation, setSendInvitation] = useState(true);
  const [reasonCodes, setReasonCodes] = useState<string[]>([]);
  const [reasonText, setReasonText] = useState('');
  const [serverWantsReason, setServerWantsReason] = useState(false);

  // ---- advice --------------------------------------------------------------------------------
  const [advice, setAdvice] = useState<{ advice: Advice; key: string } | null>(null);
  const [adviceWanted, setAdviceWanted] = useState(false);
  const [adviceBusy, setAdviceBusy] = useState(false);
  const [adviceErrors, setAdviceErrors] = useState<FormErrors>(NO_ERRORS);
  const requestNo = useRef(0);
  const result = useMemo(() => circumstancesFromDraft(t, draft), [t, draft]);
  const currentKey = result.ok ? JSON.stringify(result.value) : null;

  async function fetchAdvice(circumstances: Circumstances, key: string, focus: boolean): Promise<Advice | null> {
    const no = ++requestNo.current;
    setAdviceBusy(true);
    setAdviceErrors(NO_ERRORS);
    try {
      const answer = await contactApi.advice(caseId, circumstances);
      if (no === requestNo.current) {
        setAdvice({ advice: answer.advice, key });
        if (focus) focusWhenPresent('advice-heading');
      }
      return answer.advice;
    } catch (error) {
      if (no === requestNo.current) setAdviceErrors(errorsFromApi(error));
      return null;
    } finally {
      if (no === requestNo.current) setAdviceBusy(false);
    }
  }

  useEffect(() => {
    if (!adviceWanted || !result.ok || !currentKey || advice?.key === currentKey) return;
    const value = result.value;
    const timer = window.setTimeout(() => void fetchAdvice(value, currentKey, false), ADVICE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // Only the circumstances (their key) decide when to ask again.
  }, [currentKey, adviceWanted]); // eslint-disable-line react-hooks/exhaustive-deps

  function showAdvice() {
    if (!result.ok) {
      setAdviceErrors({ fields: result.fields });
      return;
    }
    setAdviceWanted(true);
    void fetchAdvice(result.value, JSON.stringify(result.value), true);
  }

  const currentAdvice = advice?.advice ?? null;
  const adviceStale = Boolean(advice && advice.key !== currentKey);
  const deviations = deviationsOf(currentAdvice, contactForm);
  const askReason = deviations.length > 0 || serverWantsReason;

  // ---- the choice ------------------------------------------------------------------------------
  const save = useContactAction(caseId, (body: PlanContactBody) => contactApi.plan(caseId, body));
  const employer = data.parties.find((p) => p.role === 'employer');
  const videoChannels = channelsFor(data.channels, 'video');

  function chooseForm(form: string) {
    setContactForm(form);
    setServerWantsReason(false);
    const options = channelsFor(data.channels, form);
    setChannelId(form === 'video' && options[0] ? options[0].id : '');
    if (form !== 'video') setConsentNow(false);
  }

  useEffect(() => {
    if (save.errors.fields.choiceReason || save.errors.fields.choiceReasonCodes) setServerWantsReason(true);
  }, [save.errors]);

  const ids: Record<string, string> = {
    ...circumstanceFieldIds(PREFIX),
    contactForm: fieldId(PREFIX, 'contactForm'),
    channelId: fieldId(PREFIX, 'channelId'),
    plannedAt: fieldId(PREFIX, 'plannedAt'),
    durationMinutes: fieldId(PREFIX, 'durationMinutes'),
    location: fieldId(PREFIX, 'location'),
    mitigations: fieldId(PREFIX, 'mitigations'),
    note: fieldId(PREFIX, 'note'),
    sendInvitation: fieldId(PREFIX, 'sendInvitation'),
    choiceReasonCodes: fieldId(PREFIX, 'choiceReasonCodes'),
    choiceReason: fieldId(PREFIX, 'choiceReason'),
    videoConsent: fieldId(PREFIX, 'consentNow'),
    followUpOf: fieldId(PREFIX, 'followUp'),
    ...participantFieldIds(PREFIX, rows),
    ...consentFieldIds(PREFIX, 'videoConsent.'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!result.ok) Object.assign(fields, result.fields);
    if (!contactForm) fields.contactForm = t('contact.validation.contactForm');
    if (contactForm === 'video' && videoChannels.length > 0 && !channelId) fields.channelId = t('contact.validation.channel');
    const iso = amsterdamLocalToIso(plannedAt);
    if (!iso) fields.plannedAt = t('contact.validation.plannedAt');
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) fields.durationMinutes = t('contact.validation.duration');
    rows.forEach((row, index) => {
      if (!row.name.trim()) fields[`participants.${index}.name`] = t('contact.validation.participantName');
    });
    const withConsent = contactForm === 'video' && consentNow && data.privacyNotice;
    const consentIso = withConsent ? amsterdamLocalToIso(consent.givenAt) : null;
    if (withConsent) {
      if (!consent.method) fields['videoConsent.method'] = t('contact.validation.consentMethod');
      if (!consentIso) fields['videoConsent.givenAt'] = t('contact.validation.consentGivenAt');
      else if (Date.parse(consentIso) > Date.now() + 60_000) fields['videoConsent.givenAt'] = t('contact.validation.consentInFuture');
      if (!consent.softwareExplained) fields['videoConsent.softwareExplained'] = t('contact.validation.softwareExplained');
    }
    if (!result.ok || Object.keys(fields).length > 0 || !iso) return save.setErrors({ fields });

    // The advice for exactly these circumstances decides whether reasons are needed.
    let adviceNow = advice && advice.key === currentKey ? advice.advice : null;
    if (!adviceNow) {
      setAdviceWanted(true);
      adviceNow = await fetchAdvice(result.value, JSON.stringify(result.value), false);
    }
    const needReason = deviationsOf(adviceNow, contactForm).length > 0 || serverWantsReason;
    if (needReason) {
      const missing = reasonErrors(t, reasonCodes, reasonText);
      if (Object.keys(missing).length) return save.setErrors({ fields: missing });
    }
    const body: PlanContactBody = {
      contactForm: contactForm as PlanContactBody['contactForm'],
      channelId: (contactForm === 'video' || contactForm === 'phone') && channelId ? channelId : null,
      circumstances: result.value,
      choiceReasonCodes: needReason ? (reasonCodes as PlanContactBody['choiceReasonCodes']) : [],
      choiceReason: needReason ? reasonText.trim() : null,
      plannedAt: iso,
      durationMinutes: minutes,
      location: location.trim() || null,
      participants: rows.map((row) => ({ name: row.name.trim(), role: row.role as ParticipantRole })),
      note: note.trim() || null,
      mitigations: mitigations.trim() || null,
      followUpOf: followUpOf ?? null,
      videoConsent: withConsent && consentIso && data.privacyNotice
        ? { givenAt: consentIso, method: consent.method as NonNullable<PlanContactBody['videoConsent']>['method'], privacyNoticeId: data.privacyNotice.id, softwareExplained: true }
        : null,
      sendInvitation,
    };
    save.run(body, (answer) => {
      void navigate(`/dossiers/${encodeURIComponent(caseId)}/contacten/${encodeURIComponent(answer.id)}`, { state: { planned: answer } satisfies PlannedState });
    });
  }

  const settings = data.settings;
  const officeDays = settings.officeDays.map((d) => t(`contact.weekday.${d}`)).join(', ');

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form planning-form" aria-labelledby="page-heading">
      <FormError errors={save.errors} fieldIds={ids} />
      {followUpOf ? (
        <Alert type="info" id={ids.followUpOf}>
          {followUp
            ? t('contact.planning.followUpOf', { activity: t(`enums.activityType.${followUp.activity}`), date: formatDateTime(followUp.heldAt) })
            : t('contact.planning.followUpUnknown')}
        </Alert>
      ) : null}
      <Paragraph>{t('contact.planning.intro')}</Paragraph>

      <section className="planning-step" aria-labelledby="step-circumstances">
        <h2 className="utrecht-heading-2" id="step-circumstances">
          {t('contact.planning.stepCircumstances')}
        </h2>
        {data.readiness ? (
          <Paragraph className="muted">
            {t('contact.planning.readinessUsed', {
              result: t(`contact.enums.readinessResult.${data.readiness.result}`),
              date: formatDateTime(data.readiness.recordedAt),
            })}
          </Paragraph>
        ) : null}
        <CircumstancesFields prefix={PREFIX} draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={{ ...adviceErrors.fields, ...save.errors.fields }} />
        <FormError errors={adviceErrors} fieldIds={ids} />
        <ButtonGroup>
          <Button onClick={showAdvice} busy={adviceBusy}>
            {t('contact.planning.showAdvice')}
          </Button>
        </ButtonGroup>
        <p className="utrecht-paragraph muted" role="status">
          {adviceBusy ? t('contact.planning.adviceLoading') : adviceWanted ? t('contact.planning.adviceFollows') : ''}
        </p>
      </section>

      {currentAdvice ? <AdvicePanel advice={currentAdvice} stale={adviceStale} /> : null}

      <section className="planning-step" aria-labelledby="step-choice">
        <h2 className="utrecht-heading-2" id="step-choice">
          {t('contact.planning.stepChoice')}
        </h2>
        <Paragraph>{t('contact.planning.choiceIntro')}</Paragraph>
        <ContactFormChoice id={ids.contactForm ?? ''} name={`${PREFIX}-contactForm`} value={contactForm} onChange={chooseForm} advice={currentAdvice} error={save.errors.fields.contactForm} />
        {askReason ? (
          <ChoiceReasonFields
            prefix={PREFIX}
            deviations={deviations}
            codes={reasonCodes}
            onCodes={setReasonCodes}
            text={reasonText}
            onText={setReasonText}
            errors={save.errors.fields}
          />
        ) : null}
        <ChannelField id={ids.channelId ?? ''} form={contactForm} channels={data.channels} value={channelId} onChange={setChannelId} error={save.errors.fields.channelId} />
      </section>

      <section className="planning-step" aria-labelledby="step-appointment">
        <h2 className="utrecht-heading-2" id="step-appointment">
          {t('contact.planning.stepAppointment')}
        </h2>
        <TextField
          id={ids.plannedAt}
          type="datetime-local"
          label={t('contact.planning.plannedAt')}
          description={t('contact.planning.plannedAtHint', { days: officeDays, start: settings.officeStart, end: settings.officeEnd, hours: settings.minLeadHours })}
          required
          value={plannedAt}
          onChange={setPlannedAt}
          error={save.errors.fields.plannedAt}
        />
        <TextField
          id={ids.durationMinutes}
          type="number"
          min={5}
          max={600}
          step={5}
          inputMode="numeric"
          inputClassName="number-input"
          label={t('contact.planning.duration')}
          required
          value={duration}
          onChange={setDuration}
          error={save.errors.fields.durationMinutes}
        />
        <TextField
          id={ids.location}
          label={t('contact.planning.location')}
          description={contactForm === 'physical' ? t('contact.planning.locationHintPhysical') : t('contact.planning.locationHint')}
          value={location}
          onChange={setLocation}
          error={save.errors.fields.location}
        />
        <ParticipantsFields prefix={PREFIX} rows={rows} onRows={setRows} errors={save.errors.fields} employerName={employer ? employer.contactPerson ?? employer.name : null} />
        {data.client.companionWanted ? <Paragraph className="muted">{t('contact.planning.companionWanted')}</Paragraph> : null}
        {data.client.interpreterNeeded ? <Paragraph className="muted">{t('contact.planning.interpreterNeeded')}</Paragraph> : null}
        <TextAreaField
          id={ids.mitigations}
          label={t('contact.planning.mitigations')}
          description={t('contact.planning.mitigationsHint')}
          value={mitigations}
          onChange={setMitigations}
          error={save.errors.fields.mitigations}
        />
        <TextAreaField id={ids.note} label={t('contact.planning.note')} value={note} onChange={setNote} error={save.errors.fields.note} />
      </section>

      {contactForm === 'video' ? (
        <section className="planning-step" aria-labelledby="step-consent">
          <h2 className="utrecht-heading-2" id="step-consent">
            {t('contact.consent.title')}
          </h2>
          <Paragraph>{t('contact.consent.intro')}</Paragraph>
          {data.privacyNotice ? (
            <>
              <Checkbox
                id={ids.videoConsent}
                label={t('contact.planning.consentNow')}
                description={t('contact.planning.consentNowHint')}
                checked={consentNow}
                onChange={setConsentNow}
                error={save.errors.fields.videoConsent}
              />
              {consentNow ? (
                <Fieldset legend={t('contact.consent.recordLegend')}>
                  <ConsentFields
                    prefix={PREFIX}
                    pathPrefix="videoConsent."
                    notice={data.privacyNotice}
                    draft={consent}
                    onChange={(patch) => setConsent((c) => ({ ...c, ...patch }))}
                    errors={save.errors.fields}
                  />
                </Fieldset>
              ) : null}
            </>
          ) : (
            <Alert type="warning">{t('contact.consent.noNotice')}</Alert>
          )}
        </section>
      ) : null}

      <section className="planning-step" aria-labelledby="step-invitation">
        <h2 className="utrecht-heading-2" id="step-invitation">
          {t('contact.planning.stepInvitation')}
        </h2>
        <Checkbox
          id={ids.sendInvitation}
          label={t('contact.planning.sendInvitation')}
          description={
            !data.client.hasEmail
              ? t('contact.planning.sendInvitationNoEmail')
              : contactForm === 'video' && !consentNow
                ? t('contact.planning.sendInvitationAfterConsent')
                : t('contact.planning.sendInvitationHint')
          }
          checked={sendInvitation}
          onChange={setSendInvitation}
          error={save.errors.fields.sendInvitation}
        />
      </section>

      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('contact.planning.submit')}
        </Button>
        <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}`}>
          {t('common.cancel')}
        </Link>
      </ButtonGroup>
    </form>
  );
}
