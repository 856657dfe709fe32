// Analyse en advies (issue 7) for one case, `/dossiers/:caseId/oordeel`: the conversation model's
// coverage, the sources (B1, B2 …), Schema 1 and Schema 2 as real tables with a dialog per cell, the
// hypotheses and inconsistencies, willingness and ability (Figure 1), trial-and-error (anchor
// `#trial-and-error`, where the reminder mail points) and the reintegration advice with its trace and
// Passend's questions before it is final. Seed 001: the page records and questions judgement, it
// never makes it. For the labour expert on the case; anyone else reads the server's refusal in words.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Alert, PageHeading, Paragraph } from '../../web/components';
import { useCase } from '../../cases/ui/useCase';
import { TRIAL_ANCHOR, useJudgementPage } from './api';
import { AdvicePart } from './AdvicePart';
import { AnomaliesPart } from './AnomaliesPart';
import { CoveragePart } from './CoveragePart';
import { EvidencePart } from './EvidencePart';
import { HypothesesPart } from './HypothesesPart';
import { AnnounceContext } from './parts';
import { PlacementPart } from './PlacementPart';
import { Schema1Part } from './Schema1Part';
import { Schema2Part } from './Schema2Part';
import { TrialPart } from './TrialPart';
import './judgement.css';

/** The parts of the page: the id of each part's heading (the nav's targets) and its title key. */
export const PARTS = [
  { id: 'coverage-heading', label: 'judgement.parts.coverage' },
  { id: 'evidence-heading', label: 'judgement.parts.evidence' },
  { id: 'schema1-heading', label: 'judgement.parts.schema1' },
  { id: 'schema2-heading', label: 'judgement.parts.schema2' },
  { id: 'hypotheses-heading', label: 'judgement.parts.hypotheses' },
  { id: 'anomalies-heading', label: 'judgement.parts.anomalies' },
  { id: 'placement-heading', label: 'judgement.parts.placement' },
  { id: 'trial-heading', label: 'judgement.parts.trial' },
  { id: 'advice-heading', label: 'judgement.parts.advice' },
] as const;

function goTo(id: string) {
  const heading = document.getElementById(id);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

export function JudgementPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const location = useLocation();
  const caseQuery = useCase(caseId);
  const page = useJudgementPage(caseId);
  const [announcement, setAnnouncement] = useState('');
  const announce = (message: string) => {
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  };
  const caseData = caseQuery.data;
  const data = page.data;
  const loaded = Boolean(data);

  // A link with a part's anchor (the reminder mail's #trial-and-error) goes there once the page is there.
  useEffect(() => {
    if (!loaded || !location.hash) return;
    const target = location.hash.slice(1);
    const heading = target === TRIAL_ANCHOR ? 'trial-heading' : target;
    requestAnimationFrame(() => goTo(heading));
  }, [loaded, location.hash]);

  return (
    <div className="page judgement-page">
      <PageHeading>{caseData ? t('judgement.page.titleFor', { reference: caseData.reference, name: caseData.client.fullName }) : t('judgement.page.title')}</PageHeading>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}`}>
          {caseData ? t('judgement.page.backToCase', { reference: caseData.reference }) : t('judgement.page.backToCaseShort')}
        </Link>
      </Paragraph>
      <Paragraph className="judgement-intro">{t('judgement.page.intro')}</Paragraph>
      <p className="utrecht-paragraph judgement-announce" role="status">
        {announcement}
      </p>
      {page.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {page.isError ? <Alert type="error">{page.error.message}</Alert> : null}
      {data ? (
        <AnnounceContext.Provider value={announce}>
          <nav className="section-nav" aria-label={t('judgement.page.partsNav')}>
            <ul className="section-nav__list">
              {PARTS.map((part) => (
                <li key={part.id}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${part.id === 'trial-heading' ? TRIAL_ANCHOR : part.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      goTo(part.id);
                    }}
                  >
                    {t(part.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {!data.open ? <Alert type="info">{t('judgement.page.closed')}</Alert> : null}
          <CoveragePart page={data} />
          <EvidencePart page={data} />
          <Schema1Part page={data} />
          <Schema2Part page={data} />
          <HypothesesPart page={data} />
          <AnomaliesPart page={data} />
          <PlacementPart page={data} />
          <TrialPart page={data} />
          <AdvicePart page={data} />
        </AnnounceContext.Provider>
      ) : null}
    </div>
  );
}
