// The decision log of a case (beslislog contactvorm): every advice shown, every choice and every
// choice against the advice, with the reasons. Append-only on the server; here read-only.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTACT_FORMS } from '../../cases/domain';
import { CaseSection } from '../../cases/ui/Section';
import { enumLabel } from '../../cases/ui/labels';
import { Alert, Badge, DataTable, Paragraph } from '../../web/components';
import { formatDateTime } from '../../web/format';
import type { Decision } from './api';
import { contactLabel } from './controls';
import { useDecisionLog } from './hooks';

/** The strength per form stored with an advice entry, as "Fysiek: noodzakelijk; …". */
function adviceSummary(t: ReturnType<typeof useTranslation>['t'], advice: Record<string, unknown>): string {
  const forms = advice.forms;
  if (typeof forms !== 'object' || forms === null) return '';
  return CONTACT_FORMS.map((form) => {
    const entry = (forms as Record<string, unknown>)[form];
    const strength = typeof entry === 'object' && entry !== null ? (entry as { strength?: unknown }).strength : undefined;
    return `${t(`enums.contactForm.${form}`)}: ${t(`contact.enums.strength.${typeof strength === 'string' ? strength : 'none'}`)}`;
  }).join('; ');
}

function DecisionWhat({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const summary = adviceSummary(t, decision.advice);
  return (
    <>
      <span className="decision__kind">{contactLabel(t, 'decisionKind', decision.kind)}</span>
      {decision.chosenForm ? (
        <span className="cell-hint">
          {t('contact.decisions.chosen', { form: t(`enums.contactForm.${decision.chosenForm}`) })}
          {decision.againstAdvice ? (
            <>
              {' '}
              <Badge tone="warning">{t('contact.decisions.againstAdvice')}</Badge>
            </>
          ) : null}
        </span>
      ) : null}
      {summary ? <span className="cell-hint">{t('contact.decisions.advice', { summary })}</span> : null}
    </>
  );
}

function DecisionWhy({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  if (decision.reasonCodes.length === 0 && !decision.reasonText) return <span className="muted">{t('contact.decisions.noReason')}</span>;
  return (
    <>
      {decision.reasonCodes.length > 0 ? <span>{decision.reasonCodes.map((code) => contactLabel(t, 'choiceReasonCode', code)).join(', ')}</span> : null}
      {decision.reasonText ? <span className="cell-hint pre-line">{decision.reasonText}</span> : null}
    </>
  );
}

/** A table of decision-log entries; `caseId` adds a link to each entry's contact. */
export function DecisionTable({ decisions, caption, caseId }: { decisions: readonly Decision[]; caption: string; caseId?: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      rows={decisions}
      rowKey={(decision) => decision.id}
      columns={[
        {
          key: 'when',
          header: t('contact.decisions.when'),
          cell: (decision) => (
            <>
              {formatDateTime(decision.at)}
              <span className="cell-hint">{decision.actor}</span>
              {caseId && decision.contactId ? (
                <span className="cell-hint">
                  <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}/contacten/${encodeURIComponent(decision.contactId)}`}>
                    {t('contact.decisions.openContact')}
                    {typeof decision.circumstances.activity === 'string' ? (
                      <span className="visually-hidden">: {enumLabel(t, 'activityType', decision.circumstances.activity)}</span>
                    ) : null}
                  </Link>
                </span>
              ) : null}
            </>
          ),
        },
        { key: 'what', header: t('contact.decisions.what'), cell: (decision) => <DecisionWhat decision={decision} /> },
        { key: 'why', header: t('contact.decisions.why'), cell: (decision) => <DecisionWhy decision={decision} /> },
        { key: 'ruleSet', header: t('contact.decisions.ruleSet'), cell: (decision) => decision.ruleSetVersion },
      ]}
    />
  );
}

export function DecisionLogSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useDecisionLog(caseId);
  const items = query.data?.items ?? [];
  return (
    <CaseSection id="contact-decisions" title={t('contact.decisions.title')}>
      <Paragraph>{t('contact.decisions.intro')}</Paragraph>
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {query.isSuccess && items.length === 0 ? <Paragraph className="muted">{t('contact.decisions.empty')}</Paragraph> : null}
      {items.length > 0 ? <DecisionTable decisions={items} caption={t('contact.decisions.caption')} caseId={caseId} /> : null}
    </CaseSection>
  );
}
