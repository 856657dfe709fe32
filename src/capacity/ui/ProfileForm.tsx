// A job profile: its kind (own job, adapted own job, other work at the employer, work elsewhere, a
// named profile), name, basis and description, the demands on the same items as the FML, and the
// adjustments (voorzieningen) with their effect and the items they bear on. Used to add a profile
// and to edit one (with its version: a 409 says someone else changed it).
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, Paragraph, SelectField, TextAreaField, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { focusWhenPresent, InlineForm, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import type { Catalogue } from '../catalogue';
import { JOB_PROFILE_KINDS, NOTE_MAX, type JobProfileKind } from '../domain';
import { capacityApi, PROFILE_BASES, useCapacityAction, withLabels, type ProfileBasis, type ProfileBody, type ProfileView } from './api';
import { draftFromDemand, itemCodes, valuesFrom, type Drafts } from './capacity-values';
import { itemFieldIds, ItemFields } from './FmlItemFields';

const NAME_MAX = 200;

interface AdjustmentDraft {
  key: number;
  description: string;
  effect: string;
  items: string;
}

export function ProfileForm({ caseId, catalogueId, catalogue, profile, onClose, onSaved }: {
  caseId: string;
  catalogueId: string;
  catalogue: Catalogue;
  /** The profile to edit; absent to add one. */
  profile?: ProfileView;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const prefix = profile ? `profile-${profile.id}-field` : 'new-profile-field';
  const titleId = profile ? `profile-${profile.id}-form-title` : 'new-profile-form-title';
  const [kind, setKind] = useState<string>(profile?.kind ?? '');
  const [name, setName] = useState(profile?.name ?? '');
  const [basis, setBasis] = useState<string>(profile?.basis ?? 'job_description');
  const [description, setDescription] = useState(profile?.description ?? '');
  const [drafts, setDrafts] = useState<Drafts>(() =>
    Object.fromEntries(catalogue.items.map((item) => [item.code, draftFromDemand(item, profile?.demands[item.code])])));
  let nextKey = 0;
  const [adjustments, setAdjustments] = useState<AdjustmentDraft[]>(() =>
    (profile?.adjustments ?? []).map((a) => ({ key: nextKey++, description: a.description, effect: a.effect, items: a.items.join(', ') })));
  const save = useCapacityAction(caseId, (body: ProfileBody) =>
    profile ? capacityApi.updateProfile(caseId, profile.id, { ...body, version: profile.version }).then(() => ({ id: profile.id })) : capacityApi.addProfile(caseId, { ...body, catalogueId }),
  { fallbackField: 'name', conflictMessage: t('capacity.profileForm.stale') });

  const ids = { kind: fieldId(prefix, 'kind'), name: fieldId(prefix, 'name'), basis: fieldId(prefix, 'basis'), description: fieldId(prefix, 'description'), adjustments: fieldId(prefix, 'adjustments') };
  const fieldIds = useMemo(() => {
    const out: Record<string, string> = { ...ids, ...itemFieldIds(catalogue, prefix, 'demands') };
    adjustments.forEach((_, index) => {
      for (const f of ['description', 'effect', 'items']) out[`adjustments.${index}.${f}`] = fieldId(prefix, `adjustments-${index}-${f}`);
    });
    return out;
  }, [catalogue, prefix, adjustments.length]); // eslint-disable-line react-hooks/exhaustive-deps
  const fields = save.errors.fields;
  const itemErrors = Object.fromEntries(Object.entries(fields).filter(([k]) => k.startsWith('demands.')).map(([k, v]) => [k.slice('demands.'.length), v]));

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!kind) problems.kind = t('capacity.profileForm.kindRequired');
    if (!name.trim()) problems.name = t('capacity.profileForm.nameRequired');
    if (Object.keys(problems).length > 0) return save.setErrors({ fields: problems });
    save.run({
      kind: kind as JobProfileKind,
      name: name.trim(),
      basis: basis as ProfileBasis,
      description: description.trim() === '' ? null : description,
      demands: valuesFrom(catalogue, drafts, 'demand'),
      adjustments: adjustments.map((a) => ({ description: a.description, effect: a.effect, items: itemCodes(a.items) })),
    }, (answer) => onSaved(answer.id));
  }

  const summary = withLabels(save.errors, {
    kind: t('capacity.profileForm.kind'),
    name: t('capacity.profileForm.name'),
    basis: t('capacity.profileForm.basis'),
    description: t('capacity.profileForm.description'),
    adjustments: t('capacity.profileForm.adjustments'),
    ...Object.fromEntries(adjustments.flatMap((_, index) => [
      [`adjustments.${index}.description`, t('capacity.profileForm.adjustmentDescription', { n: index + 1 })],
      [`adjustments.${index}.effect`, t('capacity.profileForm.adjustmentEffect', { n: index + 1 })],
      [`adjustments.${index}.items`, t('capacity.profileForm.adjustmentItems', { n: index + 1 })],
    ])),
  });
  const update = (key: number, patch: Partial<AdjustmentDraft>) => setAdjustments((list) => list.map((a) => (a.key === key ? { ...a, ...patch } : a)));

  return (
    <InlineForm
      titleId={titleId}
      title={profile ? t('capacity.profileForm.editTitle', { name: profile.name }) : t('capacity.profileForm.addTitle')}
      intro={t('capacity.profileForm.intro')}
      onSubmit={submit}
      errors={summary}
      fieldIds={fieldIds}
      className="profile-form"
    >
      <RadioGroup
        id={ids.kind}
        name={`${prefix}-kind`}
        legend={t('capacity.profileForm.kind')}
        options={JOB_PROFILE_KINDS.map((k) => ({ value: k, label: t(`capacity.kind.${k}`), description: t(`capacity.kindHint.${k}`) }))}
        value={kind}
        onChange={setKind}
        error={fields.kind}
      />
      <TextField id={ids.name} label={t('capacity.profileForm.name')} description={t('capacity.profileForm.nameHint')} required maxLength={NAME_MAX} value={name} onChange={setName} error={fields.name} />
      <SelectField
        id={ids.basis}
        label={t('capacity.profileForm.basis')}
        markOptional={false}
        value={basis}
        options={PROFILE_BASES.map((b) => ({ value: b, label: t(`capacity.basis.${b}`) }))}
        onChange={setBasis}
        error={fields.basis}
      />
      <TextAreaField id={ids.description} label={t('capacity.profileForm.description')} rows={3} maxLength={NOTE_MAX} value={description} onChange={setDescription} error={fields.description} />
      <Paragraph className="muted">{t('capacity.profileForm.demandsIntro')}</Paragraph>
      <ItemFields catalogue={catalogue} drafts={drafts} onChange={setDrafts} side="demand" prefix={prefix} errors={itemErrors} />
      <Fieldset id={ids.adjustments} legend={t('capacity.profileForm.adjustments')} description={t('capacity.profileForm.adjustmentsHint')} error={fields.adjustments}>
        {adjustments.length === 0 ? <Paragraph className="muted">{t('capacity.profileForm.noAdjustments')}</Paragraph> : null}
        {adjustments.map((a, index) => (
          <div className="adjustment-row" key={a.key} role="group" aria-label={t('capacity.profileForm.adjustmentN', { n: index + 1 })}>
            <TextField
              id={fieldId(prefix, `adjustments-${index}-description`)}
              label={t('capacity.profileForm.adjustmentDescription', { n: index + 1 })}
              required
              value={a.description}
              onChange={(value) => update(a.key, { description: value })}
              error={fields[`adjustments.${index}.description`]}
            />
            <TextField
              id={fieldId(prefix, `adjustments-${index}-effect`)}
              label={t('capacity.profileForm.adjustmentEffect', { n: index + 1 })}
              required
              value={a.effect}
              onChange={(value) => update(a.key, { effect: value })}
              error={fields[`adjustments.${index}.effect`]}
            />
            <TextField
              id={fieldId(prefix, `adjustments-${index}-items`)}
              label={t('capacity.profileForm.adjustmentItems', { n: index + 1 })}
              description={t('capacity.profileForm.adjustmentItemsHint')}
              markOptional
              value={a.items}
              onChange={(value) => update(a.key, { items: value })}
              error={fields[`adjustments.${index}.items`]}
            />
            <Button
              variant="subtle"
              onClick={() => {
                setAdjustments((list) => list.filter((x) => x.key !== a.key));
                focusWhenPresent(`${prefix}-add-adjustment`);
              }}
            >
              {t('capacity.profileForm.removeAdjustment', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          id={`${prefix}-add-adjustment`}
          onClick={() => {
            const index = adjustments.length;
            setAdjustments((list) => [...list, { key: Date.now(), description: '', effect: '', items: '' }]);
            focusWhenPresent(fieldId(prefix, `adjustments-${index}-description`));
          }}
        >
          {t('capacity.profileForm.addAdjustment')}
        </Button>
      </Fieldset>
      <SubmitRow busy={save.busy} label={profile ? t('capacity.profileForm.saveEdit') : t('capacity.profileForm.saveAdd')} onClose={onClose} />
    </InlineForm>
  );
}
