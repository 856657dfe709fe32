// One case (dossier) on one page: summary, then sections with headings.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
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

const SECTIONS = ['client', 'parties', 'assignment', 'deadlines', 'contacts', 'documents', 'notes', 'shares', 'timeline'] as const;

export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const query = useCase(caseId);

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
              {SECTIONS.filter((id) => id !== 'shares' || data.permissions.canShare).map((id) => (
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
                    {t(`cases.sections.${id}`)}
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
          <DocumentsSection data={data} />
          <NotesSection data={data} />
          {data.permissions.canShare ? <SharesSection data={data} /> : null}
          <TimelineSection data={data} />
        </>
      ) : null}
    </div>
  );
}
