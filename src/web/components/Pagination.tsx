import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Previous / next navigation with "page x of y"; `hrefFor` builds the link of a page. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="utrecht-pagination pagination" aria-label={t('common.pagination.label')}>
      {page > 1 ? (
        <Link className="utrecht-link utrecht-link--html-a" to={hrefFor(page - 1)} rel="prev">
          {t('common.pagination.previous')}
        </Link>
      ) : null}
      <span className="pagination__status">{t('common.pagination.status', { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className="utrecht-link utrecht-link--html-a" to={hrefFor(page + 1)} rel="next">
          {t('common.pagination.next')}
        </Link>
      ) : null}
    </nav>
  );
}
