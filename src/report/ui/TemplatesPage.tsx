// The organisation's report templates, `/beheer/rapportsjablonen` (administrator, issue 8): the five
// templates (one per context), and one opened: its name, letterhead lines, sections (title, kind,
// standard text, "voor de werkgever", move, remove, add) and a change note, saved as a new version on
// the one the page showed; the logo (upload, remove: each a new version); and the history.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Checkbox, DataTable, FormError, Heading, PageHeading, Paragraph, SelectField, TextAreaField, TextField, TitledSection } from '../../web/components';
import { FieldShell, useFieldIds } from '../../web/components/Field';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { withLabels } from '../../capacity/ui/api';
import { focusWhenPresent } from '../../contact/ui/controls';
import { fileUrls, reportApi, useReportAction, useTemplate, useTemplates, type TemplateBody, type TemplateSectionView, type TemplateView } from './api';
import { letterheadLines, moved, SECTION_KINDS } from './format';
import './report.css';

const NOTICE_ID = 'templates-notice';

export function TemplatesPage() {
  const { t } = useTranslation();
  const list = useTemplates();
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const onNotice = (message: string) => {
    setNotice(message);
    focusWhenPresent(NOTICE_ID);
  };
  const items = list.data?.items ?? [];
  return (
    <div className="page">
      <PageHeading>{t('report.templates.title')}</PageHeading>
      <Paragraph>{t('report.templates.intro')}</Paragraph>
      {list.isPending ? <Paragraph>{t('report.templates.loading')}</Paragraph> : null}
      {list.isError ? <Alert type="error">{list.error.message}</Alert> : null}
      {notice ? (
        <Alert type="ok" id={NOTICE_ID}>
          {notice}
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <DataTable<TemplateView>
          caption={t('report.templates.caption')}
          rows={items}
          rowKey={(tv) => tv.templateId}
          columns={[
            { key: 'name', header: t('report.templates.name'), rowHeader: true, cell: (tv) => tv.name },
            { key: 'context', header: t('report.templates.context'), cell: (tv) => t(`report.context.${tv.context}`, { defaultValue: tv.context }) },
            { key: 'version', header: t('report.templates.version'), cell: (tv) => tv.number },
            { key: 'changed', header: t('report.templates.changed'), cell: (tv) => formatDateTime(tv.createdAt) },
            {
              key: 'open',
              header: <span className="visually-hidden">{t('report.templates.open')}</span>,
              cell: (tv) => (
                <Button
                  id={`template-open-${tv.templateId}`}
                  aria-label={t('report.templates.openTemplate', { name: tv.name })}
                  aria-expanded={openId === tv.templateId}
                  onClick={() => {
                    setNotice(null);
                    setOpenId(tv.templateId);
                    focusWhenPresent('template-edit-heading');
                  }}
                >
                  {t('report.templates.open')}
                </Button>
              ),
            },
          ]}
        />
      ) : null}
      {openId ? <TemplateDetail key={openId} templateId={openId} onNotice={onNotice} onClose={() => { setOpenId(null); focusWhenPresent(`template-open-${openId}`); }} /> : null}
    </div>
  );
}

function TemplateDetail({ templateId, onNotice, onClose }: { templateId: string; onNotice: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useTemplate(templateId);
  const detail = query.data;
  return (
    <TitledSection titleId="template-edit-heading" focusable title={detail ? t('report.templates.editTitle', { name: detail.current.name }) : t('report.templates.loading')} className="template-detail">
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {detail ? (
        <>
          <Paragraph>{t('report.templates.currentVersion', { number: detail.current.number })}</Paragraph>
          <TemplateForm key={`form-${detail.current.number}`} current={detail.current} onNotice={onNotice} />
          <LogoPart key={`logo-${detail.current.number}`} current={detail.current} onNotice={onNotice} />
          <TitledSection titleId="template-history-heading" level={3} title={t('report.templates.history')}>
            <DataTable<TemplateView>
              caption={t('report.templates.historyCaption')}
              rows={detail.history}
              rowKey={(v) => String(v.number)}
              columns={[
                { key: 'number', header: t('report.templates.version'), rowHeader: true, cell: (v) => v.number },
                { key: 'date', header: t('report.templates.date'), cell: (v) => formatDateTime(v.createdAt) },
                { key: 'by', header: t('report.templates.by'), cell: (v) => v.createdBy ?? t('report.templates.unknown') },
                { key: 'note', header: t('report.templates.note'), cell: (v) => v.changeNote ?? t('report.templates.firstVersion') },
              ]}
            />
          </TitledSection>
        </>
      ) : null}
      <Button onClick={onClose}>{t('report.templates.back')}</Button>
    </TitledSection>
  );
}

interface EditableSection extends TemplateSectionView {
  key: string;
}

let sectionCounter = 0;
const withKey = (s: TemplateSectionView): EditableSection => ({ ...s, key: `s${(sectionCounter += 1)}` });

function TemplateForm({ current, onNotice }: { current: TemplateView; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(current.name);
  const [letterhead, setLetterhead] = useState(current.letterheadLines.join('\n'));
  const [sections, setSections] = useState<EditableSection[]>(() => current.sections.map(withKey));
  const [changeNote, setChangeNote] = useState('');
  const prefix = 'template';
  const save = useReportAction(null, (body: TemplateBody) => reportApi.saveTemplate(current.templateId, body), { fallbackField: 'changeNote' });
  const ids: Record<string, string> = {
    name: fieldId(prefix, 'name'),
    letterheadLines: fieldId(prefix, 'letterheadLines'),
    sections: `${prefix}-add-section`,
    changeNote: fieldId(prefix, 'changeNote'),
  };
  sections.forEach((s, i) => {
    ids[`sections.${i}.title`] = fieldId(prefix, `${s.key}-title`);
    ids[`sections.${i}.kind`] = fieldId(prefix, `${s.key}-kind`);
    ids[`sections.${i}.standardText`] = fieldId(prefix, `${s.key}-text`);
    ids[`sections.${i}`] = fieldId(prefix, `${s.key}-kind`);
  });
  // Letterhead line problems (`letterheadLines.2`) belong to the one textarea.
  const fields = { ...save.errors.fields };
  for (const [field, message] of Object.entries(save.errors.fields)) {
    if (field.startsWith('letterheadLines.')) {
      fields.letterheadLines = fields.letterheadLines ? `${fields.letterheadLines} ${message}` : message;
      delete fields[field];
    }
  }
  const errors = { ...save.errors, fields };
  const labels: Record<string, string> = { name: t('report.templates.nameField'), letterheadLines: t('report.templates.letterhead'), changeNote: t('report.templates.changeNote') };
  sections.forEach((s, i) => {
    const at = t('report.templates.sectionLegend', { number: i + 1, title: s.title });
    labels[`sections.${i}.title`] = `${at}, ${t('report.templates.sectionTitle')}`;
    labels[`sections.${i}.kind`] = `${at}, ${t('report.templates.sectionKind')}`;
    labels[`sections.${i}.standardText`] = `${at}, ${t('report.templates.standardText')}`;
    labels[`sections.${i}`] = at;
  });
  const update = (index: number, patch: Partial<TemplateSectionView>) => setSections((list) => list.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const kindOptions = SECTION_KINDS.map((kind) => ({ value: kind, label: t(`report.kind.${kind}`) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.run(
      {
        name: name.trim(),
        letterheadLines: letterheadLines(letterhead),
        sections: sections.map(({ key: _key, ...s }) => ({ ...s, title: s.title.trim() })),
        changeNote: changeNote.trim(),
        basedOn: current.number,
      },
      (answer) => onNotice(t('report.templates.saved', { number: answer.number })),
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="template-form-title">
      <Heading level={3} id="template-form-title">
        {t('report.templates.editTitle', { name: current.name })}
      </Heading>
      <FormError errors={withLabels(errors, labels)} fieldIds={ids} />
      <TextField id={ids.name} label={t('report.templates.nameField')} required value={name} onChange={setName} error={errors.fields.name} />
      <TextAreaField
        id={ids.letterheadLines}
        label={t('report.templates.letterhead')}
        description={t('report.templates.letterheadHint')}
        rows={4}
        value={letterhead}
        onChange={setLetterhead}
        error={errors.fields.letterheadLines}
      />
      <Heading level={4}>{t('report.templates.sections')}</Heading>
      {errors.fields.sections ? <p className="utrecht-form-field-error-message">{errors.fields.sections}</p> : null}
      <ol className="report-editor__list">
        {sections.map((s, i) => (
          <li key={s.key} className="template-section">
            <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('report.templates.sectionLegend', { number: i + 1, title: s.title || t('report.templates.newSection') })}</legend>
              <TextField id={ids[`sections.${i}.title`]} label={t('report.templates.sectionTitle')} required value={s.title} onChange={(title) => update(i, { title })} error={errors.fields[`sections.${i}.title`]} />
              <SelectField
                id={ids[`sections.${i}.kind`]}
                label={t('report.templates.sectionKind')}
                description={t('report.templates.sectionKindHint')}
                required
                value={s.kind}
                onChange={(kind) => update(i, { kind })}
                options={(SECTION_KINDS as readonly string[]).includes(s.kind) ? kindOptions : [...kindOptions, { value: s.kind, label: s.kind }]}
                error={errors.fields[`sections.${i}.kind`] ?? errors.fields[`sections.${i}`]}
              />
              <TextAreaField
                id={ids[`sections.${i}.standardText`]}
                label={t('report.templates.standardText')}
                description={t('report.templates.standardTextHint')}
                rows={3}
                value={s.standardText}
                onChange={(standardText) => update(i, { standardText })}
                error={errors.fields[`sections.${i}.standardText`]}
              />
              <Checkbox id={fieldId(prefix, `${s.key}-employer`)} label={t('report.templates.forEmployer')} description={t('report.templates.forEmployerHint')} checked={s.forEmployer} onChange={(forEmployer) => update(i, { forEmployer })} />
              <ButtonGroup>
                <Button id={`${prefix}-${s.key}-up`} disabled={i === 0} onClick={() => { setSections((list) => moved(list, i, -1)); focusWhenPresent(`${prefix}-${s.key}-up`); }}>
                  {t('report.templates.up', { number: i + 1 })}
                </Button>
                <Button id={`${prefix}-${s.key}-down`} disabled={i === sections.length - 1} onClick={() => { setSections((list) => moved(list, i, 1)); focusWhenPresent(`${prefix}-${s.key}-down`); }}>
                  {t('report.templates.down', { number: i + 1 })}
                </Button>
                <Button variant="subtle" onClick={() => { setSections((list) => list.filter((_, j) => j !== i)); focusWhenPresent(`${prefix}-add-section`); }}>
                  {t('report.templates.remove', { number: i + 1 })}
                </Button>
              </ButtonGroup>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button
        id={`${prefix}-add-section`}
        onClick={() => {
          const added = withKey({ kind: 'free', title: '', standardText: '', forEmployer: false });
          setSections((list) => [...list, added]);
          focusWhenPresent(fieldId(prefix, `${added.key}-title`));
        }}
      >
        {t('report.templates.add')}
      </Button>
      <TextAreaField id={ids.changeNote} label={t('report.templates.changeNote')} description={t('report.templates.changeNoteHint')} required rows={2} value={changeNote} onChange={setChangeNote} error={errors.fields.changeNote} />
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('report.templates.save')}
      </Button>
    </form>
  );
}

function LogoPart({ current, onNotice }: { current: TemplateView; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useReportAction(null, (chosen: File) => reportApi.saveLogo(current.templateId, chosen, current.number), { fallbackField: 'logo' });
  const remove = useReportAction(null, () => reportApi.removeLogo(current.templateId, current.number), { fallbackField: 'logo' });
  const error = upload.errors.fields.logo ?? remove.errors.fields.logo;
  const ids = useFieldIds({ id: 'template-logo-file', description: t('report.templates.logoIntro'), error });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return upload.setErrors({ fields: { logo: t('report.templates.logoRequired') } });
    upload.run(file, (answer) => onNotice(t('report.templates.logoSaved', { number: answer.number })));
  }
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="template-logo-title">
      <Heading level={3} id="template-logo-title">
        {t('report.templates.logo')}
      </Heading>
      <FormError errors={upload.errors.form ? upload.errors : remove.errors.form ? remove.errors : { fields: error ? { logo: error } : {} }} fieldIds={{ logo: ids.id }} />
      {current.hasLogo ? (
        <p className="utrecht-paragraph">
          <img className="template-logo" src={fileUrls.logo(current.templateId, current.number)} alt={t('report.templates.logoCurrent', { number: current.number })} />
        </p>
      ) : (
        <Paragraph className="muted">{t('report.templates.noLogo')}</Paragraph>
      )}
      <FieldShell label={t('report.templates.logoFile')} description={t('report.templates.logoIntro')} error={error} ids={ids}>
        <input
          id={ids.id}
          type="file"
          className="file-input"
          accept="image/png,image/jpeg"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </FieldShell>
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={upload.busy}>
          {t('report.templates.logoUpload')}
        </Button>
        {current.hasLogo ? (
          <Button variant="danger" busy={remove.busy} onClick={() => remove.run(undefined, (answer) => onNotice(t('report.templates.logoRemoved', { number: answer.number })))}>
            {t('report.templates.logoRemove')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
