// Belastbaarheid en belasting (issue 6) for one case, `/dossiers/:caseId/belastbaarheid`: on a
// Poortwachter case the spoor panel first; the FMLs side by side (enter, import, choose the one to
// compare with); the job profiles; per profile a compact chart and the matrix of items × profiles
// with the expert's note and judgement per cell; the conclusion per profile with Passend's questions.
// "Een richting, geen grens" (seed 001): the system questions the expert's judgement, never makes it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../web/api';
import { Alert, Button, Heading, PageHeading, Paragraph, TitledSection } from '../../web/components';
import { NotFoundPage } from '../../web/pages/NotFoundPage';
import { useCase } from '../../cases/ui/useCase';
import { useCapacityPage } from './api';
import { FMLS_HEADING, FmlSection } from './FmlList';
import { MatrixTable } from './MatrixTable';
import { ProfileCharts } from './ProfileChart';
import { ProfileConclusions } from './ProfileConclusion';
import { PROFILES_HEADING, ProfileSection } from './ProfileList';
import { SPOOR_HEADING, SpoorPanel } from './ProfileSpoor';
import './capacity.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MATRIX_HEADING = 'matrix-heading';
const CONCLUSIONS_HEADING = 'conclusions-heading';

export const capacityPath = (caseId: string) => `/dossiers/${encodeURIComponent(caseId)}/belastbaarheid`;

export function CapacityPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const param = search.get('fml');
  const fmlId = param && UUID.test(param) ? param : null;
  const caseQuery = useCase(caseId);
  const page = useCapacityPage(caseId, fmlId);
  const [announcement, setAnnouncement] = useState('');

  if (caseQuery.isError && isApiError(caseQuery.error) && (caseQuery.error.status === 404 || caseQuery.error.status === 400)) return <NotFoundPage />;
  const caseData = caseQuery.data;
  const data = page.data;
  const fml = data?.fmls.find((f) => f.id === data.chosenFmlId);
  const catalogueId = fml?.catalogueId ?? 'shipped';
  const catalogue = data ? (data.catalogues[catalogueId] ?? Object.values(data.catalogues)[0]) : undefined;
  const choose = (id: string | null) => setSearch(id ? { fml: id } : {}, { replace: true });
  const announce = (message: string) => {
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  };
  const parts = [
    ...(data?.spoor ? [{ id: SPOOR_HEADING, label: t('capacity.spoor.title') }] : []),
    { id: FMLS_HEADING, label: t('capacity.fmls.title') },
    { id: PROFILES_HEADING, label: t('capacity.profiles.title') },
    { id: MATRIX_HEADING, label: t('capacity.matrix.title') },
    { id: CONCLUSIONS_HEADING, label: t('capacity.conclusions.title') },
  ];

  return (
    <div className="page capacity-page">
      <PageHeading>{caseData ? t('capacity.page.titleFor', { reference: caseData.reference, name: caseData.client.fullName }) : t('capacity.page.title')}</PageHeading>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}`}>
          {caseData ? t('capacity.page.backToCase', { reference: caseData.reference }) : t('capacity.page.backToCaseShort')}
        </Link>
      </Paragraph>
      <Paragraph className="capacity-intro">{t('capacity.page.intro')}</Paragraph>
      <p className="utrecht-paragraph capacity-announce" role="status">
        {announcement}
      </p>
      {page.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {page.isError ? (
        <Alert type="error">
          <p className="utrecht-paragraph">{page.error.message}</p>
          {fmlId ? (
            <Button variant="secondary" onClick={() => choose(null)}>
              {t('capacity.page.showLatest')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {data && catalogue ? (
        <>
          <nav className="section-nav" aria-label={t('capacity.page.partsNav')}>
            <ul className="section-nav__list">
              {parts.map((part) => (
                <li key={part.id}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${part.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const heading = document.getElementById(part.id);
                      heading?.scrollIntoView({ block: 'start' });
                      heading?.focus();
                    }}
                  >
                    {part.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {!data.open ? <Alert type="info">{t('capacity.page.closed')}</Alert> : null}
          {data.spoor ? <SpoorPanel spoor={data.spoor} profiles={data.profiles} /> : null}
          <FmlSection data={data} catalogue={catalogue} onChoose={choose} announce={announce} />
          <ProfileSection data={data} catalogue={catalogue} catalogueId={catalogueId} announce={announce} />
          <TitledSection titleId={MATRIX_HEADING} focusable title={t('capacity.matrix.title')} className="capacity-part">
            <Paragraph>{fml ? t('capacity.matrix.intro') : t('capacity.matrix.introNoFml')}</Paragraph>
            {data.profiles.length > 0 ? (
              <>
                <Heading level={3}>{t('capacity.chart.title')}</Heading>
                <ProfileCharts profiles={data.profiles} catalogue={catalogue} />
                <Heading level={3}>{t('capacity.matrix.tableTitle')}</Heading>
              </>
            ) : null}
            <MatrixTable data={data} catalogue={catalogue} fml={fml} />
          </TitledSection>
          <TitledSection titleId={CONCLUSIONS_HEADING} focusable title={t('capacity.conclusions.title')} className="capacity-part">
            <Paragraph>{t('capacity.conclusions.intro')}</Paragraph>
            <ProfileConclusions data={data} />
          </TitledSection>
        </>
      ) : null}
    </div>
  );
}
