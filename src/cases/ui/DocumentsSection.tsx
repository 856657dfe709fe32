// Documents: upload (file, type, professional-only) and the list with size, checksum and download.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { DOCUMENT_TYPES, type Actor, type CasePage } from '../../web/api-types';
import {
  Badge,
  Button,
  Checkbox,
  FormError,
  Paragraph,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '../../web/components';
import { FieldShell, useFieldIds } from '../../web/components/Field';
import { formatBytes, formatDateTime } from '../../web/format';
import { enumLabel, enumOptions } from './labels';
import { CaseSection } from './Section';
import { useCaseAction } from './useCase';

export const ACCEPTED_FILES =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.heic,.heif,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt,.rtf,.txt';

export function actorName(actor: Actor, fallback: string): string {
  if (!actor) return fallback;
  return typeof actor === 'string' ? actor : actor.displayName;
}

export function DocumentsSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const documents = [...data.documents].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return (
    <CaseSection id="documents" title={t('cases.sections.documents')}>
      {data.permissions.canUpload ? <UploadForm data={data} /> : null}
      {documents.length === 0 ? (
        <Paragraph className="muted">{t('cases.documents.empty')}</Paragraph>
      ) : (
        <Table caption={t('cases.documents.caption')} hideCaption>
          <TableHead>
            <TableHeaderCell>{t('cases.documents.file')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.documents.type')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.documents.size')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.documents.uploaded')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.documents.sha256')}</TableHeaderCell>
          </TableHead>
          <TableBody>
            {documents.map((doc) => (
              <TableRow key={doc.id}>
                <TableCell>
                  <a className="utrecht-link utrecht-link--html-a" href={api.documentUrl(data.id, doc.id)} download={doc.fileName}>
                    {doc.fileName}
                    <span className="visually-hidden"> ({t('cases.documents.download')})</span>
                  </a>
                  {doc.professionalOnly ? (
                    <>
                      {' '}
                      <Badge tone="warning">{t('cases.documents.professionalOnlyBadge')}</Badge>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>{enumLabel(t, 'documentType', doc.documentType)}</TableCell>
                <TableCell>{formatBytes(doc.sizeBytes)}</TableCell>
                <TableCell>
                  {actorName(doc.uploadedBy, t('common.unknownPerson'))}
                  <br />
                  <span className="muted">{formatDateTime(doc.uploadedAt)}</span>
                </TableCell>
                <TableCell>
                  <code className="hash" title={doc.sha256}>
                    {doc.sha256.slice(0, 12)}…
                  </code>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </CaseSection>
  );
}

function UploadForm({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [documentType, setDocumentType] = useState('');
  const [professionalOnly, setProfessionalOnly] = useState(false);
  const [done, setDone] = useState('');
  const upload = useCaseAction(data.id, (form: FormData) => api.uploadDocument(data.id, form), { fallbackField: 'file' });
  const fileIds = useFieldIds({ id: 'upload-file', description: true, error: upload.errors.fields.file });
  const ids = { file: 'upload-file', documentType: 'upload-type', professionalOnly: 'upload-professional' };

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const fields: Record<string, string> = {};
    if (!file) fields.file = t('cases.validation.file');
    if (!documentType) fields.documentType = t('cases.validation.documentType');
    if (Object.keys(fields).length || !file) return upload.setErrors({ fields });
    // Text fields first: the server reads them before the file stream.
    const form = new FormData();
    form.append('documentType', documentType);
    form.append('professionalOnly', professionalOnly ? 'true' : 'false');
    form.append('file', file, file.name);
    const name = file.name;
    upload.run(form, () => {
      setDone(t('cases.documents.uploaded_ok', { name }));
      setFile(null);
      setDocumentType('');
      setProfessionalOnly(false);
      if (fileInput.current) fileInput.current.value = '';
    });
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby="upload-title">
      <h3 className="utrecht-heading-3" id="upload-title">
        {t('cases.documents.uploadTitle')}
      </h3>
      <FormError errors={upload.errors} fieldIds={ids} />
      <FieldShell
        label={t('cases.documents.file')}
        description={t('cases.documents.fileHint')}
        error={upload.errors.fields.file}
        required
        ids={fileIds}
      >
        <input
          ref={fileInput}
          id={fileIds.id}
          type="file"
          className="file-input"
          accept={ACCEPTED_FILES}
          aria-required="true"
          aria-invalid={upload.errors.fields.file ? true : undefined}
          aria-describedby={fileIds.describedBy}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </FieldShell>
      <SelectField
        id={ids.documentType}
        label={t('cases.documents.type')}
        required
        placeholder={t('common.choose')}
        options={enumOptions(t, 'documentType', DOCUMENT_TYPES)}
        value={documentType}
        onChange={setDocumentType}
        error={upload.errors.fields.documentType}
      />
      {(data.permissions.canUploadProfessional ?? data.permissions.canSeeProfessional) ? (
        <Checkbox
          id={ids.professionalOnly}
          label={t('cases.documents.professionalOnly')}
          description={t('cases.documents.professionalOnlyHint')}
          checked={professionalOnly}
          onChange={setProfessionalOnly}
          error={upload.errors.fields.professionalOnly}
        />
      ) : null}
      <Button type="submit" variant="primary" busy={upload.busy}>
        {t('cases.documents.upload')}
      </Button>
      <p className="utrecht-paragraph" role="status">
        {done}
      </p>
    </form>
  );
}
