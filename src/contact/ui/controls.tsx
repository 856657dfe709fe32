// Small shared pieces of the contact-form screens: radio and checkbox groups (in a fieldset with a
// legend), the in-place form with its submit row, the strength badge (text first, colour repeats
// it) and label helpers.
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonGroup, Fieldset, TitledForm, type BadgeTone, type TitledFormProps } from '../../web/components';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

/** The options of a radio or checkbox group, each with its label and, if it has one, its description. */
function ChoiceItems({ id, type, className, options, input }: {
  id: string;
  type: 'radio' | 'checkbox';
  className: string;
  options: readonly ChoiceOption[];
  /** The input's own attributes for an option (checked, onChange, name …). */
  input: (option: ChoiceOption) => InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <div className={className}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const descriptionId = `${optionId}-description`;
        return (
          <div className={`utrecht-form-field utrecht-form-field--${type} choice-group__item`} key={option.value}>
            <div className={`utrecht-form-field__label utrecht-form-field__label--${type}`}>
              <label className={`utrecht-form-label utrecht-form-label--${type}`} htmlFor={optionId}>
                <input {...input(option)} type={type} id={optionId} aria-describedby={option.description ? descriptionId : undefined} />
                {option.label}
              </label>
            </div>
            {option.description ? (
              <div className="utrecht-form-field__description utrecht-form-field-description choice-group__description" id={descriptionId}>
                {option.description}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
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
      <ChoiceItems
        id={id}
        type="radio"
        className="choice-group"
        options={options}
        input={(option) => ({
          name,
          value: option.value,
          className: `utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input${error ? ' utrecht-radio-button--invalid' : ''}`,
          checked: value === option.value,
          required,
          onChange: () => onChange(option.value),
        })}
      />
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
      <ChoiceItems
        id={id}
        type="checkbox"
        className="choice-group choice-group--columns"
        options={options}
        input={(option) => ({
          className: 'utrecht-checkbox utrecht-checkbox--html-input utrecht-form-field__input',
          checked: values.includes(option.value),
          onChange: (event) => toggle(option.value, event.target.checked),
        })}
      />
    </Fieldset>
  );
}

/**
 * A form that opens in place under the part it changes: a focusable h3 that names it, the error
 * summary, then the fields.
 */
export function InlineForm({ className, ...props }: Omit<TitledFormProps, 'level' | 'focusable'>) {
  return <TitledForm {...props} className={`form inline-form${className ? ` ${className}` : ''}`} focusable />;
}

/** The primary submit button of a form, with "Cancel" beside it. */
export function SubmitRow({ busy, label, onClose, disabled }: { busy: boolean; label: ReactNode; onClose: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <ButtonGroup>
      <Button type="submit" variant="primary" busy={busy} disabled={disabled}>
        {label}
      </Button>
      <Button variant="subtle" onClick={onClose}>
        {t('common.cancel')}
      </Button>
    </ButtonGroup>
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
