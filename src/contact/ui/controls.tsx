// Small shared pieces of the contact-form screens: radio and checkbox groups (in a fieldset with a
// legend), the strength badge (text first, colour repeats it) and label helpers.
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Badge, Fieldset, type BadgeTone } from '../../web/components';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

/** One choice out of a few, as radio buttons inside a fieldset with a legend. */
export function RadioGroup({ id, name, legend, description, options, value, onChange, error, required }: {
  id: string;
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  return (
    <Fieldset id={id} legend={legend} description={description} error={error}>
      <div className="choice-group">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div className="utrecht-form-field utrecht-form-field--radio choice-group__item" key={option.value}>
              <div className="utrecht-form-field__label utrecht-form-field__label--radio">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                  <input
                    type="radio"
                    id={optionId}
                    name={name}
                    value={option.value}
                    className={`utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input${error ? ' utrecht-radio-button--invalid' : ''}`}
                    checked={value === option.value}
                    required={required}
                    aria-describedby={option.description ? `${optionId}-description` : undefined}
                    onChange={() => onChange(option.value)}
                  />
                  {option.label}
                </label>
              </div>
              {option.description ? (
                <div className="utrecht-form-field__description utrecht-form-field-description choice-group__description" id={`${optionId}-description`}>
                  {option.description}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** Several choices out of a list, as checkboxes inside a fieldset with a legend. */
export function CheckboxGroup({ id, legend, description, options, values, onChange, error }: {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly ChoiceOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
}) {
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...values, value] : values.filter((v) => v !== value);
    // Keep the order of the option list, so the request is stable.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <Fieldset id={id} legend={legend} description={description} error={error}>
      <div className="choice-group choice-group--columns">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div className="utrecht-form-field utrecht-form-field--checkbox choice-group__item" key={option.value}>
              <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={optionId}>
                  <input
                    type="checkbox"
                    id={optionId}
                    className="utrecht-checkbox utrecht-checkbox--html-input utrecht-form-field__input"
                    checked={values.includes(option.value)}
                    aria-describedby={option.description ? `${optionId}-description` : undefined}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                  />
                  {option.label}
                </label>
              </div>
              {option.description ? (
                <div className="utrecht-form-field__description utrecht-form-field-description choice-group__description" id={`${optionId}-description`}>
                  {option.description}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** Options labelled from `contact.enums.<group>.<code>`. */
export function contactOptions(t: TFunction, group: string, codes: readonly string[]): Array<{ value: string; label: string }> {
  return codes.map((code) => ({ value: code, label: t(`contact.enums.${group}.${code}`) }));
}

/** A label from `contact.enums.<group>.<code>`, falling back to the code itself. */
export function contactLabel(t: TFunction, group: string, code: string | null | undefined): string {
  if (!code) return '';
  return t(`contact.enums.${group}.${code}`, { defaultValue: code });
}

export type StrengthCode = 'not_suitable' | 'required' | 'discouraged' | 'preferred' | 'possible';

export function strengthTone(strength: StrengthCode | null): BadgeTone {
  switch (strength) {
    case 'required':
      return 'success';
    case 'preferred':
      return 'active';
    case 'possible':
      return 'info';
    case 'discouraged':
      return 'warning';
    case 'not_suitable':
      return 'danger';
    default:
      return 'inactive';
  }
}

/** The advice strength in words, with a badge colour that only repeats the words. */
export function StrengthBadge({ strength }: { strength: StrengthCode | null }) {
  const { t } = useTranslation();
  return <Badge tone={strengthTone(strength)}>{t(`contact.enums.strength.${strength ?? 'none'}`)}</Badge>;
}

/** Pick the explanation in the language of the interface. */
export function inLanguage(text: { nl: string; en: string } | null | undefined, language: string): string {
  if (!text) return '';
  return language === 'en' ? text.en : text.nl;
}

/** Focus an element once it is rendered (after a state change it may take a frame or two). */
export function focusWhenPresent(id: string, frames = 20): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (frames > 0) focusWhenPresent(id, frames - 1);
  });
}
