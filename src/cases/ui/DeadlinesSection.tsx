// Deadlines (termijnen): label, date (or window), state as text badge, mark done / undo.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import type { CasePage, Deadline } from '../../web/api-types';
import {
  Button,
  FormError,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '../../web/components';
import { formatDate } from '../../web/format';
import { CaseSection } from './Section';
import { DeadlineStateBadge } from './StatusBadges';
import { useCaseAction } from './useCase';

export function deadlineLabel(t: TFunction, deadline: Pick<Deadline, 'key' | 'label'>): string {
  return t(`enums.deadlineKey.${deadline.key}`, { defaultValue: deadline.label ?? deadline.key });
}

export function DeadlinesSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const toggle = useCaseAction(data.id, ({ id, completed }: { id: string; completed: boolean }) =>
    api.setDeadlineCompleted(data.id, id, completed),
  );
  const canEdit = data.permissions.canCompleteDeadlines ?? data.permissions.canEdit;
  const deadlines = [...data.deadlines].sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  return (
    <CaseSection id="deadlines" title={t('cases.sections.deadlines')}>
      {data.assignment.legalContext === 'poortwachter' ? (
        <Paragraph className="muted">{t('cases.deadlines.poortwachterHint')}</Paragraph>
      ) : null}
      <FormError errors={toggle.errors} />
      {deadlines.length === 0 ? (
        <Paragraph className="muted">{t('cases.deadlines.empty')}</Paragraph>
      ) : (
        <Table caption={t('cases.sections.deadlines')} hideCaption>
          <TableHead>
            <TableHeaderCell>{t('cases.deadlines.moment')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.deadlines.date')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.deadlines.state')}</TableHeaderCell>
            {canEdit ? <TableHeaderCell>{t('common.actions')}</TableHeaderCell> : null}
          </TableHead>
          <TableBody>
            {deadlines.map((deadline) => {
              const label = deadlineLabel(t, deadline);
              const done = Boolean(deadline.completedAt);
              return (
                <TableRow key={deadline.id}>
                  <TableCell>
                    {label}
                    {deadline.explanation ? <span className="cell-hint">{deadline.explanation}</span> : null}
                  </TableCell>
                  <TableCell>
                    {deadline.windowStart
                      ? t('cases.deadlines.window', { from: formatDate(deadline.windowStart), to: formatDate(deadline.dueDate) })
                      : formatDate(deadline.dueDate)}
                  </TableCell>
                  <TableCell>
                    <DeadlineStateBadge state={deadline.state} />
                    {deadline.completedAt ? (
                      <span className="muted"> {t('cases.deadlines.completedOn', { date: formatDate(deadline.completedAt) })}</span>
                    ) : null}
                  </TableCell>
                  {canEdit ? (
                    <TableCell>
                      {deadline.state === 'informational' && !done ? null : (
                        <Button
                          variant="subtle"
                          busy={toggle.busy}
                          onClick={() => toggle.run({ id: deadline.id, completed: !done })}
                        >
                          {done ? t('cases.deadlines.undo') : t('cases.deadlines.markDone')}
                          <span className="visually-hidden">: {label}</span>
                        </Button>
                      )}
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </CaseSection>
  );
}
