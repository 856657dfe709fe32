// One section of the report as a region with its own h2: the paragraphs, what the case gave (tables,
// lists, charts) read-only, "Verouderd" with its explanation when the case changed since, and for a
// draft the inline text editor (a textarea per paragraph, "Ook voor de werkgever" per paragraph) and
// the refresh: first what would change, in words ("Nieuw:", "Vervalt:"), then on confirmation applied,
// with what changed shown after.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonGroup, Checkbox, FormError, Heading, Paragraph, TextAreaField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { focusWhenPresent } from '../../contact/ui/controls';
import { reportApi, useReportAction, type DiffLine, type ReportDetail, type ReportParagraph, type ReportSectionView } from './api';
import { Blocks } from './Blocks';
import { newParagraphId, paragraphsToSave, summariseDiff } from './format';

export const sectionHeadingId = (index: number) => `report-section-${index}-heading`;

type Mode = 'view' | 'edit' | 'refresh';

export function SectionPart({ caseId, report, section, editable, onNotice }: {
  caseId: string;
  report: ReportDetail;
  section: ReportSectionView;
  /** A draft (not in check, not final): the text can change. */
  editable: boolean;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const [changed, setChanged] = useState<DiffLine[] | null>(null);
  const headingId = sectionHeadingId(section.index);
  const editButtonId = `report-section-${section.index}-edit`;
  const refreshButtonId = `report-section-${section.index}-refresh`;
  const close = (focus: string) => {
    setMode('view');
    focusWhenPresent(focus);
  };
  const canRefresh = section.kind !== 'client_reaction';

  return (
    <section className="report-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusable>
        {section.title}
      </Heading>
      {section.stale ? (
        <div className="report-stale">
          <p className="utrecht-paragraph">
            <Badge tone="warning">{t('report.editor.stale')}</Badge> {t('report.editor.staleText')}
          </p>
        </div>
      ) : null}
      <p className="utrecht-paragraph report-section__meta">
        {t('report.editor.generatedAt', { when: formatDateTime(section.generatedAt) })}
        {section.edited ? ` · ${t('report.editor.edited')}` : ''}
        {section.forEmployer ? ` · ${t('report.editor.forEmployerMark')}` : ''}
      </p>
      {changed ? <RefreshResult id={`report-section-${section.index}-changed`} title={section.title} diff={changed} /> : null}
      {mode === 'edit' ? (
        <SectionEditor
          caseId={caseId}
          report={report}
          section={section}
          onClose={() => close(editButtonId)}
          onSaved={() => {
            onNotice(t('report.edit.saved', { title: section.title }));
            close(editButtonId);
          }}
        />
      ) : (
        <>
          {section.paragraphs.length === 0 ? <Paragraph className="muted">{t('report.editor.noText')}</Paragraph> : null}
          {section.paragraphs.map((p) => (
            <p key={p.id} className="utrecht-paragraph report-paragraph">
              {p.text}
              {p.forEmployer && !section.forEmployer ? <span className="report-paragraph__mark"> ({t('report.editor.forEmployerMark')})</span> : null}
            </p>
          ))}
        </>
      )}
      <Blocks blocks={section.blocks} />
      {mode === 'refresh' ? (
        <RefreshPreview
          caseId={caseId}
          report={report}
          section={section}
          onClose={() => close(refreshButtonId)}
          onApplied={(diff) => {
            setChanged(diff);
            setMode('view');
            focusWhenPresent(`report-section-${section.index}-changed`);
          }}
        />
      ) : null}
      {editable && mode === 'view' ? (
        <ButtonGroup>
          <Button id={editButtonId} onClick={() => { setChanged(null); setMode('edit'); }} aria-label={t('report.editor.editTextOf', { title: section.title })}>
            {t('report.editor.editText')}
          </Button>
          {canRefresh ? (
            <Button id={refreshButtonId} onClick={() => { setChanged(null); setMode('refresh'); }} aria-label={t('report.editor.refreshOf', { title: section.title })}>
              {t('report.editor.refresh')}
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}
    </section>
  );
}

function SectionEditor({ caseId, report, section, onClose, onSaved }: { caseId: string; report: ReportDetail; section: ReportSectionView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [paragraphs, setParagraphs] = useState<ReportParagraph[]>(section.paragraphs);
  const prefix = `report-edit-${section.index}`;
  const titleId = `${prefix}-title`;
  const save = useReportAction(caseId, (body: { lockVersion: number; paragraphs: ReportParagraph[] }) => reportApi.saveSection(caseId, report.id, section.index, body), { fallbackField: 'paragraphs' });
  const ids: Record<string, string> = { paragraphs: `${prefix}-add` };
  paragraphs.forEach((p, i) => (ids[`paragraphs.${i}.text`] = fieldId(prefix, `p-${p.id}`)));
  const update = (index: number, patch: Partial<ReportParagraph>) => setParagraphs((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.run({ lockVersion: report.current.lockVersion, paragraphs: paragraphsToSave(paragraphs) }, onSaved);
  }

  return (
    <form className="form report-editor" noValidate onSubmit={submit} aria-labelledby={titleId}>
      <Heading level={3} id={titleId} focusable>
        {t('report.edit.title', { title: section.title })}
      </Heading>
      <Paragraph>{t('report.edit.intro')}</Paragraph>
      <FormError errors={save.errors} fieldIds={ids} />
      {paragraphs.length === 0 ? <Paragraph className="muted">{t('report.edit.empty')}</Paragraph> : null}
      <ol className="report-editor__list">
        {paragraphs.map((p, i) => (
          <li key={p.id} className="report-editor__item">
            <TextAreaField
              id={ids[`paragraphs.${i}.text`]}
              label={t('report.edit.paragraph', { number: i + 1 })}
              markOptional={false}
              rows={Math.min(12, Math.max(3, Math.ceil(p.text.length / 90)))}
              value={p.text}
              onChange={(text) => update(i, { text })}
              error={save.errors.fields[`paragraphs.${i}.text`]}
            />
            <Checkbox
              id={`${prefix}-employer-${p.id}`}
              label={t('report.edit.forEmployer')}
              checked={p.forEmployer}
              onChange={(forEmployer) => update(i, { forEmployer })}
            />
            <Button
              variant="subtle"
              onClick={() => {
                setParagraphs((list) => list.filter((_, j) => j !== i));
                focusWhenPresent(`${prefix}-add`);
              }}
            >
              {t('report.edit.remove', { number: i + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <p className="utrecht-paragraph muted">{t('report.edit.forEmployerHint')}</p>
      <ButtonGroup>
        <Button
          id={`${prefix}-add`}
          onClick={() => {
            const id = newParagraphId(paragraphs);
            setParagraphs((list) => [...list, { id, text: '', forEmployer: section.forEmployer }]);
            focusWhenPresent(fieldId(prefix, `p-${id}`));
          }}
        >
          {t('report.edit.add')}
        </Button>
      </ButtonGroup>
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('report.edit.save')}
        </Button>
        <Button onClick={onClose}>{t('report.edit.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

/** A difference as a list, every line marked in words. */
export function DiffList({ diff }: { diff: readonly DiffLine[] }) {
  const { t } = useTranslation();
  return (
    <ul className="report-diff">
      {diff.map((line, i) => (
        <li key={i} className={`report-diff__line report-diff__line--${line.change}`}>
          <strong className="report-diff__mark">{t(`report.refresh.${line.change}`)}</strong> {line.text}
        </li>
      ))}
    </ul>
  );
}

function RefreshPreview({ caseId, report, section, onClose, onApplied }: {
  caseId: string;
  report: ReportDetail;
  section: ReportSectionView;
  onClose: () => void;
  onApplied: (diff: DiffLine[]) => void;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<DiffLine[] | null>(null);
  const started = useRef(false);
  const titleId = `report-refresh-${section.index}-title`;
  const look = useReportAction(caseId, () => reportApi.refreshPreview(caseId, report.id, section.index, report.current.lockVersion));
  const apply = useReportAction(caseId, () => reportApi.refresh(caseId, report.id, section.index, report.current.lockVersion));
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    look.run(undefined, (answer) => {
      setPreview(answer.diff);
      focusWhenPresent(titleId);
    });
  }, [look, titleId]);
  const summary = preview ? summariseDiff(preview) : null;
  const errors = look.errors.form || Object.keys(look.errors.fields).length ? look.errors : apply.errors;
  return (
    <div className="report-refresh" role="group" aria-labelledby={titleId}>
      <Heading level={3} id={titleId} focusable>
        {t('report.refresh.title', { title: section.title })}
      </Heading>
      <FormError errors={errors} />
      {look.busy ? <Paragraph>{t('report.refresh.loading')}</Paragraph> : null}
      {summary ? (
        <>
          <Paragraph>{t('report.refresh.intro')}</Paragraph>
          {summary.unchanged ? <Paragraph>{t('report.refresh.nothing')}</Paragraph> : null}
          <p className="utrecht-paragraph">{t('report.refresh.counts', { added: summary.added, removed: summary.removed, same: summary.same })}</p>
          <DiffList diff={summary.lines} />
          <ButtonGroup>
            <Button variant="primary" busy={apply.busy} onClick={() => apply.run(undefined, (answer) => onApplied(answer.diff))}>
              {t('report.refresh.confirm')}
            </Button>
            <Button onClick={onClose}>{t('report.refresh.cancel')}</Button>
          </ButtonGroup>
        </>
      ) : !look.busy ? (
        <Button onClick={onClose}>{t('report.refresh.cancel')}</Button>
      ) : null}
    </div>
  );
}

function RefreshResult({ id, title, diff }: { id: string; title: string; diff: readonly DiffLine[] }) {
  const { t } = useTranslation();
  const summary = summariseDiff(diff);
  return (
    <div className="report-refresh report-refresh--done" id={id} tabIndex={-1}>
      <p className="utrecht-paragraph" role="status">
        {t('report.refresh.done', { title })} {t('report.refresh.counts', { added: summary.added, removed: summary.removed, same: summary.same })}
      </p>
      <DiffList diff={summary.lines.filter((line) => line.change !== 'same')} />
    </div>
  );
}
