/** @jsxImportSource preact */
// Home: a greeting, who the labour expert is, and for the client what asks for something first
// (reports ready to check, conversations to evaluate), then the appointments (coming first, then earlier
// ones), the readiness check for video, "Ons gesprek" and the information the labour expert uses. The
// employer's door shows no client data: only the reports shared with them. Once the final report was
// sent to the client, "Uw eindrapport" comes first, with a download per delivery (issue 8).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PortalClient } from './api';
import { LoadFailed, Ltr, Name, Screen, Status, Tpl, focusId, useT } from './components';
import { downloadProblemKey, finalReportOpen, finalReportPath, homeSections, isDraftReport, pendingEvaluations, reportName, reportStateKey } from './conversation';
import { FORM_KEYS, STATE_KEYS, canStatePreference, formatDate, formatDuration, formatNumber, formatTime, isOpenVideoContact } from './format';
import { errorText, isPortalError } from './messages';
import type { TextKey, Translator } from './texts';
import type { ContactForm, EvaluationItem, FinalReport, Loaded, PortalContact, PortalSession, ReportSummary, PortalDocument } from './types';

/** How the conversation takes place, in words; with the place for a meeting on location. */
export function formText(contact: Pick<PortalContact, 'form' | 'location'>, tr: Translator): ComponentChildren {
  if (contact.form === 'physical' && contact.location) return <Tpl k="formPhysicalAt" parts={{ location: <Name>{contact.location}</Name> }} />;
  return tr.t(FORM_KEYS[contact.form]);
}

/** The facts of one appointment as a description list. */
export function ContactFacts({ contact, withDate }: { contact: PortalContact; withDate?: boolean }) {
  const tr = useT();
  const rows: Array<[string, ComponentChildren]> = [];
  if (withDate) rows.push([tr.t('labelDate'), formatDate(contact.plannedAt, tr.language)]);
  rows.push(
    [tr.t('labelTime'), tr.t('timeValue', { time: formatTime(contact.plannedAt, tr.language) })],
    [tr.t('labelDuration'), formatDuration(contact.durationMinutes, tr.language)],
    [tr.t('labelForm'), formText(contact, tr)],
    [tr.t('labelState'), tr.t(STATE_KEYS[contact.state])],
  );
  if (contact.expertName) rows.push([tr.t('labelWith'), contact.expertName]);
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div class="fact" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ContactItem({ contact, now, onOpen }: { contact: PortalContact; now: number; onOpen?: (id: string) => void }) {
  const tr = useT();
  const headingId = `contact-${contact.id}`;
  const consent = contact.form === 'video' && contact.video ? contact.video.consent : undefined;
  return (
    <li class={contact.state === 'cancelled' ? 'card card--cancelled' : 'card'}>
      <h4 id={headingId} class="card-title">{formatDate(contact.plannedAt, tr.language)}</h4>
      <ContactFacts contact={contact} />
      {contact.preference ? <p class="card-note">{tr.t('listPreference', { form: tr.t(FORM_KEYS[contact.preference.form]) })}</p> : null}
      {consent !== undefined && contact.state === 'planned' ? (
        <p class="card-note">{tr.t(consent ? 'listConsentYes' : 'listConsentNo')}</p>
      ) : null}
      {onOpen && (canStatePreference(contact, now) || isOpenVideoContact(contact, now)) ? (
        <button type="button" class="button" aria-describedby={headingId} onClick={() => onOpen(contact.id)}>
          {tr.t('openContact')}
        </button>
      ) : null}
    </li>
  );
}

/** Documents the labour expert shared with this person: a download each (the same bytes as in the case file). */
function DocumentsSection({ documents, onRetry }: { documents: Loaded<PortalDocument[]>; onRetry: () => void }) {
  const tr = useT();
  return (
    <section class="panel" aria-labelledby="documents-title">
      <h2 id="documents-title">{tr.t('documentsTitle')}</h2>
      {documents.state === 'loading' ? <p class="busy">{tr.t('loading')}</p> : null}
      {documents.state === 'failed' ? <LoadFailed text={tr.t('documentsFailed')} error={documents.error} onRetry={onRetry} /> : null}
      {documents.state === 'ready' && documents.value.length === 0 ? <p>{tr.t('documentsNone')}</p> : null}
      {documents.state === 'ready' && documents.value.length > 0 ? (
        <ul class="cards">
          {documents.value.map((doc) => (
            <li class="card" key={doc.id}>
              <a class="button" href={`/api/portal/documents/${encodeURIComponent(doc.id)}/content`} download={doc.fileName}>
                <Tpl k="documentDownload" parts={{ name: <Ltr wrap>{doc.fileName}</Ltr> }} />
              </a>
              <p class="card-note">{tr.t('documentShared', { date: formatDate(doc.sharedAt, tr.language) })}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/**
 * Saves a downloaded file under its name (a link to the file's bytes in memory, clicked once). A
 * download through fetch, not a plain link, so that a refused one (expired, not this reader's) is said
 * on the page in words instead of ending in a broken download.
 */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function FinalReportItem({ item, client, now }: { item: FinalReport; client: PortalClient; now: number }) {
  const tr = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const headingId = `final-${item.id}`;
  const path = finalReportPath(item.id);
  // A refusal in words: expired (the link is then gone too) or not this reader's; anything else as usual.
  const refused = failure === null ? null : downloadProblemKey(isPortalError(failure) ? failure : null);
  const expired = refused === 'finalExpired' || !finalReportOpen(item, now);

  async function download(event: MouseEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const file = await client.finalReportFile(path);
      saveFile(file.blob, file.fileName ?? `rapport-v${item.version}.pdf`);
    } catch (error) {
      setFailure(error);
      // The link goes away with an expired one: the message takes the focus it had.
      if (downloadProblemKey(isPortalError(error) ? error : null) === 'finalExpired') focusId(`${headingId}-error`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="card">
      <h3 id={headingId} class="card-title">
        {tr.t('finalItem', { number: formatNumber(item.version, tr.language), date: formatDate(item.sentAt, tr.language) })}
      </h3>
      {expired ? null : (
        <>
          <a class="button button--primary" href={path} download aria-describedby={headingId} onClick={(event) => void download(event)}>
            {tr.t('finalDownload')}
          </a>
          <p class="card-note">{tr.t('finalUntil', { date: formatDate(item.expiresAt, tr.language), time: formatTime(item.expiresAt, tr.language) })}</p>
        </>
      )}
      {expired && refused !== 'finalExpired' ? <p class="card-note important">{tr.t('finalExpired')}</p> : null}
      <Status text={busy ? tr.t('finalDownloading') : null} />
      {failure !== null ? (
        <p class="alert" role="alert" id={`${headingId}-error`} tabIndex={-1}>
          <span class="visually-hidden">{tr.t('errorPrefix')} </span>
          {refused ? tr.t(refused) : errorText(failure, tr)}
        </p>
      ) : null}
    </li>
  );
}

/** "Uw eindrapport": the final report as sent to the client, each delivery with its download and until when it works. */
function FinalReportsSection({ items, client, now, onRetry }: { items: Loaded<FinalReport[]>; client: PortalClient; now: number; onRetry: () => void }) {
  const tr = useT();
  return (
    <section class="panel" aria-labelledby="final-title">
      <h2 id="final-title">{tr.t('finalTitle')}</h2>
      {items.state === 'failed' ? <LoadFailed text={tr.t('finalFailed')} error={items.error} onRetry={onRetry} /> : null}
      {items.state === 'ready' && items.value.length > 0 ? (
        <>
          <p>{tr.t('finalIntro')}</p>
          <ul class="cards">
            {items.value.map((item) => <FinalReportItem key={item.id} item={item} client={client} now={now} />)}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function ReportsSection({ reports, onOpen, onRetry }: { reports: Loaded<ReportSummary[]>; onOpen: (id: string) => void; onRetry: () => void }) {
  const tr = useT();
  return (
    <section class="panel" aria-labelledby="reports-title">
      <h2 id="reports-title">{tr.t('reportsTitle')}</h2>
      {reports.state === 'loading' ? <p class="busy">{tr.t('loading')}</p> : null}
      {reports.state === 'failed' ? <LoadFailed text={tr.t('reportsFailed')} error={reports.error} onRetry={onRetry} /> : null}
      {reports.state === 'ready' && reports.value.length === 0 ? <p>{tr.t('reportsNone')}</p> : null}
      {reports.state === 'ready' && reports.value.length > 0 ? (
        <ul class="cards">
          {reports.value.map((report) => {
            const headingId = `report-${report.id}`;
            return (
              <li class={report.canReact ? 'card card--asks-action' : 'card'} key={report.id}>
                <h3 id={headingId} class="card-title">{isDraftReport(report) ? reportName(report, tr.t) : <Name>{report.title}</Name>}</h3>
                <dl class="facts">
                  <div class="fact">
                    <dt>{tr.t('labelVersion')}</dt>
                    <dd>{formatNumber(report.latestVersion, tr.language)}</dd>
                  </div>
                  <div class="fact">
                    <dt>{tr.t('labelState')}</dt>
                    <dd class={report.canReact ? 'state-asks-action' : undefined}>{tr.t(reportStateKey(report))}</dd>
                  </div>
                </dl>
                <button type="button" class={report.canReact ? 'button button--primary' : 'button'} aria-describedby={headingId} onClick={() => onOpen(report.id)}>
                  {tr.t(isDraftReport(report) ? (report.canReact ? 'draftOpenCheck' : 'draftOpen') : report.canReact ? 'reportOpenCheck' : 'reportOpen')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

function EvaluationsSection({ items, onOpen }: { items: EvaluationItem[]; onOpen: (contactId: string) => void }) {
  const tr = useT();
  return (
    <section class="panel" aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">{tr.t('evalTitle')}</h2>
      <p>{tr.t('evalHomeText')}</p>
      <ul class="cards">
        {items.map((item) => {
          const headingId = `evaluation-${item.contactId}`;
          const form = FORM_KEYS[item.form as ContactForm] as TextKey | undefined;
          return (
            <li class="card card--asks-action" key={item.contactId}>
              <h3 id={headingId} class="card-title">{tr.t('evalHomeItem', { date: formatDate(item.heldAt, tr.language) })}</h3>
              {form ? <p class="card-note">{tr.t(form)}</p> : null}
              <button type="button" class="button button--primary" aria-describedby={headingId} onClick={() => onOpen(item.contactId)}>
                {tr.t('evalHomeOpen')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function WorksheetSection({ onOpen }: { onOpen: () => void }) {
  const tr = useT();
  return (
    <section class="panel" aria-labelledby="worksheet-title">
      <h2 id="worksheet-title">{tr.t('worksheetTitle')}</h2>
      <p>{tr.t('worksheetHomeText')}</p>
      <button type="button" class="button" onClick={onOpen}>{tr.t('worksheetHomeOpen')}</button>
    </section>
  );
}

/** The readiness check for video: always in the same place, whether answered or not (one simple home). */
function ReadinessSection({ onOpen }: { onOpen: () => void }) {
  const tr = useT();
  return (
    <section class="panel" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{tr.t('readinessTitle')}</h2>
      <p>{tr.t('readinessHomeText')}</p>
      <button type="button" class="button" onClick={onOpen}>{tr.t('readinessHomeOpen')}</button>
    </section>
  );
}

/** "Welke informatie gebruikt de arbeidsdeskundige?": the way to the list (client only). */
function SourcesSection({ onOpen }: { onOpen: () => void }) {
  const tr = useT();
  return (
    <section class="panel" aria-labelledby="sources-title">
      <h2 id="sources-title">{tr.t('sourcesTitle')}</h2>
      <p>{tr.t('sourcesHomeText')}</p>
      <button type="button" class="button" onClick={onOpen}>{tr.t('sourcesHomeOpen')}</button>
    </section>
  );
}

function AppointmentsSection({ contacts, now, onOpen }: { contacts: { upcoming: PortalContact[]; past: PortalContact[] } | null; now: number; onOpen: (id: string) => void }) {
  const tr = useT();
  return (
    <section class="panel" aria-labelledby="appointments-title">
      <h2 id="appointments-title">{tr.t('appointmentsTitle')}</h2>
      {contacts === null ? (
        <p class="busy">{tr.t('loading')}</p>
      ) : (
        <>
          <h3>{tr.t('upcomingTitle')}</h3>
          {contacts.upcoming.length ? (
            <ul class="cards">
              {contacts.upcoming.map((c) => <ContactItem key={c.id} contact={c} now={now} onOpen={onOpen} />)}
            </ul>
          ) : (
            <p>{tr.t('noUpcoming')}</p>
          )}
          <h3>{tr.t('pastTitle')}</h3>
          {contacts.past.length ? (
            <ul class="cards">
              {contacts.past.map((c) => <ContactItem key={c.id} contact={c} now={now} />)}
            </ul>
          ) : (
            <p>{tr.t('noPast')}</p>
          )}
        </>
      )}
    </section>
  );
}

export function HomeScreen(props: {
  session: PortalSession;
  contacts: { upcoming: PortalContact[]; past: PortalContact[] } | null;
  reports: Loaded<ReportSummary[]>;
  documents: Loaded<PortalDocument[]>;
  evaluations: Loaded<EvaluationItem[]>;
  finalReports: Loaded<FinalReport[]>;
  client: PortalClient;
  now: number;
  onOpen: (id: string) => void;
  onOpenReport: (id: string) => void;
  onOpenWorksheet: () => void;
  onOpenReadiness: () => void;
  onOpenSources: () => void;
  onOpenEvaluation: (contactId: string) => void;
  onRetryReports: () => void;
}) {
  const { session, contacts, now, reports } = props;
  const tr = useT();
  const title = session.name ? tr.t('homeTitle', { name: session.name }) : tr.t('homeTitlePlain');
  const heading = session.name ? <Tpl k="homeTitle" parts={{ name: <Name>{session.name}</Name> }} /> : undefined;
  const expert = session.expertName;
  const organisation = session.organisationName;
  const names = { expert: <Name>{expert}</Name>, organisation: <Name>{organisation}</Name> };
  const intro = session.audience === 'employer'
    ? organisation ? <Tpl k="homeOrg" parts={names} /> : null
    : expert && organisation
      ? <Tpl k="homeExpertOrg" parts={names} />
      : expert
        ? <Tpl k="homeExpert" parts={names} />
        : organisation
          ? <Tpl k="homeOrg" parts={names} />
          : null;

  const pending = props.evaluations.state === 'ready' ? pendingEvaluations(props.evaluations.value) : [];
  const toCheck = reports.state === 'ready' ? reports.value.filter((r) => r.canReact).length : 0;
  // A list that could not load is said (with "Opnieuw proberen"), as if it had something to show.
  const finals = props.finalReports.state === 'ready' ? props.finalReports.value.length : props.finalReports.state === 'failed' ? 1 : 0;
  const sections = homeSections(session.audience, { reportsToCheck: toCheck, pendingEvaluations: pending.length, finalReports: finals });

  return (
    <Screen id="home" title={title} heading={heading}>
      {intro ? <p class="lead">{intro}</p> : null}
      {session.audience === 'employer' ? <p>{tr.t('homeEmployerIntro')}</p> : null}
      {sections.map((section) => {
        switch (section) {
          case 'finalReports':
            return <FinalReportsSection key={section} items={props.finalReports} client={props.client} now={now} onRetry={props.onRetryReports} />;
          case 'reports':
            return <ReportsSection key={section} reports={reports} onOpen={props.onOpenReport} onRetry={props.onRetryReports} />;
          case 'evaluations':
            return <EvaluationsSection key={section} items={pending} onOpen={props.onOpenEvaluation} />;
          case 'appointments':
            return <AppointmentsSection key={section} contacts={contacts} now={now} onOpen={props.onOpen} />;
          case 'readiness':
            return <ReadinessSection key={section} onOpen={props.onOpenReadiness} />;
          case 'worksheet':
            return <WorksheetSection key={section} onOpen={props.onOpenWorksheet} />;
          case 'sources':
            return <SourcesSection key={section} onOpen={props.onOpenSources} />;
          case 'documents':
            return <DocumentsSection key={section} documents={props.documents} onRetry={props.onRetryReports} />;
        }
      })}
    </Screen>
  );
}
