// The circumstances of a planned contact (seed 000 §2.1–§2.5): what the labour expert states so the
// advice can speak. Used when planning and when changing the form of a contact.
import { Fragment } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, CONTACT_FORMS, type ActivityType, type ContactForm } from '../../cases/domain';
import { enumOptions } from '../../cases/ui/labels';
import { Checkbox, Fieldset, NumberField, SelectField, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import {
  CLIENT_CONDITIONS, OUTCOME_EXPECTATIONS, PHYSICAL_IMPOSSIBLE_REASONS, WORKPLACE_MATERIALS,
  type ClientCondition, type OutcomeExpectation, type PhysicalImpossibleReason, type WorkplaceMaterial,
} from '../domain';
import type { Circumstances } from './api';
import { CheckboxGroup, contactOptions, RadioGroup } from './controls';

/** The form's own state: text where the user types, codes where the user picks. */
export interface CircumstancesDraft {
  activity: string;
  physicalPossible: 'yes' | 'no';
  physicalImpossibleReason: string;
  clientConditions: string[];
  employerConflict: boolean;
  complaintContext: boolean;
  earlierContacts: string;
  physicalFirstContactHeld: boolean;
  outcomeExpectation: string;
  workplaceMaterial: string[];
  expertKnowsWorkplace: boolean;
  clientPreferenceForm: string;
  clientPreferenceReason: string;
  employerPreferenceForm: string;
  employerPreferenceReason: string;
  medicalObstacle: boolean;
}

export const EMPTY_DRAFT: CircumstancesDraft = {
  activity: '',
  physicalPossible: 'yes',
  physicalImpossibleReason: '',
  clientConditions: [],
  employerConflict: false,
  complaintContext: false,
  earlierContacts: '0',
  physicalFirstContactHeld: false,
  outcomeExpectation: 'unknown',
  workplaceMaterial: [],
  expertKnowsWorkplace: false,
  clientPreferenceForm: '',
  clientPreferenceReason: '',
  employerPreferenceForm: '',
  employerPreferenceReason: '',
  medicalObstacle: false,
};

export function draftFromCircumstances(c: Circumstances): CircumstancesDraft {
  return {
    activity: c.activity,
    physicalPossible: c.physicalPossible ? 'yes' : 'no',
    physicalImpossibleReason: c.physicalImpossibleReason ?? '',
    clientConditions: [...c.clientConditions],
    employerConflict: c.employerConflict,
    complaintContext: c.complaintContext,
    earlierContacts: String(c.earlierContacts),
    physicalFirstContactHeld: c.physicalFirstContactHeld,
    outcomeExpectation: c.outcomeExpectation,
    workplaceMaterial: [...c.workplaceMaterial],
    expertKnowsWorkplace: c.expertKnowsWorkplace,
    clientPreferenceForm: c.clientPreference?.form ?? '',
    clientPreferenceReason: c.clientPreference?.reason ?? '',
    employerPreferenceForm: c.employerPreference?.form ?? '',
    employerPreferenceReason: c.employerPreference?.reason ?? '',
    medicalObstacle: c.medicalObstacle,
  };
}

export type DraftResult = { ok: true; value: Circumstances } | { ok: false; fields: Record<string, string> };

/** The request's circumstances, or field messages (keyed by the API path) for what is missing. */
export function circumstancesFromDraft(t: TFunction, d: CircumstancesDraft): DraftResult {
  const fields: Record<string, string> = {};
  if (!(ACTIVITY_TYPES as readonly string[]).includes(d.activity)) fields['circumstances.activity'] = t('contact.validation.activity');
  const earlier = Number(d.earlierContacts.trim() || '0');
  if (!Number.isInteger(earlier) || earlier < 0 || earlier > 1000) fields['circumstances.earlierContacts'] = t('contact.validation.earlierContacts');
  if (Object.keys(fields).length) return { ok: false, fields };
  const physicalPossible = d.physicalPossible === 'yes';
  const preference = (form: string, reason: string) =>
    (CONTACT_FORMS as readonly string[]).includes(form) ? { form: form as ContactForm, reason: reason.trim() } : null;
  return {
    ok: true,
    value: {
      activity: d.activity as ActivityType,
      physicalPossible,
      physicalImpossibleReason: !physicalPossible && d.physicalImpossibleReason ? (d.physicalImpossibleReason as PhysicalImpossibleReason) : null,
      clientConditions: d.clientConditions as ClientCondition[],
      employerConflict: d.employerConflict,
      complaintContext: d.complaintContext,
      earlierContacts: earlier,
      physicalFirstContactHeld: d.physicalFirstContactHeld,
      outcomeExpectation: d.activity === 'discussing_outcome' ? (d.outcomeExpectation as OutcomeExpectation) : 'unknown',
      workplaceMaterial: d.workplaceMaterial as WorkplaceMaterial[],
      expertKnowsWorkplace: d.expertKnowsWorkplace,
      clientPreference: preference(d.clientPreferenceForm, d.clientPreferenceReason),
      employerPreference: preference(d.employerPreferenceForm, d.employerPreferenceReason),
      medicalObstacle: d.medicalObstacle,
    },
  };
}

const FIELDS = [
  'activity', 'physicalPossible', 'physicalImpossibleReason', 'clientConditions', 'employerConflict', 'complaintContext',
  'earlierContacts', 'physicalFirstContactHeld', 'outcomeExpectation', 'workplaceMaterial', 'expertKnowsWorkplace',
  'clientPreference', 'clientPreference.form', 'clientPreference.reason', 'employerPreference', 'employerPreference.form',
  'employerPreference.reason', 'medicalObstacle',
] as const;

/** API field path (circumstances.x) → element id, for the error summary. */
export function circumstanceFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const field of FIELDS) {
    const target = field === 'clientPreference' ? 'clientPreference.form' : field === 'employerPreference' ? 'employerPreference.form' : field;
    ids[`circumstances.${field}`] = fieldId(prefix, `circumstances.${target}`);
  }
  return ids;
}

export function CircumstancesFields({ prefix, draft, onChange, errors }: {
  prefix: string;
  draft: CircumstancesDraft;
  onChange: (patch: Partial<CircumstancesDraft>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const ids = circumstanceFieldIds(prefix);
  const id = (field: (typeof FIELDS)[number]) => ids[`circumstances.${field}`] ?? fieldId(prefix, field);
  const error = (field: string) => errors[`circumstances.${field}`];
  const formOptions = enumOptions(t, 'contactForm', CONTACT_FORMS);
  return (
    <>
      <Fieldset legend={t('contact.circumstances.contactLegend')}>
        <SelectField
          id={id('activity')}
          label={t('contact.circumstances.activity')}
          description={t('contact.circumstances.activityHint')}
          required
          placeholder={t('common.choose')}
          options={enumOptions(t, 'activityType', ACTIVITY_TYPES)}
          value={draft.activity}
          onChange={(activity) => onChange({ activity })}
          error={error('activity')}
        />
        {draft.activity === 'discussing_outcome' ? (
          <RadioGroup
            id={id('outcomeExpectation')}
            name={`${prefix}-outcomeExpectation`}
            legend={t('contact.circumstances.outcomeExpectation')}
            options={contactOptions(t, 'outcomeExpectation', OUTCOME_EXPECTATIONS)}
            value={draft.outcomeExpectation}
            onChange={(outcomeExpectation) => onChange({ outcomeExpectation })}
            error={error('outcomeExpectation')}
          />
        ) : null}
      </Fieldset>

      <Fieldset legend={t('contact.circumstances.physicalLegend')}>
        <RadioGroup
          id={id('physicalPossible')}
          name={`${prefix}-physicalPossible`}
          legend={t('contact.circumstances.physicalPossible')}
          options={[
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]}
          value={draft.physicalPossible}
          onChange={(value) => onChange({ physicalPossible: value === 'no' ? 'no' : 'yes', ...(value === 'yes' ? { physicalImpossibleReason: '' } : {}) })}
          error={error('physicalPossible')}
        />
        {draft.physicalPossible === 'no' ? (
          <SelectField
            id={id('physicalImpossibleReason')}
            label={t('contact.circumstances.physicalImpossibleReason')}
            description={t('contact.circumstances.physicalImpossibleReasonHint')}
            placeholder={t('common.choose')}
            options={contactOptions(t, 'physicalImpossibleReason', PHYSICAL_IMPOSSIBLE_REASONS)}
            value={draft.physicalImpossibleReason}
            onChange={(physicalImpossibleReason) => onChange({ physicalImpossibleReason })}
            error={error('physicalImpossibleReason')}
          />
        ) : null}
      </Fieldset>

      <Fieldset legend={t('contact.circumstances.clientLegend')}>
        <CheckboxGroup
          id={id('clientConditions')}
          legend={t('contact.circumstances.clientConditions')}
          description={t('contact.circumstances.clientConditionsHint')}
          options={contactOptions(t, 'clientCondition', CLIENT_CONDITIONS)}
          values={draft.clientConditions}
          onChange={(clientConditions) => onChange({ clientConditions })}
          error={error('clientConditions')}
        />
        <Checkbox
          id={id('medicalObstacle')}
          label={t('contact.circumstances.medicalObstacle')}
          description={t('contact.circumstances.medicalObstacleHint')}
          checked={draft.medicalObstacle}
          onChange={(medicalObstacle) => onChange({ medicalObstacle })}
          error={error('medicalObstacle')}
        />
      </Fieldset>

      <Fieldset legend={t('contact.circumstances.relationLegend')}>
        <NumberField
          id={id('earlierContacts')}
          min={0}
          max={1000}
          label={t('contact.circumstances.earlierContacts')}
          required
          value={draft.earlierContacts}
          onChange={(earlierContacts) => onChange({ earlierContacts })}
          error={error('earlierContacts')}
        />
        <Checkbox
          id={id('physicalFirstContactHeld')}
          label={t('contact.circumstances.physicalFirstContactHeld')}
          checked={draft.physicalFirstContactHeld}
          onChange={(physicalFirstContactHeld) => onChange({ physicalFirstContactHeld })}
          error={error('physicalFirstContactHeld')}
        />
        <Checkbox
          id={id('employerConflict')}
          label={t('contact.circumstances.employerConflict')}
          checked={draft.employerConflict}
          onChange={(employerConflict) => onChange({ employerConflict })}
          error={error('employerConflict')}
        />
        <Checkbox
          id={id('complaintContext')}
          label={t('contact.circumstances.complaintContext')}
          description={t('contact.circumstances.complaintContextHint')}
          checked={draft.complaintContext}
          onChange={(complaintContext) => onChange({ complaintContext })}
          error={error('complaintContext')}
        />
      </Fieldset>

      <Fieldset legend={t('contact.circumstances.workplaceLegend')} description={t('contact.circumstances.workplaceHint')}>
        <CheckboxGroup
          id={id('workplaceMaterial')}
          legend={t('contact.circumstances.workplaceMaterial')}
          options={contactOptions(t, 'workplaceMaterial', WORKPLACE_MATERIALS)}
          values={draft.workplaceMaterial}
          onChange={(workplaceMaterial) => onChange({ workplaceMaterial })}
          error={error('workplaceMaterial')}
        />
        <Checkbox
          id={id('expertKnowsWorkplace')}
          label={t('contact.circumstances.expertKnowsWorkplace')}
          checked={draft.expertKnowsWorkplace}
          onChange={(expertKnowsWorkplace) => onChange({ expertKnowsWorkplace })}
          error={error('expertKnowsWorkplace')}
        />
      </Fieldset>

      <Fieldset legend={t('contact.circumstances.preferenceLegend')} description={t('contact.circumstances.preferenceHint')}>
        {([
          { who: 'client', label: t('contact.circumstances.clientPreference'), reasonLabel: t('contact.circumstances.clientPreferenceReason') },
          { who: 'employer', label: t('contact.circumstances.employerPreference'), reasonLabel: t('contact.circumstances.employerPreferenceReason') },
        ] as const).map(({ who, label, reasonLabel }) => {
          const form = `${who}PreferenceForm` as const;
          const reason = `${who}PreferenceReason` as const;
          return (
            <Fragment key={who}>
              <SelectField
                id={id(`${who}Preference.form`)}
                label={label}
                placeholder={t('contact.circumstances.noPreference')}
                options={formOptions}
                value={draft[form]}
                onChange={(value) => onChange({ [form]: value })}
                error={error(`${who}Preference.form`) ?? error(`${who}Preference`)}
              />
              {draft[form] ? (
                <TextField
                  id={id(`${who}Preference.reason`)}
                  label={reasonLabel}
                  value={draft[reason]}
                  onChange={(value) => onChange({ [reason]: value })}
                  error={error(`${who}Preference.reason`)}
                />
              ) : null}
            </Fragment>
          );
        })}
      </Fieldset>
    </>
  );
}
