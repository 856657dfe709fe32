// Plan a contact: state the activity and circumstances, see the advice per form, then choose the
// form with the client, the time, the people and, for video, the consent. Choosing against the
// advice or the client's preference asks for reasons. Advice only: the labour expert decides.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../web/api';
import { Alert, Button, ButtonGroup, Checkbox, Fieldset, FormError, PageHeading, Paragraph, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { NotFoundPage } from '../../web/pages/NotFoundPage';
import { contactApi, type ContactPlanned, type PlanContactBody, type Planning } from './api';
import { AdvicePanel } from './AdvicePanel';
import { appointmentBody, appointmentFieldIds, AppointmentFields, checkAppointment, type AppointmentDraft } from './AppointmentFields';
import {
  checkConsent, choiceFieldIds, ConsentFields, consentFieldIds, FormChoiceFields, newConsentDraft, useFormChoice, type ConsentDraft, type ParticipantRow,
} from './ChoiceFields';
import { circumstanceFieldIds, CircumstancesFields, circumstancesFromDraft, draftFromCircumstances, EMPTY_DRAFT, type CircumstancesDraft } from './CircumstancesFields';
import { useAdvice, useContactAction, usePlanning } from './hooks';
import { proposedAppointment } from './time';

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
  const [appointment, setAppointment] = useState<AppointmentDraft>(() => ({
    plannedAt: proposedAppointment(data.settings),
    durationMinutes: '60',
    location: '',
    mitigations: '',
    note: '',
  }));
  const [rows, setRows] = useState<ParticipantRow[]>(() => initialRows(data));
  const [consentNow, setConsentNow] = useState(false);
  const [consent, setConsent] = useState<ConsentDraft>(newConsentDraft);
  const [sendInvitation, setSendInvitation] = useState(true);
  const save = useContactAction(caseId, (body: PlanContactBody) => contactApi.plan(caseId, body));
  const choice = useFormChoice(data.channels, save.errors, { form: followUpOf ? 'physical' : '', channelId: '' });
  const contactForm = choice.form;

  // ---- advice --------------------------------------------------------------------------------
  const adviceQuery = useAdvice(caseId);
  const { advice, busy: adviceBusy, errors: adviceErrors } = adviceQuery;
  const [adviceWanted, setAdviceWanted] = useState(false);
  const result = useMemo(() => circumstancesFromDraft(t, draft), [t, draft]);
  const currentKey = result.ok ? JSON.stringify(result.value) : null;

  useEffect(() => {
    if (!adviceWanted || !result.ok || !currentKey || advice?.key === currentKey) return;
    const value = result.value;
    const timer = window.setTimeout(() => void adviceQuery.ask(value), ADVICE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // Only the circumstances (their key) decide when to ask again.
  }, [currentKey, adviceWanted]); // eslint-disable-line react-hooks/exhaustive-deps

  function showAdvice() {
    if (!result.ok) {
      adviceQuery.setErrors({ fields: result.fields });
      return;
    }
    setAdviceWanted(true);
    void adviceQuery.ask(result.value, 'advice-heading');
  }

  const currentAdvice = advice?.advice ?? null;
  const adviceStale = Boolean(advice && advice.key !== currentKey);

  // ---- the choice ------------------------------------------------------------------------------
  const employer = data.parties.find((p) => p.role === 'employer');

  function chooseForm(form: string) {
    choice.choose(form);
    if (form !== 'video') setConsentNow(false);
  }

  const ids: Record<string, string> = {
    ...circumstanceFieldIds(PREFIX),
    ...choiceFieldIds(PREFIX),
    sendInvitation: fieldId(PREFIX, 'sendInvitation'),
    videoConsent: fieldId(PREFIX, 'consentNow'),
    followUpOf: fieldId(PREFIX, 'followUp'),
    ...appointmentFieldIds(PREFIX, rows),
    ...consentFieldIds(PREFIX, 'videoConsent.'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!result.ok) Object.assign(fields, result.fields);
    Object.assign(fields, choice.errors(t));
    const { fields: appointmentFields, iso, minutes } = checkAppointment(t, appointment, rows);
    Object.assign(fields, appointmentFields);
    const withConsent = contactForm === 'video' && consentNow && data.privacyNotice;
    const consentCheck = withConsent ? checkConsent(t, consent, 'videoConsent.') : null;
    if (consentCheck) Object.assign(fields, consentCheck.fields);
    const consentIso = consentCheck?.iso ?? null;
    if (!result.ok || Object.keys(fields).length > 0 || !iso) return save.setErrors({ fields });

    // The advice for exactly these circumstances decides whether reasons are needed.
    let adviceNow = advice && advice.key === currentKey ? advice.advice : null;
    if (!adviceNow) {
      setAdviceWanted(true);
      adviceNow = await adviceQuery.ask(result.value);
    }
    const needReason = choice.needsReason(adviceNow);
    if (needReason) {
      const missing = choice.reasonErrors(t);
      if (Object.keys(missing).length) return save.setErrors({ fields: missing });
    }
    const body: PlanContactBody = {
      ...choice.request(needReason),
      circumstances: result.value,
      plannedAt: iso,
      ...appointmentBody(appointment, rows, minutes),
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

      <TitledSection className="planning-step" titleId="step-circumstances" title={t('contact.planning.stepCircumstances')}>
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
      </TitledSection>

      {currentAdvice ? <AdvicePanel advice={currentAdvice} stale={adviceStale} /> : null}

      <TitledSection className="planning-step" titleId="step-choice" title={t('contact.planning.stepChoice')}>
        <Paragraph>{t('contact.planning.choiceIntro')}</Paragraph>
        <FormChoiceFields prefix={PREFIX} choice={choice} advice={currentAdvice} channels={data.channels} errors={save.errors.fields} onChoose={chooseForm} />
      </TitledSection>

      <TitledSection className="planning-step" titleId="step-appointment" title={t('contact.planning.stepAppointment')}>
        <AppointmentFields
          prefix={PREFIX}
          draft={appointment}
          onChange={(patch) => setAppointment((a) => ({ ...a, ...patch }))}
          rows={rows}
          onRows={setRows}
          errors={save.errors.fields}
          plannedAtHint={t('contact.planning.plannedAtHint', { days: officeDays, start: settings.officeStart, end: settings.officeEnd, hours: settings.minLeadHours })}
          locationHint={contactForm === 'physical' ? t('contact.planning.locationHintPhysical') : t('contact.planning.locationHint')}
          employerName={employer ? employer.contactPerson ?? employer.name : null}
        >
          {data.client.companionWanted ? <Paragraph className="muted">{t('contact.planning.companionWanted')}</Paragraph> : null}
          {data.client.interpreterNeeded ? <Paragraph className="muted">{t('contact.planning.interpreterNeeded')}</Paragraph> : null}
        </AppointmentFields>
      </TitledSection>

      {contactForm === 'video' ? (
        <TitledSection className="planning-step" titleId="step-consent" title={t('contact.consent.title')}>
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
        </TitledSection>
      ) : null}

      <TitledSection className="planning-step" titleId="step-invitation" title={t('contact.planning.stepInvitation')}>
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
      </TitledSection>

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
