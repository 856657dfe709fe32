// A labour expert's own rating of an instrument's usefulness, 1 to 5 with an optional comment: the
// profession screening its own instruments (seed 001, recommendation 3). One rating per expert per
// instrument; saving again changes it. Only shown to those who may rate (`canRate`).
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';
import { InlineForm, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { catalogueApi, errorsFromProblems, INSTRUMENTS_KEY, type InstrumentView } from './api';

const RATINGS = ['1', '2', '3', '4', '5'] as const;

export function RatingForm({ instrument, onClose, onSaved }: { instrument: InstrumentView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = `rating-${instrument.id}`;
  const [rating, setRating] = useState(instrument.rating.mine === null ? '' : String(instrument.rating.mine));
  const [comment, setComment] = useState(instrument.rating.myComment ?? '');
  const ids = { rating: fieldId(prefix, 'rating'), comment: fieldId(prefix, 'comment') };
  const save = useFormAction({
    action: (body: { rating: number; comment: string | null }) => catalogueApi.rateInstrument(instrument.id, body),
    afterSuccess: () => queryClient.invalidateQueries({ queryKey: INSTRUMENTS_KEY }),
    errorsOf: errorsFromProblems,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!rating) return save.setErrors({ fields: { rating: `${t('instruments.rating.legend')}: ${t('instruments.rating.choose')}` } });
    save.run({ rating: Number(rating), comment: comment.trim() === '' ? null : comment }, onSaved);
  }

  return (
    <InlineForm
      titleId={`${prefix}-form-title`}
      title={t('instruments.rating.title', { name: instrument.name })}
      intro={t('instruments.rating.intro')}
      onSubmit={submit}
      errors={save.errors}
      fieldIds={ids}
      className="rating-form"
    >
      <RadioGroup
        id={ids.rating}
        name={`${prefix}-value`}
        legend={t('instruments.rating.legend')}
        options={RATINGS.map((value) => ({ value, label: t(`instruments.rating.value.${value}`) }))}
        value={rating}
        onChange={setRating}
        error={save.errors.fields.rating}
        required
      />
      <TextAreaField id={ids.comment} label={t('instruments.rating.comment')} description={t('instruments.rating.commentHint')} rows={3} value={comment} onChange={setComment} error={save.errors.fields.comment} />
      <SubmitRow busy={save.busy} label={t('instruments.rating.submit')} onClose={onClose} />
    </InlineForm>
  );
}
