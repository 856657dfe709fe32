// "Rapport controleren", `/rapport/verifieren` (issue 8), for anyone, signed in or not: choose a PDF or
// Word file; its bytes go to the seal check, which says which sealed report, version, signer and time
// it is, or clearly that it matches none, with the SHA-256 of the file either way. Nothing is kept.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, DataList, FormError, PageHeading, Paragraph } from '../../web/components';
import { FieldShell, useFieldIds } from '../../web/components/Field';
import { errorsFromApi, NO_ERRORS, type FormErrors } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { focusWhenPresent } from '../../contact/ui/controls';
import { reportApi, type SealAnswer } from './api';
import { groupHash, verifyContentType } from './format';
import './report.css';

const RESULT_ID = 'verify-result';

export function VerifyPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [answer, setAnswer] = useState<SealAnswer | null>(null);
  const ids = useFieldIds({ id: 'verify-file', description: t('report.verify.fileHint'), error: errors.fields.file });
  const verify = useMutation({
    mutationFn: (chosen: File) => reportApi.verify(chosen, verifyContentType(chosen)),
    onMutate: () => {
      setErrors(NO_ERRORS);
      setAnswer(null);
    },
    onSuccess: (result) => {
      setAnswer(result);
      focusWhenPresent(RESULT_ID);
    },
    onError: (error) => setErrors(errorsFromApi(error, 'file')),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setErrors({ fields: { file: t('report.verify.required') } });
    verify.mutate(file);
  }

  return (
    <div className="page public-report">
      <PageHeading>{t('report.verify.title')}</PageHeading>
      <Paragraph>{t('report.verify.intro')}</Paragraph>
      <form className="form" noValidate onSubmit={submit} aria-labelledby="page-heading">
        <FormError errors={errors} fieldIds={{ file: ids.id }} />
        <FieldShell label={t('report.verify.file')} description={t('report.verify.fileHint')} error={errors.fields.file} required ids={ids}>
          <input
            id={ids.id}
            type="file"
            className="file-input"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-required="true"
            aria-invalid={errors.fields.file ? true : undefined}
            aria-describedby={ids.describedBy}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setAnswer(null);
            }}
          />
        </FieldShell>
        <Button type="submit" variant="primary" busy={verify.isPending}>
          {t('report.verify.submit')}
        </Button>
      </form>
      {verify.isPending ? <p className="utrecht-paragraph" role="status">{t('report.verify.busy')}</p> : null}
      {answer ? (
        <Alert type={answer.match ? 'ok' : 'error'} id={RESULT_ID} assertive={false}>
          <p className="utrecht-paragraph">
            <strong>
              {answer.match
                ? t('report.verify.match', { reference: answer.reference, version: answer.version, signer: answer.signer, date: formatDateTime(answer.signedAt) })
                : t('report.verify.noMatch')}
            </strong>
          </p>
          {answer.match && answer.organisation ? <p className="utrecht-paragraph">{t('report.verify.organisation', { organisation: answer.organisation })}</p> : null}
          {!answer.match ? <p className="utrecht-paragraph">{t('report.verify.noMatchHint')}</p> : null}
          <DataList items={[{ key: 'sha', label: t('report.verify.sha'), value: <code className="report-hash" data-sha256={answer.sha256}>{groupHash(answer.sha256)}</code> }]} />
        </Alert>
      ) : null}
    </div>
  );
}
