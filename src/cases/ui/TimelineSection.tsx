// Timeline (tijdlijn): every event newest first, in words: what, details, who and when.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CasePage, TimelineEntry } from '../../web/api-types';
import { Paragraph } from '../../web/components';
import { formatDate, formatDateTime } from '../../web/format';
import { deadlineKeyLabel, enumLabel } from './labels';
import { CaseSection } from './Section';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** "client.full_name" → "Naam" via the form labels of this area. */
function fieldLabel(t: TFunction, path: string): string {
  const [prefix, column] = path.includes('.') ? (path.split('.', 2) as [string, string]) : ['fields', path];
  const name = camel(column);
  return t([`cases.${prefix}.${name}`, `cases.fields.${name}`], { defaultValue: path });
}

/** The detail line of an entry; empty when the kind says it all. */
export function timelineDetails(t: TFunction, entry: TimelineEntry): string {
  const d = entry.details ?? {};
  const parts: string[] = [];
  switch (entry.kind) {
    case 'case_registered':
      if (text(d.reference)) parts.push(text(d.reference)!);
      break;
    case 'case_updated':
      if (Array.isArray(d.fields) && d.fields.length) {
        const labels = [...new Set(d.fields.map((f) => fieldLabel(t, String(f))))];
        parts.push(t('cases.timeline.changedFields', { fields: labels.join(', ') }));
      }
      break;
    case 'status_changed':
    case 'reopened':
      if (text(d.from) && text(d.to)) {
        parts.push(`${enumLabel(t, 'caseStatus', text(d.from))} → ${enumLabel(t, 'caseStatus', text(d.to))}`);
      }
      if (text(d.reason)) parts.push(t('cases.timeline.reason', { reason: text(d.reason) }));
      break;
    case 'contact_planned':
      if (text(d.activityType)) parts.push(enumLabel(t, 'activityType', text(d.activityType)));
      if (text(d.contactForm)) parts.push(enumLabel(t, 'contactForm', text(d.contactForm)).toLocaleLowerCase());
      if (text(d.plannedAt)) parts.push(formatDateTime(text(d.plannedAt)));
      break;
    case 'contact_updated':
      if (text(d.state)) parts.push(enumLabel(t, 'contactState', text(d.state)));
      if (text(d.contactForm)) parts.push(enumLabel(t, 'contactForm', text(d.contactForm)).toLocaleLowerCase());
      if (text(d.heldAt)) parts.push(t('cases.timeline.heldAt', { date: formatDateTime(text(d.heldAt)) }));
      break;
    case 'document_added':
      if (text(d.fileName)) parts.push(text(d.fileName)!);
      if (text(d.documentType)) parts.push(enumLabel(t, 'documentType', text(d.documentType)));
      break;
    // Explicit judgement (issue 7): the source's number and title, the experiment's title, the advice version.
    case 'evidence_recorded':
    case 'evidence_withdrawn':
      if (typeof d.number === 'number') parts.push(`B${d.number}`);
      if (text(d.title)) parts.push(text(d.title)!);
      break;
    case 'experiment_planned':
    case 'checkpoint_recorded':
      if (text(d.title)) parts.push(text(d.title)!);
      if (text(d.nextFeedbackOn)) parts.push(t('cases.timeline.nextFeedback', { date: formatDate(text(d.nextFeedbackOn)!) }));
      break;
    case 'advice_finalised':
      if (typeof d.number === 'number') parts.push(t('cases.timeline.adviceVersion', { number: d.number }));
      if (typeof d.skipped === 'number' && d.skipped > 0) parts.push(t('cases.timeline.questionsSkipped', { count: d.skipped }));
      break;
    // The report (issue 8): its version, template, recipient; never its text.
    case 'report_created':
      if (text(d.template)) parts.push(t('cases.timeline.reportTemplate', { name: text(d.template) }));
      break;
    case 'report_sent_for_check':
      if (typeof d.version === 'number') parts.push(t('cases.timeline.reportVersion', { version: d.version }));
      if (d.withEmployer === true) parts.push(t('cases.timeline.reportWithEmployer'));
      break;
    case 'report_finalised':
      if (typeof d.version === 'number') parts.push(t('cases.timeline.reportVersion', { version: d.version }));
      if (d.withReason === true) parts.push(t('cases.timeline.reportWithReason'));
      break;
    case 'report_corrected':
      if (typeof d.version === 'number') parts.push(t('cases.timeline.reportVersion', { version: d.version }));
      if (text(d.changeNote)) parts.push(t('cases.timeline.reason', { reason: text(d.changeNote) }));
      break;
    case 'report_sent':
    case 'report_opened':
      if (typeof d.version === 'number') parts.push(t('cases.timeline.reportVersion', { version: d.version }));
      if (text(d.name)) parts.push(t('cases.timeline.reportSentTo', { name: text(d.name) }));
      if (text(d.recipient)) parts.push(t(`cases.timeline.reportRecipient.${text(d.recipient)}`, { defaultValue: text(d.recipient) }));
      if (text(d.via)) parts.push(t(`cases.timeline.reportVia.${text(d.via)}`, { defaultValue: text(d.via) }));
      break;
    case 'case_shared':
    case 'share_removed':
      if (text(d.displayName)) parts.push(text(d.displayName)!);
      break;
    case 'deadline_updated':
      if (text(d.key)) parts.push(deadlineKeyLabel(t, text(d.key)!));
      if (typeof d.completed === 'boolean') parts.push(d.completed ? t('cases.timeline.completed') : t('cases.timeline.reopenedDeadline'));
      break;
    case 'party_added':
    case 'party_updated':
    case 'party_removed':
      if (text(d.role)) parts.push(enumLabel(t, 'partyRole', text(d.role)));
      if (text(d.name)) parts.push(text(d.name)!);
      break;
    case 'invitation_sent':
      if (text(d.kind)) parts.push(t(`cases.timeline.mailKind.${text(d.kind)}`, { defaultValue: text(d.kind) }));
      break;
    case 'contact_form_changed':
      if (text(d.from) && text(d.to)) {
        parts.push(`${enumLabel(t, 'contactForm', text(d.from)).toLocaleLowerCase()} → ${enumLabel(t, 'contactForm', text(d.to)).toLocaleLowerCase()}`);
      }
      break;
    case 'call_started':
      if (d.resumed === true) parts.push(t('cases.timeline.callResumed'));
      break;
    case 'call_ended':
    case 'call_switched_to_phone':
      if (Array.isArray(d.roles)) parts.push((d.roles as unknown[]).filter((r): r is string => typeof r === 'string').map((r) => enumLabel(t, 'participantRole', r)).join(', '));
      if (d.everyoneLeft === true) parts.push(t('cases.timeline.callEveryoneLeft'));
      break;
    case 'readiness_recorded':
      if (text(d.result)) parts.push(t(`cases.timeline.readiness.${text(d.result)}`, { defaultValue: text(d.result) }));
      if (d.via === 'portal') parts.push(t('cases.timeline.byClientInPortal'));
      break;
    default:
      break;
  }
  return parts.join(', ');
}

export function TimelineSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const entries = [...data.timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <CaseSection id="timeline" title={t('cases.sections.timeline')}>
      {entries.length === 0 ? (
        <Paragraph className="muted">{t('cases.timeline.empty')}</Paragraph>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => {
            const details = timelineDetails(t, entry);
            return (
              <li className="timeline__item" key={entry.id}>
                <p className="utrecht-paragraph timeline__what">
                  <strong>{t(`cases.timeline.kind.${entry.kind}`, { defaultValue: entry.kind })}</strong>
                  {details ? `: ${details}` : ''}
                </p>
                <p className="utrecht-paragraph timeline__meta">
                  {t('cases.timeline.byAt', {
                    who: entry.actor?.displayName || t('cases.timeline.system'),
                    when: formatDateTime(entry.at),
                  })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </CaseSection>
  );
}
