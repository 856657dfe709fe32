// Reference, client, status and the status actions (including reopen with a reason).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { CASE_STATUSES, type CasePage, type CaseStatus } from '../../web/api-types';
import { Button, ButtonGroup, FormError, TextAreaField } from '../../web/components';
import { enumLabel } from './labels';
import { CaseStatusBadge } from './StatusBadges';
import { useCaseAction } from './useCase';

function isBackStep(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_STATUSES.indexOf(to) < CASE_STATUSES.indexOf(from);
}

export function CaseSummaryBar({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const status = useCaseAction(data.id, (to: CaseStatus) => api.changeStatus(data.id, data.version, to));
  const [reopening, setReopening] = useState(false);

  return (
    <div className="summary-bar">
      <dl className="summary-bar__facts">
        <div>
          <dt>{t('cases.fields.reference')}</dt>
          <dd>{data.reference}</dd>
        </div>
        <div>
          <dt>{t('cases.fields.clientName')}</dt>
          <dd>{data.client.fullName}</dd>
        </div>
        <div>
          <dt>{t('cases.fields.status')}</dt>
          <dd>
            <CaseStatusBadge status={data.status} />
          </dd>
        </div>
        <div>
          <dt>{t('cases.fields.assignedExpert')}</dt>
          <dd>{data.assignedExpert?.displayName ?? t('cases.fields.unassigned')}</dd>
        </div>
      </dl>
      {data.permissions.canChangeStatus && (data.allowedTransitions.length > 0 || data.canReopen) ? (
        <div className="summary-bar__actions">
          <FormError errors={status.errors} />
          <ButtonGroup label={t('cases.summary.statusActions')}>
            {data.allowedTransitions.map((to) => (
              <Button
                key={to}
                variant={isBackStep(data.status, to) ? 'secondary' : 'primary'}
                busy={status.busy}
                onClick={() => status.run(to, () => requestAnimationFrame(() => document.getElementById('page-heading')?.focus()))}
              >
                {isBackStep(data.status, to)
                  ? t('cases.summary.backTo', { status: enumLabel(t, 'caseStatus', to) })
                  : t('cases.summary.moveTo', { status: enumLabel(t, 'caseStatus', to) })}
              </Button>
            ))}
            {data.canReopen && !reopening ? (
              <Button variant="secondary" onClick={() => setReopening(true)}>
                {t('cases.summary.reopen')}
              </Button>
            ) : null}
          </ButtonGroup>
          {data.canReopen && reopening ? (
            <ReopenForm
              data={data}
              onClose={() => {
                setReopening(false);
                requestAnimationFrame(() => document.getElementById('page-heading')?.focus());
              }}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function ReopenForm({ data, onClose }: { data: CasePage; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const reopen = useCaseAction(data.id, (text: string) => api.reopen(data.id, data.version, text), { fallbackField: 'reason' });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return reopen.setErrors({ fields: { reason: t('cases.summary.reasonRequired') } });
    reopen.run(reason.trim(), onClose);
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby="reopen-title">
      <h3 className="utrecht-heading-3" id="reopen-title">
        {t('cases.summary.reopenTitle')}
      </h3>
      <FormError errors={reopen.errors} fieldIds={{ reason: 'reopen-reason' }} />
      <TextAreaField
        id="reopen-reason"
        label={t('cases.summary.reason')}
        description={t('cases.summary.reasonHint')}
        required
        autoFocus
        value={reason}
        onChange={setReason}
        error={reopen.errors.fields.reason}
      />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={reopen.busy}>
          {t('cases.summary.reopenSubmit')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
