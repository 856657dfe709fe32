// "Mijn dossiers": search and filters kept in the URL, a table of cases, pagination.
import { useEffect, useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../web/api';
import {
  CASE_STATUSES,
  COMMISSIONING_PARTIES,
  DEADLINE_FILTERS,
  LEGAL_CONTEXTS,
  type CaseListQuery,
  type CaseSummary,
} from '../../web/api-types';
import {
  Alert,
  Button,
  ButtonGroup,
  PageHeading,
  Pagination,
  Paragraph,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../web/components';
import { formatDate } from '../../web/format';
import { hasRole, useCurrentUser } from '../../web/session';
import { deadlineKeyLabel, enumLabel, enumOptions } from './labels';
import { DeadlineStateBadge } from './StatusBadges';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['q', 'status', 'legalContext', 'commissioningParty', 'deadline'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Filters = Record<FilterKey, string>;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function queryFromParams(params: URLSearchParams): CaseListQuery {
  const page = Number(params.get('page') ?? '1');
  return {
    q: params.get('q')?.trim() || undefined,
    status: pick(params.get('status'), CASE_STATUSES),
    legalContext: pick(params.get('legalContext'), LEGAL_CONTEXTS),
    commissioningParty: pick(params.get('commissioningParty'), COMMISSIONING_PARTIES),
    deadline: pick(params.get('deadline'), DEADLINE_FILTERS),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

function filtersFromParams(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Filters;
}

export function CaseListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const [filters, setFilters] = useState<Filters>(() => filtersFromParams(params));
  const paramsText = params.toString();

  // Follow the URL when it changes from outside (back button, links).
  useEffect(() => setFilters(filtersFromParams(new URLSearchParams(paramsText))), [paramsText]);

  const cases = useQuery({
    queryKey: ['cases', query],
    queryFn: () => api.listCases(query),
    placeholderData: keepPreviousData,
  });

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = filters[key].trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  }

  const filtered = FILTER_KEYS.some((key) => params.get(key));
  const hrefFor = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 1) next.set('page', String(page));
    else next.delete('page');
    return `/dossiers?${next.toString()}`;
  };
  const set = (key: FilterKey) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));

  return (
    <div className="page">
      <div className="page-title-row">
        <PageHeading>{t('cases.list.title')}</PageHeading>
        <NewCaseLink />
      </div>
      <div className="filters">
        <form noValidate onSubmit={apply} className="filters__form" role="search" aria-label={t('cases.list.filtersLabel')}>
          <TextField
            id="filter-q"
            type="search"
            label={t('cases.list.search')}
            description={t('cases.list.searchHint')}
            markOptional={false}
            value={filters.q}
            onChange={set('q')}
          />
          <div className="filters__selects">
            <SelectField
              id="filter-status"
              label={t('cases.fields.status')}
              markOptional={false}
              placeholder={t('common.all')}
              options={enumOptions(t, 'caseStatus', CASE_STATUSES)}
              value={filters.status}
              onChange={set('status')}
            />
            <SelectField
              id="filter-legal-context"
              label={t('cases.fields.legalContext')}
              markOptional={false}
              placeholder={t('common.all')}
              options={enumOptions(t, 'legalContext', LEGAL_CONTEXTS)}
              value={filters.legalContext}
              onChange={set('legalContext')}
            />
            <SelectField
              id="filter-commissioning-party"
              label={t('cases.fields.commissioningParty')}
              markOptional={false}
              placeholder={t('common.all')}
              options={enumOptions(t, 'commissioningParty', COMMISSIONING_PARTIES)}
              value={filters.commissioningParty}
              onChange={set('commissioningParty')}
            />
            <SelectField
              id="filter-deadline"
              label={t('cases.list.deadlineFilter')}
              markOptional={false}
              placeholder={t('common.all')}
              options={enumOptions(t, 'deadlineFilter', DEADLINE_FILTERS)}
              value={filters.deadline}
              onChange={set('deadline')}
            />
          </div>
          <ButtonGroup>
            <Button type="submit" variant="primary">
              {t('cases.list.apply')}
            </Button>
            {filtered ? (
              <Link className="utrecht-link utrecht-link--html-a" to="/dossiers">
                {t('cases.list.clear')}
              </Link>
            ) : null}
          </ButtonGroup>
        </form>
      </div>

      {cases.isError ? <Alert type="error">{cases.error.message}</Alert> : null}
      {cases.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      <p className="utrecht-paragraph result-count" role="status">
        {cases.data ? t('cases.list.count', { count: cases.data.total }) : ''}
      </p>
      {cases.data && cases.data.items.length === 0 ? <EmptyState filtered={filtered} /> : null}
      {cases.data && cases.data.items.length > 0 ? (
        <>
          <CaseTable items={cases.data.items} />
          <Pagination
            page={cases.data.page}
            pageCount={Math.max(1, Math.ceil(cases.data.total / cases.data.pageSize))}
            hrefFor={hrefFor}
          />
        </>
      ) : null}
    </div>
  );
}

function NewCaseLink() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!hasRole(user, 'labour_expert', 'office_staff')) return null;
  return (
    <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" to="/dossiers/nieuw">
      {t('nav.newCase')}
    </Link>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <Paragraph>{filtered ? t('cases.list.emptyFiltered') : t('cases.list.empty')}</Paragraph>
      {filtered ? (
        <Paragraph>
          <Link className="utrecht-link utrecht-link--html-a" to="/dossiers">
            {t('cases.list.clear')}
          </Link>
        </Paragraph>
      ) : null}
    </div>
  );
}

function CaseTable({ items }: { items: CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table caption={t('cases.list.caption')} hideCaption>
      <TableHead>
        <TableHeaderCell>{t('cases.fields.reference')}</TableHeaderCell>
        <TableHeaderCell>{t('cases.fields.clientName')}</TableHeaderCell>
        <TableHeaderCell>{t('cases.fields.status')}</TableHeaderCell>
        <TableHeaderCell>{t('cases.fields.legalContext')}</TableHeaderCell>
        <TableHeaderCell>{t('cases.fields.commissioningParty')}</TableHeaderCell>
        <TableHeaderCell>{t('cases.list.nextDeadline')}</TableHeaderCell>
        <TableHeaderCell>{t('cases.fields.deliveryDate')}</TableHeaderCell>
        <TableHeaderCell>{t('cases.fields.assignedExpert')}</TableHeaderCell>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell>
              <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(item.id)}`}>
                {item.reference}
              </Link>
            </TableCell>
            <TableCell>{item.clientName}</TableCell>
            <TableCell>{enumLabel(t, 'caseStatus', item.status)}</TableCell>
            <TableCell>{enumLabel(t, 'legalContext', item.legalContext)}</TableCell>
            <TableCell>{enumLabel(t, 'commissioningParty', item.commissioningParty)}</TableCell>
            <TableCell>
              {item.nextDeadline ? (
                <span className="deadline-cell">
                  <span>
                    {deadlineKeyLabel(t, item.nextDeadline.key)}: {formatDate(item.nextDeadline.dueDate)}
                  </span>
                  {item.nextDeadline.state === 'overdue' || item.nextDeadline.state === 'near' ? (
                    <DeadlineStateBadge state={item.nextDeadline.state} />
                  ) : null}
                </span>
              ) : (
                <span className="muted">{t('common.none')}</span>
              )}
            </TableCell>
            <TableCell>{item.deliveryDate ? formatDate(item.deliveryDate) : <span className="muted">{t('common.notSet')}</span>}</TableCell>
            <TableCell>{item.assignedExpert?.displayName ?? <span className="muted">{t('cases.fields.unassigned')}</span>}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
