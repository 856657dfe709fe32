// The case page's "Gebruikte bronnen" (issue 7): the sources the labour expert did not mark
// professional-only, for office staff and the professionals on the case: what, of which kind, from
// whom, when and how. The server never sends reliability, interest or the reality check, and this
// list says that the professional-only sources are not in it. For the professional, the way to the
// judgement page with everything.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Paragraph } from '../../web/components';
import { formatDate } from '../../web/format';
import { CaseSection } from '../../cases/ui/Section';
import { useCaseSources, type CaseSource } from './api';
import './catalogues.css';

export const SOURCES_SECTION_ID = 'sources';
export const judgementPath = (caseId: string) => `/dossiers/${encodeURIComponent(caseId)}/oordeel`;

export function SourcesSection({ caseId, canWorkJudgement }: { caseId: string; canWorkJudgement: boolean }) {
  const { t } = useTranslation();
  const query = useCaseSources(caseId);
  const items = query.data?.items ?? [];
  const professional = query.data?.canWorkJudgement ?? canWorkJudgement;
  return (
    <CaseSection id={SOURCES_SECTION_ID} title={t('sources.section.title')}>
      <Paragraph>{t('sources.section.intro')}</Paragraph>
      <Paragraph className="muted">{t('sources.section.hidden')}</Paragraph>
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {query.data && items.length === 0 ? <Paragraph className="empty-state">{t('sources.section.none')}</Paragraph> : null}
      {items.length > 0 ? (
        <div className="catalogue-table-region table-scroll" role="region" aria-labelledby="sources-caption" tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table sources-table">
            <caption className="utrecht-table__caption" id="sources-caption">
              {t('sources.section.caption')}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {(['number', 'title', 'sourceType', 'sourceName', 'observedOn', 'method'] as const).map((column) => (
                  <th scope="col" className="utrecht-table__header-cell" key={column}>
                    {t(`sources.column.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((source) => <SourceRow key={source.id} source={source} />)}
            </tbody>
          </table>
        </div>
      ) : null}
      {professional ? (
        <Paragraph>
          <Link className="utrecht-link utrecht-link--html-a" to={judgementPath(caseId)}>
            {t('sources.section.link')}
          </Link>
        </Paragraph>
      ) : null}
    </CaseSection>
  );
}

function SourceRow({ source }: { source: CaseSource }) {
  const { t } = useTranslation();
  // The vocabularies' words are the judgement page's, so a source reads the same wherever it is shown.
  const label = (group: 'sourceType' | 'method' | 'kind', code: string) => t(`judgement.enums.${group === 'kind' ? 'evidenceKind' : group}.${code}`, { defaultValue: code });
  return (
    <tr className="utrecht-table__row">
      <td className="utrecht-table__cell">{t('sources.number', { number: source.number })}</td>
      <th scope="row" className="utrecht-table__header-cell">
        {source.title}
        {source.kind !== 'information' ? <span className="cell-note">{label('kind', source.kind)}</span> : null}
      </th>
      <td className="utrecht-table__cell">{label('sourceType', source.sourceType)}</td>
      <td className="utrecht-table__cell">{source.sourceName ?? <span className="muted">{t('instruments.notGiven')}</span>}</td>
      <td className="utrecht-table__cell">{formatDate(source.observedOn)}</td>
      <td className="utrecht-table__cell">{label('method', source.method)}</td>
    </tr>
  );
}
