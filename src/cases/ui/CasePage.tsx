// One case (dossier) on one page: summary, then sections with headings.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CasePage as CasePageData } from '../../web/api-types';
import { Alert, PageHeading, Paragraph } from '../../web/components';
import { NotFoundPage } from '../../web/pages/NotFoundPage';
import { AssignmentSection } from './AssignmentSection';
import { CaseSummaryBar } from './CaseSummaryBar';
import { ClientSection } from './ClientSection';
import { ContactsSection } from './ContactsSection';
import { DeadlinesSection } from './DeadlinesSection';
import { DocumentsSection } from './DocumentsSection';
import { NotesSection } from './NotesSection';
import { PartiesSection } from './PartiesSection';
import { SharesSection } from './SharesSection';
import { TimelineSection } from './TimelineSection';
import { useCase } from './useCase';
import { isApiError } from '../../web/api';
import { DecisionLogSection } from '../../contact/ui/DecisionLogSection';
import { JustificationSection } from '../../contact/ui/JustificationSection';
import { ReadinessSection } from '../../contact/ui/ReadinessSection';
import { PortalSection } from '../../portal/staff-ui/PortalSection';
import { ConversationSection } from '../../conversation/ui/ConversationSection';
import { WageValueSection } from '../../capacity/ui/WageValueSection';
import { CapacitySection } from '../../capacity/ui/CapacitySection';
import { JudgementSection } from '../../judgement/ui/JudgementSection';
import { SourcesSection } from '../../judgement/catalogue-ui/SourcesSection';
import { ReportSection } from '../../report/ui/ReportSection';

const SECTIONS = ['client', 'parties', 'assignment', 'deadlines', 'contacts', 'readiness', 'portal', 'conversation', 'capacity', 'judgement', 'wage-value', 'report', 'sources', 'justification', 'contact-decisions', 'documents', 'notes', 'shares', 'timeline'] as const;
type SectionId = (typeof SECTIONS)[number];
/** Sections of the contact-form capability take their names from its own catalogue. */
const SECTION_LABELS: Partial<Record<SectionId, string>> = {
  readiness: 'contact.readiness.title',
  portal: 'portalStaff.section.title',
  conversation: 'conversation.section.title',
  capacity: 'capacity.section.title',
  judgement: 'judgement.section.title',
  'wage-value': 'wageValue.section.title',
  report: 'report.section.title',
  sources: 'sources.section.title',
  justification: 'contact.justification.title',
  'contact-decisions': 'contact.decisions.title',
};

function visible(id: SectionId, p: CasePageData['permissions'], legalContext?: string): boolean {
  switch (id) {
    // Wage value and subsidy (issue 6): Participatiewet cases, for the labour expert working on the case.
    case 'wage-value':
      return legalContext === 'participatiewet' && Boolean(p.canWorkWageValue);
    case 'shares':
      return p.canShare;
    // Digital readiness is recorded by professionals and office staff, with or for the client.
    case 'readiness':
      return p.canSeeProfessional || p.canPlanContact;
    // Portal links are sent like invitations: by the case's professionals and office staff.
    case 'portal':
      return p.canPlanContact;
    // Gezien & Gehoord (compass, reports, evaluations) is the labour expert's professional work.
    case 'conversation':
    // The justification and the decision log carry the professional's reasoning.
    case 'justification':
    case 'contact-decisions':
      return p.canSeeProfessional;
    // Belastbaarheid en belasting (issue 6): the labour expert's own weighing on the case.
    case 'capacity':
      return Boolean(p.canWorkCapacity);
    // Analyse en advies (issue 7): sources, schemas, hypotheses and the advice, the labour expert's own work.
    case 'judgement':
      return Boolean(p.canWorkJudgement);
    // The sources not marked professional-only (issue 7): office staff and the case's professionals.
    case 'sources':
      return Boolean(p.canReadSources);
    // The report (issue 8): the labour expert writes it; office staff see the final ones to send them.
    case 'report':
      return Boolean(p.canWorkReport || p.canSendReport);
    default:
      return true;
  }
}

export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const query = useCase(caseId);
  const professional = Boolean(query.data?.permissions.canSeeProfessional);

  if (query.isError && isApiError(query.error) && (query.error.code === 'not_found' || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  const data = query.data;
  return (
    <div className="page">
      <PageHeading>{data ? t('cases.page.title', { reference: data.reference, name: data.client.fullName }) : t('cases.page.loadingTitle')}</PageHeading>
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {data ? (
        <>
          <CaseSummaryBar data={data} />
          <nav className="section-nav" aria-label={t('cases.page.sectionsNav')}>
            <ul className="section-nav__list">
              {SECTIONS.filter((id) => visible(id, data.permissions, data.assignment.legalContext)).map((id) => (
                <li key={id}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const heading = document.getElementById(`${id}-heading`);
                      heading?.scrollIntoView({ block: 'start' });
                      heading?.focus();
                    }}
                  >
                    {t(SECTION_LABELS[id] ?? `cases.sections.${id}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <ClientSection data={data} />
          <PartiesSection data={data} />
          <AssignmentSection data={data} />
          <DeadlinesSection data={data} />
          <ContactsSection data={data} />
          {visible('readiness', data.permissions) ? <ReadinessSection caseId={data.id} canRecord={data.permissions.canPlanContact} /> : null}
          {visible('portal', data.permissions) ? <PortalSection caseId={data.id} /> : null}
          {visible('conversation', data.permissions) ? <ConversationSection caseId={data.id} contacts={data.contacts} /> : null}
          {visible('capacity', data.permissions) ? <CapacitySection caseId={data.id} /> : null}
          {visible('judgement', data.permissions) ? <JudgementSection caseId={data.id} /> : null}
          {visible('wage-value', data.permissions, data.assignment.legalContext) ? <WageValueSection caseId={data.id} /> : null}
          {visible('report', data.permissions) ? <ReportSection caseId={data.id} canWork={Boolean(data.permissions.canWorkReport)} /> : null}
          {visible('sources', data.permissions) ? <SourcesSection caseId={data.id} canWorkJudgement={Boolean(data.permissions.canWorkJudgement)} /> : null}
          {professional ? <JustificationSection caseId={data.id} /> : null}
          {professional ? <DecisionLogSection caseId={data.id} /> : null}
          <DocumentsSection data={data} />
          <NotesSection data={data} />
          {data.permissions.canShare ? <SharesSection data={data} /> : null}
          <TimelineSection data={data} />
        </>
      ) : null}
    </div>
  );
}
