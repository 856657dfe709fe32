// Sharing the case with a colleague (labour expert of the own organisation).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import type { CasePage } from '../../web/api-types';
import { Button, FormError, Paragraph, SelectField } from '../../web/components';
import { useCurrentUser } from '../../web/session';
import { CaseSection, focusSectionHeading } from './Section';
import { useCaseAction } from './useCase';
import { useColleagues } from './useColleagues';

export function SharesSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const colleagues = useColleagues();
  const [userId, setUserId] = useState('');
  const share = useCaseAction(data.id, (id: string) => api.share(data.id, id), { fallbackField: 'userId' });
  const unshare = useCaseAction(data.id, (id: string) => api.unshare(data.id, id));

  const taken = new Set([...data.sharedWith.map((p) => p.id), data.assignedExpert?.id, user?.id]);
  const options = (colleagues.data ?? [])
    .filter((c) => !taken.has(c.id))
    .map((c) => ({ value: c.id, label: c.displayName }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!userId) return share.setErrors({ fields: { userId: t('cases.validation.shareUser') } });
    share.run(userId, () => setUserId(''));
  }

  return (
    <CaseSection id="shares" title={t('cases.sections.shares')}>
      <Paragraph>{t('cases.shares.intro')}</Paragraph>
      <FormError errors={unshare.errors} />
      {data.sharedWith.length === 0 ? (
        <Paragraph className="muted">{t('cases.shares.empty')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {data.sharedWith.map((person) => (
            <li key={person.id} className="plain-list__item">
              <span>{person.displayName}</span>
              <Button variant="subtle" busy={unshare.busy} onClick={() => unshare.run(person.id, () => focusSectionHeading('shares'))}>
                {t('cases.shares.remove')}
                <span className="visually-hidden">: {person.displayName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby="share-title">
        <h3 className="utrecht-heading-3" id="share-title">
          {t('cases.shares.addTitle')}
        </h3>
        <FormError errors={share.errors} fieldIds={{ userId: 'share-user' }} />
        <SelectField
          id="share-user"
          label={t('cases.shares.colleague')}
          required
          placeholder={t('common.choose')}
          options={options}
          value={userId}
          onChange={setUserId}
          error={share.errors.fields.userId}
        />
        <Button type="submit" variant="primary" busy={share.busy}>
          {t('cases.shares.submit')}
        </Button>
      </form>
    </CaseSection>
  );
}
