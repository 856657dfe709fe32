// How clients experience the service (/kwaliteit/ervaringen, issue 5): the organisation's evaluation
// answers added up per question, for a period. Anonymous by construction: the API gives counts only
// (never the client's own words) and hides the distribution below five answers, and this page says so
// instead of showing zeros. A quality view like /kwaliteit/contactvormen, never a verdict on one expert.
// Bars are decorative width classes (strict CSP: no style attributes); the numbers are in the table.
import { useTranslation } from 'react-i18next';
import { Alert, DataList, PageHeading, Paragraph, PeriodFilter, Table, TitledSection } from '../../web/components';
import { formatDate } from '../../web/format';
import { usePeriodParams } from '../../web/period';
import { MIN_GROUP_FOR_OVERVIEW, type EvaluationQuestion } from '../domain';
import { useEvaluationOverview, type EvaluationOverview } from './api';
import { answerShares, answerTotal, OVERVIEW_QUESTIONS } from './overview';

export function EvaluationOverviewPage() {
  const { t } = useTranslation();
  const [{ from, to }, setPeriod] = usePeriodParams();
  const overview = useEvaluationOverview(from, to);
  const data = overview.data;

  return (
    <div className="page evaluation-overview">
      <PageHeading>{t('conversation.overview.title')}</PageHeading>
      <Paragraph>{t('conversation.overview.intro')}</Paragraph>
      <Alert type="info">
        <p className="utrecht-paragraph">{t('conversation.overview.anonymous', { min: MIN_GROUP_FOR_OVERVIEW })}</p>
      </Alert>
      <Paragraph>{t('conversation.overview.readingGuide')}</Paragraph>
      <PeriodFilter key={`${from}/${to}`} idPrefix="evaluation-overview" from={from} to={to} onChange={setPeriod} />
      {overview.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {overview.isError ? <Alert type="error">{overview.error.message}</Alert> : null}
      {data ? <Results data={data} /> : null}
    </div>
  );
}

function Results({ data }: { data: EvaluationOverview }) {
  const { t } = useTranslation();
  return (
    <TitledSection titleId="evaluation-overview-results" title={t('conversation.overview.resultsTitle')}>
      <Paragraph className="result-count">{t('conversation.overview.period', { from: formatDate(data.from), to: formatDate(data.to) })}</Paragraph>
      <DataList items={[{ key: 'count', label: t('conversation.overview.count'), value: String(data.count) }]} />
      {data.count === 0 ? <Paragraph className="muted">{t('conversation.overview.none')}</Paragraph> : null}
      {data.count > 0 && !data.shown ? (
        <Alert type="warning" className="evaluation-overview__hidden">
          <p className="utrecht-paragraph">
            <strong>{t('conversation.overview.hidden')}</strong>
          </p>
          <p className="utrecht-paragraph">{t('conversation.overview.hiddenDetail', { count: data.count, min: MIN_GROUP_FOR_OVERVIEW })}</p>
        </Alert>
      ) : null}
      {data.shown ? (
        <>
          <Paragraph>{t('conversation.overview.asked')}</Paragraph>
          {OVERVIEW_QUESTIONS.map((question) => (
            <QuestionTable key={question} question={question} counts={data.counts[question]} />
          ))}
        </>
      ) : null}
    </TitledSection>
  );
}

function QuestionTable({ question, counts }: { question: EvaluationQuestion; counts: Record<string, number> }) {
  const { t } = useTranslation();
  const text = t(`conversation.overview.questions.${question}`);
  const shares = answerShares(question, counts);
  const total = answerTotal(counts);
  const numeric = 'utrecht-table__cell utrecht-table__cell--numeric-column';
  return (
    <TitledSection className="evaluation-question" titleId={`evaluation-question-${question}`} title={text} level={3}>
      {/* The heading above names the question for the eye; the caption names the table for screen readers. */}
      <Table caption={t('conversation.overview.caption', { question: text })} hideCaption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('conversation.overview.answer')}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {t('conversation.overview.number')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('conversation.overview.share')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shares.map((share) => (
            <tr key={share.answer} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {t(`conversation.overview.answers.${share.answer}`, { defaultValue: share.answer })}
              </th>
              <td className={numeric}>{share.count}</td>
              <td className="utrecht-table__cell">
                <span className="answer-share">
                  <span className="answer-share__value">{t('conversation.overview.percent', { percent: share.percent })}</span>
                  {/* The bar repeats the percentage beside it for the eye; assistive technology reads the number. */}
                  <span className="answer-share__bar" aria-hidden="true">
                    {share.width > 0 ? <span className={`answer-share__fill bar--w${share.width}`} /> : null}
                  </span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="utrecht-table__footer">
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {t('conversation.overview.total')}
            </th>
            <td className={numeric}>{total}</td>
            <td className="utrecht-table__cell">{t('conversation.overview.percent', { percent: total ? 100 : 0 })}</td>
          </tr>
        </tfoot>
      </Table>
    </TitledSection>
  );
}
