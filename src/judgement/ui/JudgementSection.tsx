// The case page's "Analyse en advies" section (issue 7): a short status (sources, themes of the
// conversation model not yet touched, open explanations, the advice's state) and the way to the page.
// Counts only of what is there or open; never a score.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, DataList, Paragraph } from '../../web/components';
import { formatDate } from '../../web/format';
import { CaseSection } from '../../cases/ui/Section';
import { judgementPath, useJudgementPage } from './api';

export const JUDGEMENT_SECTION_ID = 'judgement';

export function JudgementSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const page = useJudgementPage(caseId);
  const data = page.data;
  const sources = data?.evidence.filter((e) => !e.withdrawn).length ?? 0;
  const untouched = data?.coverage.summary.untouched.length ?? 0;
  const open = data?.observations.flatMap((o) => o.hypotheses).filter((h) => h.status === 'open').length ?? 0;
  const advice = data?.advice;
  return (
    <CaseSection id={JUDGEMENT_SECTION_ID} title={t('judgement.section.title')}>
      <Paragraph>{t('judgement.section.intro')}</Paragraph>
      {page.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {page.isError ? <Alert type="error">{page.error.message}</Alert> : null}
      {data ? (
        <DataList
          items={[
            { key: 'sources', label: t('judgement.section.sources'), value: t('judgement.section.sourcesValue', { count: sources }) },
            { key: 'untouched', label: t('judgement.section.untouched'), value: t('judgement.section.untouchedValue', { count: untouched }) },
            { key: 'hypotheses', label: t('judgement.section.hypotheses'), value: t('judgement.section.hypothesesValue', { count: open }) },
            {
              key: 'advice',
              label: t('judgement.section.advice'),
              value: !advice
                ? t('judgement.section.adviceNone')
                : advice.state === 'final'
                  ? t('judgement.section.adviceFinal', { number: advice.number, date: formatDate(advice.finalisedAt) })
                  : t('judgement.section.adviceDraft', { number: advice.number }),
            },
          ]}
        />
      ) : null}
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={judgementPath(caseId)}>
          {t('judgement.section.link')}
        </Link>
      </Paragraph>
    </CaseSection>
  );
}
