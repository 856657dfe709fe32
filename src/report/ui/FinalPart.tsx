// Finalising and what follows: the finalise form (a reason when reactions are unprocessed or the draft
// was never checked, the faithful summary when the client chose one; every problem of the server at its
// field), the seal of a final version with its files, a correction as a new version, sending by
// personal links (recipients without e-mail disabled, with the reason), the deliveries, and the
// version history whose final files stay downloadable.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, Button, ButtonGroup, DataList, DataTable, Paragraph, TextAreaField, TitledForm, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { enumLabel } from '../../cases/ui/labels';
import { CheckboxGroup, focusWhenPresent } from '../../contact/ui/controls';
import { withLabels } from '../../capacity/ui/api';
import { fileUrls, reportApi, useReportAction, VERIFY_PATH, type Delivery, type RecipientChoice, type ReportDetail, type ReportVersionView } from './api';
import { CHANGE_NOTE_MIN, groupHash, needsDecision, stateTone } from './format';

export function FinaliseForm({ caseId, report, onNotice }: { caseId: string; report: ReportDetail; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState('');
  const prefix = 'report-finalise';
  const ids = { reason: fieldId(prefix, 'reason'), clientReactionSummary: fieldId(prefix, 'clientReactionSummary') };
  const finalise = useReportAction(caseId, (body: { lockVersion: number; reason: string | null; clientReactionSummary: string | null }) => reportApi.finalise(caseId, report.id, body), { fallbackField: 'reason' });
  const unprocessed = report.check.comments.filter(needsDecision).length;
  const neverChecked = report.check.rounds.length === 0;
  const needsReason = unprocessed > 0 || neverChecked;
  const wantsSummary = report.check.clientChoseSummary;

  if (!open) {
    return (
      <Button id="report-finalise-open" variant="primary" onClick={() => { setOpen(true); focusWhenPresent(`${prefix}-title`); }}>
        {t('report.finalise.open')}
      </Button>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    finalise.run(
      { lockVersion: report.current.lockVersion, reason: reason.trim() ? reason.trim() : null, clientReactionSummary: wantsSummary && summary.trim() ? summary.trim() : null },
      (seal) => {
        setOpen(false);
        onNotice(t('report.finalise.done', { number: seal.number }));
      },
    );
  }
  const labels = { reason: needsReason ? t('report.finalise.reason') : t('report.finalise.reasonOptional'), clientReactionSummary: t('report.finalise.summary') };
  return (
    <TitledForm titleId={`${prefix}-title`} focusable title={t('report.finalise.title')} intro={t('report.finalise.intro')} onSubmit={submit} errors={withLabels(finalise.errors, labels)} fieldIds={ids}>
      {unprocessed > 0 ? <Paragraph>{t('report.finalise.needsReason', { count: unprocessed })}</Paragraph> : null}
      {neverChecked ? <Paragraph>{t('report.finalise.neverChecked')}</Paragraph> : null}
      <TextAreaField
        id={ids.reason}
        label={labels.reason}
        description={t('report.finalise.reasonHint')}
        required={needsReason}
        rows={3}
        value={reason}
        onChange={setReason}
        error={finalise.errors.fields.reason}
      />
      {wantsSummary ? (
        <TextAreaField
          id={ids.clientReactionSummary}
          label={labels.clientReactionSummary}
          description={t('report.finalise.summaryHint')}
          required
          rows={5}
          value={summary}
          onChange={setSummary}
          error={finalise.errors.fields.clientReactionSummary}
        />
      ) : null}
      {finalise.busy ? <p className="utrecht-paragraph" role="status">{t('report.finalise.busy')}</p> : null}
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={finalise.busy}>
          {t('report.finalise.submit')}
        </Button>
        <Button onClick={() => { setOpen(false); focusWhenPresent('report-finalise-open'); }}>{t('report.finalise.cancel')}</Button>
      </ButtonGroup>
    </TitledForm>
  );
}

/** The seal of a final version: the PDF's SHA-256, signer, time, the files, and where to check a file. */
export function SealPanel({ caseId, report, version }: { caseId: string; report: ReportDetail; version: ReportVersionView }) {
  const { t } = useTranslation();
  return (
    <TitledSection titleId="report-seal-heading" title={t('report.seal.title', { number: version.number })} className="report-seal">
      <DataList
        items={[
          { key: 'sha', label: t('report.seal.sha'), value: <code className="report-hash" title={version.pdfSha256 ?? ''}>{groupHash(version.pdfSha256 ?? '')}</code> },
          ...(version.docxSha256 ? [{ key: 'docx', label: t('report.seal.docxSha'), value: <code className="report-hash">{groupHash(version.docxSha256)}</code> }] : []),
          { key: 'signer', label: t('report.seal.signer'), value: version.signer ?? '' },
          { key: 'signedAt', label: t('report.seal.signedAt'), value: formatDateTime(version.signedAt) },
          ...(version.unprocessedReason ? [{ key: 'reason', label: t('report.seal.reason'), value: <span className="pre-line">{version.unprocessedReason}</span> }] : []),
        ]}
      />
      <ul className="report-downloads">
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={fileUrls.version(caseId, report.id, version.number, 'pdf')} download>
            {t('report.seal.downloadPdf', { number: version.number })}
          </a>
        </li>
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={fileUrls.version(caseId, report.id, version.number, 'docx')} download>
            {t('report.seal.downloadDocx', { number: version.number })}
          </a>
        </li>
        <li>
          <Link className="utrecht-link utrecht-link--html-a" to={VERIFY_PATH}>
            {t('report.seal.verify')}
          </Link>
        </li>
      </ul>
    </TitledSection>
  );
}

export function CorrectionForm({ caseId, report, onNotice }: { caseId: string; report: ReportDetail; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const ids = { changeNote: 'report-correction-note' };
  const correct = useReportAction(caseId, (changeNote: string) => reportApi.correct(caseId, report.id, changeNote), { fallbackField: 'changeNote' });
  if (!open) {
    return (
      <Button id="report-correction-open" onClick={() => { setOpen(true); focusWhenPresent('report-correction-title'); }}>
        {t('report.correction.open')}
      </Button>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    if ([...note.trim()].length < CHANGE_NOTE_MIN) return correct.setErrors({ fields: { changeNote: t('report.correction.noteRequired') } });
    correct.run(note.trim(), (answer) => {
      setOpen(false);
      onNotice(t('report.correction.done', { number: answer.number }));
    });
  }
  return (
    <TitledForm titleId="report-correction-title" focusable title={t('report.correction.title')} intro={t('report.correction.intro')} onSubmit={submit} errors={correct.errors} fieldIds={ids}>
      <TextAreaField id={ids.changeNote} label={t('report.correction.note')} description={t('report.correction.noteHint')} required rows={3} value={note} onChange={setNote} error={correct.errors.fields.changeNote} />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={correct.busy}>
          {t('report.correction.submit')}
        </Button>
        <Button onClick={() => { setOpen(false); focusWhenPresent('report-correction-open'); }}>{t('report.correction.cancel')}</Button>
      </ButtonGroup>
    </TitledForm>
  );
}

const recipientKey = (r: { kind: string; partyId: string | null }) => (r.kind === 'client' ? 'client' : `party-${r.partyId}`);

export function SendForm({ caseId, report, version, onNotice }: { caseId: string; report: ReportDetail; version: ReportVersionView; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const ids = { recipients: 'report-send-recipients' };
  const send = useReportAction(caseId, (recipients: RecipientChoice[]) => reportApi.send(caseId, report.id, version.number, recipients), { fallbackField: 'recipients' });
  const roleLabel = (role: string) => (role === 'client' ? t('report.send.role.client') : enumLabel(t, 'partyRole', role));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) return send.setErrors({ fields: { recipients: t('report.send.required') } });
    const recipients: RecipientChoice[] = report.recipients
      .filter((r) => chosen.includes(recipientKey(r)))
      .map((r) => (r.kind === 'client' ? { kind: 'client' as const } : { kind: 'party' as const, partyId: r.partyId! }));
    send.run(recipients, (answer) => {
      setChosen([]);
      onNotice(t('report.send.done', { count: answer.deliveries.length, until: formatDateTime(answer.expiresAt) }));
    });
  }
  // A problem per recipient (`recipients.2`) is shown at the list.
  const problems = Object.entries(send.errors.fields).filter(([field]) => field.startsWith('recipients')).map(([, message]) => message);
  const errors = problems.length > 1 ? { ...send.errors, fields: { ...Object.fromEntries(Object.entries(send.errors.fields).filter(([f]) => !f.startsWith('recipients'))), recipients: problems.join(' ') } } : send.errors;
  if (report.recipients.length === 0) return <Paragraph className="muted">{t('report.send.none')}</Paragraph>;
  return (
    <TitledForm titleId="report-send-title" level={2} title={t('report.send.title')} intro={t('report.send.intro')} onSubmit={submit} errors={errors} fieldIds={{ recipients: ids.recipients }}>
      <CheckboxGroupWithDisabled
        id={ids.recipients}
        legend={t('report.send.legend', { number: version.number })}
        options={report.recipients.map((r) => ({
          value: recipientKey(r),
          label: `${r.name} (${roleLabel(r.role)})`,
          disabled: !r.hasEmail,
          description: r.hasEmail ? undefined : t('report.send.noEmail'),
        }))}
        values={chosen}
        onChange={setChosen}
        error={errors.fields.recipients ?? Object.entries(errors.fields).find(([f]) => f.startsWith('recipients'))?.[1]}
      />
      <Button type="submit" variant="primary" busy={send.busy}>
        {t('report.send.submit')}
      </Button>
    </TitledForm>
  );
}

/** Checkboxes where some options cannot be chosen, each saying why. */
function CheckboxGroupWithDisabled({ id, legend, options, values, onChange, error }: {
  id: string;
  legend: string;
  options: Array<{ value: string; label: string; disabled: boolean; description: string | undefined }>;
  values: string[];
  onChange: (values: string[]) => void;
  error: string | undefined;
}) {
  const enabled = options.filter((o) => !o.disabled);
  const disabled = options.filter((o) => o.disabled);
  return (
    <>
      <CheckboxGroup id={id} legend={legend} options={enabled.map((o) => ({ value: o.value, label: o.label }))} values={values} onChange={onChange} error={error} />
      {disabled.length > 0 ? (
        <ul className="report-recipients-disabled">
          {disabled.map((o) => (
            <li key={o.value}>
              <label className="utrecht-form-label utrecht-form-label--checkbox utrecht-form-label--disabled">
                <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--disabled" disabled aria-describedby={`${id}-${o.value}-why`} checked={false} readOnly />
                {o.label}
              </label>
              <span className="utrecht-form-field-description" id={`${id}-${o.value}-why`}>
                {' '}
                — {o.description}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function Deliveries({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  return (
    <TitledSection titleId="report-deliveries-heading" title={t('report.deliveries.title')}>
      {report.deliveries.length === 0 ? (
        <Paragraph className="muted">{t('report.deliveries.none')}</Paragraph>
      ) : (
        <DataTable<Delivery>
          caption={t('report.deliveries.caption')}
          rows={report.deliveries}
          rowKey={(d) => d.id}
          columns={[
            { key: 'recipient', header: t('report.deliveries.recipient'), rowHeader: true, cell: (d) => `${d.name} (${d.email})` },
            { key: 'version', header: t('report.deliveries.version'), cell: (d) => d.version },
            { key: 'sent', header: t('report.deliveries.sent'), cell: (d) => formatDateTime(d.sentAt) },
            { key: 'expires', header: t('report.deliveries.expires'), cell: (d) => formatDateTime(d.expiresAt) },
            {
              key: 'opened',
              header: t('report.deliveries.opened'),
              cell: (d) => (d.firstOpenedAt ? t('report.deliveries.openCount', { when: formatDateTime(d.firstOpenedAt), count: d.openCount }) : t('report.deliveries.notOpened')),
            },
          ]}
        />
      )}
    </TitledSection>
  );
}

export function VersionHistory({ caseId, report }: { caseId: string; report: ReportDetail }) {
  const { t } = useTranslation();
  return (
    <TitledSection titleId="report-history-heading" title={t('report.history.title')}>
      <DataTable<ReportVersionView>
        caption={t('report.history.caption')}
        rows={[...report.versions].reverse()}
        rowKey={(v) => String(v.number)}
        columns={[
          { key: 'number', header: t('report.history.number'), rowHeader: true, cell: (v) => v.number },
          { key: 'state', header: t('report.history.state'), cell: (v) => <Badge tone={stateTone(v.state)}>{t(`report.state.${v.state}`)}</Badge> },
          { key: 'created', header: t('report.history.created'), cell: (v) => formatDateTime(v.createdAt) },
          { key: 'signed', header: t('report.history.signed'), cell: (v) => (v.signedAt ? `${formatDateTime(v.signedAt)}, ${v.signer ?? ''}` : t('report.history.notSigned')) },
          { key: 'note', header: t('report.history.note'), cell: (v) => (v.changeNote ? <span className="pre-line">{v.changeNote}</span> : t('report.history.none')) },
          {
            key: 'files',
            header: t('report.history.files'),
            cell: (v) =>
              v.state === 'final' ? (
                <span className="report-files">
                  <a className="utrecht-link utrecht-link--html-a" href={fileUrls.version(caseId, report.id, v.number, 'pdf')} download>
                    {t('report.history.pdf', { number: v.number })}
                  </a>
                  {' · '}
                  <a className="utrecht-link utrecht-link--html-a" href={fileUrls.version(caseId, report.id, v.number, 'docx')} download>
                    {t('report.history.docx', { number: v.number })}
                  </a>
                </span>
              ) : (
                t('report.history.none')
              ),
          },
        ]}
      />
    </TitledSection>
  );
}
