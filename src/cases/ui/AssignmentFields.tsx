import { useTranslation } from 'react-i18next';
import { COMMISSIONING_PARTIES, LEGAL_CONTEXTS } from '../../web/api-types';
import { SelectField, TextAreaField, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import type { AssignmentForm } from './caseForms';
import { enumOptions } from './labels';

interface Props {
  prefix: string;
  value: AssignmentForm;
  onChange: (value: AssignmentForm) => void;
  errors: Record<string, string>;
  /** Focus the first field (when the form opens in place of a button). */
  autoFocus?: boolean;
}

/** The assignment (opdracht); the first day of sickness appears for Poortwachter cases. */
export function AssignmentFields({ prefix, value, onChange, errors, autoFocus }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof AssignmentForm>(key: K) => (next: AssignmentForm[K]) => onChange({ ...value, [key]: next });
  const id = (field: string) => fieldId(prefix, `assignment.${field}`);
  const err = (field: string) => errors[`assignment.${field}`];
  return (
    <>
      <SelectField
        id={id('commissioningParty')}
        autoFocus={autoFocus}
        label={t('cases.fields.commissioningParty')}
        required
        placeholder={t('common.choose')}
        options={enumOptions(t, 'commissioningParty', COMMISSIONING_PARTIES)}
        value={value.commissioningParty}
        onChange={set('commissioningParty')}
        error={err('commissioningParty')}
      />
      {value.commissioningParty === 'other' ? (
        <TextField
          id={id('commissioningPartyOther')}
          label={t('cases.assignment.commissioningPartyOther')}
          required
          value={value.commissioningPartyOther}
          onChange={set('commissioningPartyOther')}
          error={err('commissioningPartyOther')}
        />
      ) : null}
      <TextField
        id={id('commissionerReference')}
        label={t('cases.assignment.commissionerReference')}
        value={value.commissionerReference}
        onChange={set('commissionerReference')}
        error={err('commissionerReference')}
      />
      <SelectField
        id={id('legalContext')}
        label={t('cases.fields.legalContext')}
        required
        placeholder={t('common.choose')}
        options={enumOptions(t, 'legalContext', LEGAL_CONTEXTS)}
        value={value.legalContext}
        onChange={set('legalContext')}
        error={err('legalContext')}
      />
      {value.legalContext === 'other' ? (
        <TextField
          id={id('legalContextOther')}
          label={t('cases.assignment.legalContextOther')}
          required
          value={value.legalContextOther}
          onChange={set('legalContextOther')}
          error={err('legalContextOther')}
        />
      ) : null}
      {value.legalContext === 'poortwachter' ? (
        <TextField
          id={id('firstSicknessDay')}
          type="date"
          label={t('cases.assignment.firstSicknessDay')}
          description={t('cases.assignment.firstSicknessDayHint')}
          required
          value={value.firstSicknessDay}
          onChange={set('firstSicknessDay')}
          error={err('firstSicknessDay')}
        />
      ) : null}
      <TextAreaField
        id={id('question')}
        label={t('cases.assignment.question')}
        description={t('cases.assignment.questionHint')}
        required
        rows={5}
        value={value.question}
        onChange={set('question')}
        error={err('question')}
      />
      <TextField
        id={id('deliveryDate')}
        type="date"
        label={t('cases.fields.deliveryDate')}
        description={t('cases.assignment.deliveryDateHint')}
        value={value.deliveryDate}
        onChange={set('deliveryDate')}
        error={err('deliveryDate')}
      />
    </>
  );
}
