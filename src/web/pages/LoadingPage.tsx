import { useTranslation } from 'react-i18next';

/** Shown while the session is read; a polite status, no heading yet. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph loading" role="status">
      {t('app.loading')}
    </p>
  );
}
