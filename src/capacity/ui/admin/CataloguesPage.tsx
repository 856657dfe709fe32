// The organisation's FML item lists (beheerder, /beheer/fml-itemlijsten): the shipped selection and the
// lists the administrator loaded, and loading the full official list or a successor (AKC
// Inzetbaarheidslijst, BAR) as a JSON file, without code changes (issue 6; docs/capacity.md). A list
// is checked whole: every problem comes back with its path and nothing is loaded half. A loaded list
// never changes; a new version is a new list.
import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, DataTable, PageHeading, Paragraph } from '../../../web/components';
import { isApiError, request } from '../../../web/api';
import { formatDateTime } from '../../../web/format';
import { errorsFromApi } from '../../../web/forms';
import { useFormAction } from '../../../web/useFormAction';
import { useCatalogues } from '../api';

/** The largest list read into the browser (the server accepts up to 5 MB). */
const MAX_BYTES = 5 * 1024 * 1024;

export function CataloguesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const catalogues = useCatalogues();
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const load = useFormAction({
    action: (body: unknown) => request<{ id: string }>('POST', '/api/admin/capacity-catalogues', { body }),
    afterSuccess: () => queryClient.invalidateQueries({ queryKey: ['capacity-catalogues'] }),
    errorsOf: (error) => {
      setProblems(isApiError(error) ? error.problems.map((p) => p.message) : []);
      return errorsFromApi(error);
    },
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    setProblems([]);
    setFileError(null);
    if (!file) return setFileError(t('capacity.admin.chooseFile'));
    if (file.size > MAX_BYTES) return setFileError(t('capacity.admin.tooLarge'));
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      return setFileError(t('capacity.admin.notJson'));
    }
    load.run(body, () => {
      setStatus(t('capacity.admin.loaded', { name: file.name }));
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    });
  }

  const items = catalogues.data?.items ?? [];
  return (
    <div className="page">
      <PageHeading>{t('capacity.admin.title')}</PageHeading>
      <Paragraph>{t('capacity.admin.intro')}</Paragraph>
      <p className="utrecht-paragraph status-line" role="status">
        {status}
      </p>
      {catalogues.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {catalogues.isError ? <Alert type="error">{catalogues.error.message}</Alert> : null}
      {items.length ? (
        <DataTable
          caption={t('capacity.admin.caption')}
          rows={items}
          rowKey={(c) => c.id}
          columns={[
            {
              key: 'name', header: t('capacity.admin.name'), rowHeader: true,
              cell: (c) => (
                <>
                  {c.name}
                  {c.shipped ? <> <Badge tone="neutral">{t('capacity.admin.shipped')}</Badge></> : null}
                </>
              ),
            },
            { key: 'version', header: t('capacity.admin.version'), cell: (c) => c.version },
            { key: 'items', header: t('capacity.admin.items'), cell: (c) => String(c.items) },
            { key: 'source', header: t('capacity.admin.source'), cell: (c) => c.source },
            { key: 'loaded', header: t('capacity.admin.loadedAt'), cell: (c) => (c.loadedAt ? formatDateTime(c.loadedAt) : t('capacity.admin.withPassend')) },
          ]}
        />
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)} className="form section-form" aria-labelledby="catalogue-form-title">
        <h2 className="utrecht-heading-2" id="catalogue-form-title">{t('capacity.admin.formTitle')}</h2>
        <Paragraph>{t('capacity.admin.formIntro')}</Paragraph>
        {load.errors.form || problems.length ? (
          <div className="capacity-problems">
            <Alert type="error">
              <p className="utrecht-paragraph">{load.errors.form ?? t('capacity.admin.refused')}</p>
              {problems.length ? (
                <ul className="utrecht-unordered-list">
                  {problems.map((p, i) => <li key={i}>{p}</li>)}
                </ul>
              ) : null}
            </Alert>
          </div>
        ) : null}
        <div className={fileError ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field'}>
          <label className="utrecht-form-label" htmlFor="catalogue-file">{t('capacity.admin.file')}</label>
          <p className="utrecht-form-field-description" id="catalogue-file-hint">{t('capacity.admin.fileHint')}</p>
          {fileError ? <p className="utrecht-form-field-error-message" id="catalogue-file-error">{fileError}</p> : null}
          <input
            ref={fileInput}
            id="catalogue-file"
            type="file"
            className="file-input"
            accept="application/json,.json"
            aria-required="true"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'catalogue-file-hint catalogue-file-error' : 'catalogue-file-hint'}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <Button type="submit" variant="primary" busy={load.busy}>
          {t('capacity.admin.submit')}
        </Button>
      </form>
    </div>
  );
}
