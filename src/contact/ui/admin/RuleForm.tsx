// The form for one advice rule: its effects per form, the explanation and statistic in both
// languages, the source section, the date it takes effect and its condition as JSON (with a preview
// in words). It checks the rule as the server would and then changes the draft, nothing else.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_FORMS, type ContactForm } from '../../../cases/domain';
import { PRECONDITIONS, STRENGTH_ORDER, validateRuleSet, type Precondition, type Rule, type RuleEffect, type Strength } from '../../domain';
import { Button, Fieldset, SelectField, TextAreaField, TextField } from '../../../web/components';
import { NO_ERRORS, type FormErrors } from '../../../web/forms';
import { currentLanguage } from '../../../web/i18n';
import { todayInAmsterdam } from '../../../platform/time';
import { InlineForm, SubmitRow } from '../controls';
import { isIsoDate } from '../time';
import { describeCondition } from './describeCondition';
import { useFields } from './shared';

interface EffectRow {
  form: ContactForm;
  /** A strength, or `blocks:<precondition>`. */
  kind: string;
}

function effectToRow(effect: RuleEffect): EffectRow {
  return 'blocks' in effect ? { form: effect.form, kind: `blocks:${effect.blocks}` } : { form: effect.form, kind: effect.strength };
}

function rowToEffect(row: EffectRow): RuleEffect {
  if (row.kind.startsWith('blocks:')) return { form: 'video', blocks: row.kind.slice('blocks:'.length) as Precondition };
  return { form: row.form, strength: row.kind as Strength };
}

interface RuleFormState {
  id: string;
  effects: EffectRow[];
  explanationNl: string;
  explanationEn: string;
  statisticNl: string;
  statisticEn: string;
  source: string;
  effectiveFrom: string;
  condition: string;
}

function ruleToState(rule: Rule | null): RuleFormState {
  if (!rule) {
    return {
      id: '',
      effects: [{ form: 'video', kind: 'possible' }],
      explanationNl: '',
      explanationEn: '',
      statisticNl: '',
      statisticEn: '',
      source: 'seed 000 §',
      effectiveFrom: todayInAmsterdam(),
      condition: JSON.stringify({ fact: 'activity', in: ['checking_facts'] }, null, 2),
    };
  }
  return {
    id: rule.id,
    effects: (Array.isArray(rule.effects) ? rule.effects : []).map(effectToRow),
    explanationNl: rule.explanation?.nl ?? '',
    explanationEn: rule.explanation?.en ?? '',
    statisticNl: rule.statistic?.nl ?? '',
    statisticEn: rule.statistic?.en ?? '',
    source: rule.source ?? '',
    effectiveFrom: rule.effectiveFrom ?? '',
    condition: JSON.stringify(rule.condition, null, 2),
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function RuleForm({
  rule,
  existingIds,
  onApply,
  onCancel,
}: {
  rule: Rule | null;
  existingIds: string[];
  onApply: (rule: Rule) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { values: form, setValues: setForm, bind } = useFields<RuleFormState>(() => ruleToState(rule));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const prefix = 'rule-form';
  const ids = {
    id: `${prefix}-id`,
    effects: `${prefix}-effects`,
    explanationNl: `${prefix}-explanation-nl`,
    explanationEn: `${prefix}-explanation-en`,
    statistic: `${prefix}-statistic-nl`,
    source: `${prefix}-source`,
    effectiveFrom: `${prefix}-effective-from`,
    condition: `${prefix}-condition`,
  };
  const field = bind(ids, errors);
  const parsed = parseJson(form.condition);

  const kindOptions = [
    ...STRENGTH_ORDER.map((strength) => ({ value: strength, label: t(`contactAdmin.strength.${strength}`) })),
    ...PRECONDITIONS.map((p) => ({ value: `blocks:${p}`, label: `${t('contactAdmin.rules.form.blocksGroup')}: ${t(`contactAdmin.blocks.${p}`)}` })),
  ];
  const formOptions = CONTACT_FORMS.map((f) => ({ value: f, label: t(`enums.contactForm.${f}`) }));

  function updateEffect(index: number, patch: Partial<EffectRow>) {
    setForm((f) => ({ ...f, effects: f.effects.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const id = form.id.trim();
    if (!id) fields.id = t('contactAdmin.rules.form.idRequired');
    else if (!rule && existingIds.includes(id)) fields.id = t('contactAdmin.rules.form.idTaken');
    if (form.effects.length === 0) fields.effects = t('contactAdmin.rules.form.effectsRequired');
    const blockedRow = form.effects.findIndex((row) => row.kind.startsWith('blocks:') && row.form !== 'video');
    if (blockedRow >= 0) fields.effects = t('contactAdmin.rules.form.blocksOnlyVideo', { n: blockedRow + 1 });
    if (!form.explanationNl.trim()) fields.explanationNl = t('contactAdmin.rules.form.explanationNlRequired');
    if (!form.explanationEn.trim()) fields.explanationEn = t('contactAdmin.rules.form.explanationEnRequired');
    if (Boolean(form.statisticNl.trim()) !== Boolean(form.statisticEn.trim())) fields.statistic = t('contactAdmin.rules.form.statisticBoth');
    if (!/§\d/.test(form.source)) fields.source = t('contactAdmin.rules.form.sourceSection');
    if (!isIsoDate(form.effectiveFrom)) fields.effectiveFrom = t('contactAdmin.rules.form.dateInvalid');
    if (!parsed.ok) fields.condition = t('contactAdmin.rules.form.conditionJson', { message: parsed.message });
    if (Object.keys(fields).length) return setErrors({ fields });

    const candidate: Rule = {
      id,
      condition: (parsed.ok ? parsed.value : null) as Rule['condition'],
      effects: form.effects.map(rowToEffect),
      explanation: { nl: form.explanationNl.trim(), en: form.explanationEn.trim() },
      source: form.source.trim(),
      ...(form.statisticNl.trim() ? { statistic: { nl: form.statisticNl.trim(), en: form.statisticEn.trim() } } : {}),
      effectiveFrom: form.effectiveFrom,
    };
    // The same check the server makes, before anything is sent.
    const problems = validateRuleSet({ version: 'check', effectiveFrom: form.effectiveFrom, rules: [candidate] }).map((p) => p.message);
    const conditionProblems = problems.filter((message) => message.startsWith('condition'));
    const otherProblems = problems.filter((message) => !message.startsWith('condition'));
    if (problems.length) {
      return setErrors({
        ...(otherProblems.length ? { form: t('contactAdmin.rules.form.ruleInvalid', { problems: otherProblems.join('; ') }) } : {}),
        fields: conditionProblems.length ? { condition: t('contactAdmin.rules.form.conditionInvalid', { problems: conditionProblems.join('; ') }) } : {},
      });
    }
    setErrors(NO_ERRORS);
    onApply(candidate);
  }

  return (
    <InlineForm
      titleId="rule-form-title"
      title={rule ? t('contactAdmin.rules.form.titleEdit', { id: rule.id }) : t('contactAdmin.rules.form.titleAdd')}
      className="rule-form"
      onSubmit={submit}
      errors={errors}
      fieldIds={ids}
    >
      {rule ? null : (
        <TextField {...field.text('id')} label={t('contactAdmin.rules.form.id')} description={t('contactAdmin.rules.form.idHint')} required autoComplete="off" />
      )}
      <Fieldset legend={t('contactAdmin.rules.form.effects')} id={ids.effects} description={t('contactAdmin.rules.form.effectsHint')} error={errors.fields.effects}>
        {form.effects.map((row, index) => (
          <div className="effect-row" key={index} role="group" aria-label={t('contactAdmin.rules.form.effectRow', { n: index + 1 })}>
            <SelectField
              id={`${prefix}-effect-${index}-form`}
              label={t('contactAdmin.rules.form.effectForm')}
              markOptional={false}
              value={row.kind.startsWith('blocks:') ? 'video' : row.form}
              onChange={(value) => updateEffect(index, { form: value as ContactForm })}
              options={formOptions}
              disabled={row.kind.startsWith('blocks:')}
            />
            <SelectField
              id={`${prefix}-effect-${index}-kind`}
              label={t('contactAdmin.rules.form.effectKind')}
              markOptional={false}
              value={row.kind}
              onChange={(value) => updateEffect(index, value.startsWith('blocks:') ? { kind: value, form: 'video' } : { kind: value })}
              options={kindOptions}
            />
            <Button
              variant="subtle"
              className="effect-row__remove"
              onClick={() => setForm((f) => ({ ...f, effects: f.effects.filter((_, i) => i !== index) }))}
            >
              {t('contactAdmin.rules.form.removeEffect', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          className="effect-add"
          onClick={() => setForm((f) => ({ ...f, effects: [...f.effects, { form: 'physical', kind: 'preferred' }] }))}
        >
          {t('contactAdmin.rules.form.addEffect')}
        </Button>
      </Fieldset>
      <TextAreaField
        {...field.text('explanationNl')}
        label={t('contactAdmin.rules.form.explanationNl')}
        description={t('contactAdmin.rules.form.explanationHint')}
        required
        lang="nl"
      />
      <TextAreaField {...field.text('explanationEn')} label={t('contactAdmin.rules.form.explanationEn')} required lang="en" />
      {/* One message for the pair (both or neither), on the Dutch field. */}
      <TextAreaField
        {...field.text('statisticNl')}
        id={ids.statistic}
        error={errors.fields.statistic}
        label={t('contactAdmin.rules.form.statisticNl')}
        description={t('contactAdmin.rules.form.statisticHint')}
        rows={2}
        lang="nl"
      />
      <TextAreaField {...field.text('statisticEn')} id={`${prefix}-statistic-en`} label={t('contactAdmin.rules.form.statisticEn')} rows={2} lang="en" />
      <TextField
        {...field.text('source')}
        label={t('contactAdmin.rules.form.source')}
        description={t('contactAdmin.rules.form.sourceHint')}
        required
        autoComplete="off"
      />
      <TextField {...field.text('effectiveFrom')} type="date" label={t('contactAdmin.rules.form.effectiveFrom')} required />
      <div className="code-field">
        <TextAreaField
          {...field.text('condition')}
          label={t('contactAdmin.rules.form.condition')}
          description={t('contactAdmin.rules.form.conditionHint')}
          required
          rows={8}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
        />
      </div>
      <div className="condition-preview">
        <p className="utrecht-paragraph condition-preview__label">{t('contactAdmin.rules.form.preview')}</p>
        <p className="utrecht-paragraph">{parsed.ok ? describeCondition(parsed.value, language) : t('contactAdmin.rules.form.previewInvalid')}</p>
      </div>
      <SubmitRow busy={false} label={t('contactAdmin.rules.form.apply')} onClose={onCancel} />
    </InlineForm>
  );
}
