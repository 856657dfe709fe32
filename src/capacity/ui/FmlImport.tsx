// "FML importeren": a structured text file (docs/capacity.md), read in the browser or pasted. The
// server imports the whole FML or nothing; when it refuses, every problem is shown with its line.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph, TextAreaField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { InlineForm, SubmitRow } from '../../contact/ui/controls';
import { capacityApi, useCapacityAction } from './api';

const PREFIX = 'fml-import';
/** The largest file read into the browser (the server's own limit is higher). */
const MAX_BYTES = 1_000_000;

export const IMPORT_EXAMPLE = `# Passend FML-import (fictief voorbeeld)
datum;14-03-2026
auteur;verzekeringsarts
tijdens_behandeling;nee
prognose;Verbetering verwacht binnen een jaar
versie;Herbeoordeling maart
code;waarde;eenheid
I-1;1
I-2;Beperkt
IV-13;7,5;kg
V-1;normaal;minuten
VI-2;4;uur
VI-3;20;uur per week
VI-1;dag,avond`;

export function FmlImport({ caseId, catalogueId, onClose, onImported }: { caseId: string; catalogueId: string; onClose: () => void; onImported: (answer: { id: string; items: number }) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const run = useCapacityAction(caseId, (body: { catalogueId: string; text: string }) => capacityApi.importFml(caseId, body));
  const ids = { file: fieldId(PREFIX, 'file'), text: fieldId(PREFIX, 'text') };

  async function readFile(file: File | undefined) {
    setFileError(undefined);
    setFileNote(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileError(t('capacity.import.fileTooLarge'));
      return;
    }
    const content = await file.text();
    setText(content);
    setFileNote(t('capacity.import.fileRead', { name: file.name, count: content.split(/\r\n|\r|\n/).length }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      run.setErrors({ fields: { text: t('capacity.import.empty') } });
      return;
    }
    run.run({ catalogueId, text }, onImported);
  }

  // A refused file: the summary says that nothing was imported and lists every problem by its line.
  // (One object per answer: the summary moves focus to itself whenever its errors change.)
  const errors = useMemo(() => {
    const problems = Object.keys(run.errors.fields).filter((key) => key.startsWith('problem-'));
    return problems.length > 0 ? { form: t('capacity.import.refused', { count: problems.length }), fields: run.errors.fields } : run.errors;
  }, [run.errors, t]);

  return (
    <InlineForm titleId="fml-import-title" title={t('capacity.import.title')} intro={t('capacity.import.intro')} onSubmit={submit} errors={errors} fieldIds={{ text: ids.text }}>
      <details className="import-example">
        <summary>{t('capacity.import.exampleSummary')}</summary>
        <Paragraph>{t('capacity.import.exampleIntro')}</Paragraph>
        <pre className="import-example__text">
          {IMPORT_EXAMPLE}
        </pre>
      </details>
      <div className={`utrecht-form-field utrecht-form-field--distanced${fileError ? ' utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={ids.file}>
            {t('capacity.import.file')}
          </label>
        </div>
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${ids.file}-description`}>
          {t('capacity.import.fileHint')}
        </div>
        {fileError ? (
          <p className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${ids.file}-error`}>
            {fileError}
          </p>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            id={ids.file}
            type="file"
            className="file-input"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby={`${ids.file}-description${fileError ? ` ${ids.file}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </div>
        {fileNote ? (
          <p className="utrecht-paragraph muted" role="status">
            {fileNote}
          </p>
        ) : null}
      </div>
      <TextAreaField
        id={ids.text}
        label={t('capacity.import.text')}
        description={t('capacity.import.textHint')}
        rows={8}
        spellCheck={false}
        value={text}
        onChange={setText}
        error={run.errors.fields.text}
      />
      <SubmitRow busy={run.busy} label={t('capacity.import.submit')} onClose={onClose} />
    </InlineForm>
  );
}
