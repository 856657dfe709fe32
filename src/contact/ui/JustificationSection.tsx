// Verantwoording contactvorm (seed 000 P7): every contact of the case with its form, why that form,
// consent, the client's say, mitigations, how it went, and any physical follow-up; plus a summary.
// The same content the report takes from the API.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseSection } from '../../cases/ui/Section';
import { enumLabel } from '../../cases/ui/labels';
import { Alert, Badge, DataList, DataTable, Heading, Paragraph } from '../../web/components';
import { formatDateTime } from '../../web/format';
import type { JustificationEntry } from './api';
import { contactLabel, StrengthBadge } from './controls';
import { useJustification } from './hooks';

function Lines({ children }: { children: ReactNode }) {
  return <span className="justification__lines">{children}</span>;
}

function Why({ entry }: { entry: JustificationEntry }) {
  const { t } = useTranslation();
  return (
    <Lines>
      {entry.advice ? (
        <span>
          {t('contact.justification.adviceWas')} <StrengthBadge strength={entry.advice.strength} />
          {entry.advice.ruleIds.length > 0 ? <span className="cell-hint">{t('contact.justification.rules', { rules: entry.advice.ruleIds.join(', ') })}</span> : null}
        </span>
      ) : (
        <span className="muted">{t('contact.justification.noAdvice')}</span>
      )}
      {entry.againstAdvice ? (
        <span>
          <Badge tone="warning">{t('contact.justification.deviates')}</Badge>
        </span>
      ) : null}
      {entry.reasonCodes.length > 0 ? <span>{entry.reasonCodes.map((code) => contactLabel(t, 'choiceReasonCode', code)).join(', ')}</span> : null}
      {entry.reasonText ? <span className="pre-line">{entry.reasonText}</span> : null}
      {/* After a change of form, every earlier choice stays visible with its own reasons. */}
      {entry.choices.length > 1
        ? entry.choices.map((choice) => (
            <span key={`${choice.kind}-${choice.at}`} className="cell-hint">
              {t(choice.kind === 'form_chosen' ? 'contact.justification.chosenAs' : 'contact.justification.changedTo', {
                form: t(`enums.contactForm.${choice.form}`),
                date: formatDateTime(choice.at),
              })}
              {choice.reasonCodes.length > 0 ? ` (${choice.reasonCodes.map((code) => contactLabel(t, 'choiceReasonCode', code)).join(', ')})` : ''}
              {choice.reasonText ? `: ${choice.reasonText}` : ''}
            </span>
          ))
        : null}
    </Lines>
  );
}

function Consent({ entry }: { entry: JustificationEntry }) {
  const { t } = useTranslation();
  if (!entry.consent) return <span className="muted">{entry.form === 'video' ? t('contact.justification.noConsent') : t('contact.justification.notApplicable')}</span>;
  return (
    <Lines>
      <span>{t('contact.justification.consentGiven', { date: formatDateTime(entry.consent.givenAt), method: contactLabel(t, 'consentMethod', entry.consent.method) })}</span>
      <span className="cell-hint">{t('contact.consent.version', { version: entry.consent.privacyNoticeVersion })}</span>
      {entry.consent.withdrawnAt ? (
        <span>
          <Badge tone="danger">{t('contact.justification.withdrawn', { date: formatDateTime(entry.consent.withdrawnAt) })}</Badge>
        </span>
      ) : null}
    </Lines>
  );
}

function Say({ entry }: { entry: JustificationEntry }) {
  const { t } = useTranslation();
  return (
    <Lines>
      {entry.clientPreference ? (
        <span>
          {t('contact.justification.clientPreferred', { form: t(`enums.contactForm.${entry.clientPreference.form}`) })}
          {entry.clientPreference.reason ? ` (${entry.clientPreference.reason})` : ''}{' '}
          {entry.clientPreferenceFollowed === true ? (
            <Badge tone="success">{t('contact.justification.followed')}</Badge>
          ) : entry.clientPreferenceFollowed === false ? (
            <Badge tone="warning">{t('contact.justification.notFollowed')}</Badge>
          ) : null}
        </span>
      ) : (
        <span className="muted">{t('contact.justification.noClientPreference')}</span>
      )}
      {entry.employerPreference ? (
        <span className="cell-hint">
          {t('contact.justification.employerPreferred', { form: t(`enums.contactForm.${entry.employerPreference.form}`) })}
          {entry.employerPreference.reason ? ` (${entry.employerPreference.reason})` : ''}
        </span>
      ) : null}
    </Lines>
  );
}

function Afterwards({ entry }: { entry: JustificationEntry }) {
  const { t } = useTranslation();
  if (!entry.adequacy) return <span className="muted">{entry.state === 'held' ? t('common.notSet') : t('contact.justification.notHeldYet')}</span>;
  return (
    <Lines>
      <span>{contactLabel(t, 'adequacyVerdict', entry.adequacy.verdict)}</span>
      {entry.adequacy.signs.length > 0 ? <span className="cell-hint">{entry.adequacy.signs.map((s) => contactLabel(t, 'inadequacySign', s)).join(', ')}</span> : null}
      {entry.adequacy.note ? <span className="cell-hint pre-line">{entry.adequacy.note}</span> : null}
    </Lines>
  );
}

function FollowUp({ caseId, entry }: { caseId: string; entry: JustificationEntry }) {
  const { t } = useTranslation();
  if (!entry.followUp) return <span className="muted">{t('common.none')}</span>;
  if (!entry.followUp.contactId) return <Badge tone="warning">{t('contact.justification.followUpOpen')}</Badge>;
  return (
    <Lines>
      <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}/contacten/${encodeURIComponent(entry.followUp.contactId)}`}>
        {t('contact.justification.followUpPlanned', { date: formatDateTime(entry.followUp.plannedAt) })}
      </Link>
      <span className="cell-hint">{enumLabel(t, 'contactState', entry.followUp.state)}</span>
    </Lines>
  );
}

export function JustificationSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useJustification(caseId);
  const data = query.data;
  return (
    <CaseSection id="justification" title={t('contact.justification.title')}>
      <Paragraph>{t('contact.justification.intro')}</Paragraph>
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {data ? (
        <>
          <Heading level={3}>{t('contact.justification.summaryTitle')}</Heading>
          <DataList
            items={[
              { key: 'physical', label: t('enums.contactForm.physical'), value: t('contact.justification.count', { count: data.summary.physical }) },
              { key: 'video', label: t('enums.contactForm.video'), value: t('contact.justification.count', { count: data.summary.video }) },
              { key: 'phone', label: t('enums.contactForm.phone'), value: t('contact.justification.count', { count: data.summary.phone }) },
              { key: 'against', label: t('contact.justification.againstAdvice'), value: t('contact.justification.count', { count: data.summary.againstAdvice }) },
              { key: 'open', label: t('contact.justification.openFollowUps'), value: t('contact.justification.count', { count: data.summary.openFollowUps }) },
            ]}
          />
          <Paragraph className="muted">{t('contact.justification.generated', { date: formatDateTime(data.generatedAt) })}</Paragraph>
          {data.entries.length === 0 ? (
            <Paragraph className="muted">{t('contact.justification.empty')}</Paragraph>
          ) : (
            <DataTable
              caption={t('contact.justification.caption')}
              rows={data.entries}
              rowKey={(entry) => entry.contactId}
              columns={[
                {
                  key: 'contact',
                  header: t('contact.justification.contact'),
                  cell: (entry) => (
                    <>
                      <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}/contacten/${encodeURIComponent(entry.contactId)}`}>
                        {enumLabel(t, 'activityType', entry.activity)}
                      </Link>
                      <span className="cell-hint">{formatDateTime(entry.heldAt ?? entry.plannedAt)}</span>
                      <span className="cell-hint">{enumLabel(t, 'contactState', entry.state)}</span>
                    </>
                  ),
                },
                {
                  key: 'form',
                  header: t('contact.justification.form'),
                  cell: (entry) => (
                    <>
                      {enumLabel(t, 'contactForm', entry.form)}
                      {entry.channel ? <span className="cell-hint">{entry.channel}</span> : null}
                    </>
                  ),
                },
                { key: 'why', header: t('contact.justification.why'), cell: (entry) => <Why entry={entry} /> },
                { key: 'consent', header: t('contact.justification.consent'), cell: (entry) => <Consent entry={entry} /> },
                { key: 'say', header: t('contact.justification.say'), cell: (entry) => <Say entry={entry} /> },
                {
                  key: 'mitigations',
                  header: t('contact.justification.mitigations'),
                  cell: (entry) => (entry.mitigations ? <span className="pre-line">{entry.mitigations}</span> : <span className="muted">{t('common.none')}</span>),
                },
                { key: 'afterwards', header: t('contact.justification.afterwards'), cell: (entry) => <Afterwards entry={entry} /> },
                { key: 'followUp', header: t('contact.justification.followUp'), cell: (entry) => <FollowUp caseId={caseId} entry={entry} /> },
              ]}
            />
          )}
        </>
      ) : null}
    </CaseSection>
  );
}
