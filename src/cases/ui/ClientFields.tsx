import { useTranslation } from 'react-i18next';
import { PREFERRED_LANGUAGES } from '../../web/api-types';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import type { ClientForm } from './caseForms';
import { enumOptions } from './labels';

interface Props {
  prefix: string;
  value: ClientForm;
  onChange: (value: ClientForm) => void;
  errors: Record<string, string>;
  /** Focus the first field (when the form opens in place of a button). */
  autoFocus?: boolean;
}

/** The client's data; used when registering a case and when editing it. */
export function ClientFields({ prefix, value, onChange, errors, autoFocus }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ClientForm>(key: K) => (next: ClientForm[K]) => onChange({ ...value, [key]: next });
  const id = (field: string) => fieldId(prefix, `client.${field}`);
  const err = (field: string) => errors[`client.${field}`];
  const languages = enumOptions(t, 'preferredLanguage', PREFERRED_LANGUAGES);
  if (value.preferredLanguage && !(PREFERRED_LANGUAGES as readonly string[]).includes(value.preferredLanguage)) {
    languages.push({ value: value.preferredLanguage, label: value.preferredLanguage });
  }
  return (
    <>
      <TextField id={id('fullName')} autoFocus={autoFocus} label={t('cases.client.fullName')} autoComplete="off" required value={value.fullName} onChange={set('fullName')} error={err('fullName')} />
      <TextField
        id={id('birthDate')}
        type="date"
        label={t('cases.client.birthDate')}
        required
        value={value.birthDate}
        onChange={set('birthDate')}
        error={err('birthDate')}
      />
      <TextField id={id('email')} type="email" label={t('cases.client.email')} autoComplete="off" value={value.email} onChange={set('email')} error={err('email')} />
      <TextField id={id('phone')} type="tel" label={t('cases.client.phone')} autoComplete="off" value={value.phone} onChange={set('phone')} error={err('phone')} />
      <TextAreaField id={id('address')} rows={3} label={t('cases.client.address')} autoComplete="off" value={value.address} onChange={set('address')} error={err('address')} />
      <SelectField
        id={id('preferredLanguage')}
        label={t('cases.client.preferredLanguage')}
        description={t('cases.client.preferredLanguageHint')}
        required
        options={languages}
        value={value.preferredLanguage}
        onChange={set('preferredLanguage')}
        error={err('preferredLanguage')}
      />
      <Checkbox id={id('interpreterNeeded')} label={t('cases.client.interpreterNeeded')} checked={value.interpreterNeeded} onChange={set('interpreterNeeded')} error={err('interpreterNeeded')} />
      <Checkbox id={id('companionWanted')} label={t('cases.client.companionWanted')} checked={value.companionWanted} onChange={set('companionWanted')} error={err('companionWanted')} />
    </>
  );
}
