import { useTranslation } from 'react-i18next';
import { Badge } from '../../web/components';
import type { CaseStatus, DeadlineState } from '../../web/api-types';
import { deadlineTone, enumLabel, statusTone } from './labels';

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Badge tone={statusTone(status)}>{enumLabel(t, 'caseStatus', status)}</Badge>;
}

export function DeadlineStateBadge({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  return <Badge tone={deadlineTone(state)}>{enumLabel(t, 'deadlineState', state)}</Badge>;
}
