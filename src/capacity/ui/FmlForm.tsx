// "FML invoeren": the capacity profile item by item, with its date, its author's role, the
// circumstances (drawn up during treatment; prognosis) and the expert's version label. The server
// checks every value against its item; its problems come back as one summary with links to the fields.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Paragraph, SelectField, TextAreaField, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { InlineForm, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import type { Catalogue } from '../catalogue';
import { AUTHOR_ROLES, PROGNOSIS_MAX, VERSION_LABEL_MAX } from '../domain';
import { capacityApi, useCapacityAction, useCatalogue, useCatalogues, withLabels, type FmlBody } from './api';
import { valuesFrom, type Drafts } from './capacity-values';
import { itemFieldIds, ItemFields } from './FmlItemFields';

const PREFIX = 'fml-field';

export function FmlForm({ caseId, catalogueId: initialCatalogueId, known, onClose, onSaved }: {
  caseId: string;
  catalogueId: string;
  /** Catalogues the page already has (the shipped list at least). */
  known: Record<string, Catalogue>;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [catalogueId, setCatalogueId] = useState(initialCatalogueId);
  const list = useCatalogues();
  const loaded = useCatalogue(catalogueId, !known[catalogueId]);
  const catalogue = known[catalogueId] ?? loaded.data;
  const [date, setDate] = useState('');
  const [authorRole, setAuthorRole] = useState('');
  const [duringTreatment, setDuringTreatment] = useState(false);
  const [prognosis, setPrognosis] = useState('');
  const [versionLabel, setVersionLabel] = useState('');
  const [drafts, setDrafts] = useState<Drafts>({});
  const record = useCapacityAction(caseId, (body: FmlBody) => capacityApi.recordFml(caseId, body));

  const ids = {
    catalogueId: fieldId(PREFIX, 'catalogueId'),
    date: fieldId(PREFIX, 'date'),
    authorRole: fieldId(PREFIX, 'authorRole'),
    duringTreatment: fieldId(PREFIX, 'duringTreatment'),
    prognosis: fieldId(PREFIX, 'prognosis'),
    versionLabel: fieldId(PREFIX, 'versionLabel'),
  };
  const fieldIds = useMemo(() => ({
    catalogueId: ids.catalogueId,
    date: ids.date,
    authorRole: ids.authorRole,
    'circumstances.duringTreatment': ids.duringTreatment,
    'circumstances.prognosis': ids.prognosis,
    versionLabel: ids.versionLabel,
    ...(catalogue ? itemFieldIds(catalogue, PREFIX, 'values') : {}),
  }), [catalogue]); // eslint-disable-line react-hooks/exhaustive-deps
  const fields = record.errors.fields;
  const itemErrors = Object.fromEntries(Object.entries(fields).filter(([k]) => k.startsWith('values.')).map(([k, v]) => [k.slice('values.'.length), v]));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!catalogue) return;
    record.run({
      catalogueId,
      date,
      authorRole,
      circumstances: { duringTreatment, prognosis: prognosis.trim() === '' ? null : prognosis },
      versionLabel: versionLabel.trim() === '' ? null : versionLabel.trim(),
      values: valuesFrom(catalogue, drafts, 'capacity'),
    }, (answer) => onSaved(answer.id));
  }

  const catalogues = list.data?.items ?? [];
  const summary = withLabels(record.errors, {
    catalogueId: t('capacity.fmlForm.catalogue'),
    date: t('capacity.fmlForm.date'),
    authorRole: t('capacity.fmlForm.authorRole'),
    'circumstances.duringTreatment': t('capacity.fmlForm.duringTreatment'),
    'circumstances.prognosis': t('capacity.fmlForm.prognosis'),
    versionLabel: t('capacity.fmlForm.versionLabel'),
  });
  return (
    <InlineForm titleId="fml-form-title" title={t('capacity.fmlForm.title')} intro={t('capacity.fmlForm.intro')} onSubmit={submit} errors={summary} fieldIds={fieldIds}>
      {catalogues.length > 1 ? (
        <SelectField
          id={ids.catalogueId}
          label={t('capacity.fmlForm.catalogue')}
          markOptional={false}
          value={catalogueId}
          options={catalogues.map((c) => ({ value: c.id, label: `${c.name} (${c.version})` }))}
          onChange={(value) => {
            setCatalogueId(value);
            setDrafts({});
          }}
        />
      ) : null}
      <TextField id={ids.date} type="date" label={t('capacity.fmlForm.date')} required value={date} onChange={setDate} error={fields.date} />
      <RadioGroup
        id={ids.authorRole}
        name="fml-author-role"
        legend={t('capacity.fmlForm.authorRole')}
        options={AUTHOR_ROLES.map((role) => ({ value: role, label: t(`capacity.authorRole.${role}`) }))}
        value={authorRole}
        onChange={setAuthorRole}
        error={fields.authorRole}
      />
      <Checkbox
        id={ids.duringTreatment}
        label={t('capacity.fmlForm.duringTreatment')}
        description={t('capacity.fmlForm.duringTreatmentHint')}
        checked={duringTreatment}
        onChange={setDuringTreatment}
        error={fields['circumstances.duringTreatment']}
      />
      <TextAreaField id={ids.prognosis} label={t('capacity.fmlForm.prognosis')} rows={2} maxLength={PROGNOSIS_MAX} value={prognosis} onChange={setPrognosis} error={fields['circumstances.prognosis']} />
      <TextField
        id={ids.versionLabel}
        label={t('capacity.fmlForm.versionLabel')}
        description={t('capacity.fmlForm.versionLabelHint')}
        maxLength={VERSION_LABEL_MAX}
        value={versionLabel}
        onChange={setVersionLabel}
        error={fields.versionLabel}
      />
      {catalogue ? (
        <>
          <Paragraph className="muted">{t('capacity.fmlForm.itemsIntro', { name: catalogue.name, version: catalogue.version })}</Paragraph>
          <ItemFields catalogue={catalogue} drafts={drafts} onChange={setDrafts} side="capacity" prefix={PREFIX} errors={itemErrors} />
        </>
      ) : (
        <Paragraph>{t('app.loading')}</Paragraph>
      )}
      <SubmitRow busy={record.busy} label={t('capacity.fmlForm.submit')} onClose={onClose} disabled={!catalogue} />
    </InlineForm>
  );
}
