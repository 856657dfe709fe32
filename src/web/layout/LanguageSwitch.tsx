import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { Button } from '../components';
import { currentLanguage } from '../i18n';
import { SESSION_KEY } from '../session';

/** Switches nl ⇄ en at once and stores the choice on the server (also signed out: a cookie). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const next = currentLanguage() === 'nl' ? 'en' : 'nl';

  async function switchLanguage() {
    await i18n.changeLanguage(next);
    try {
      await api.setLanguage(next);
    } catch {
      // The UI already switched; the server keeps the old language until the next try.
    }
    // Server texts (labels, messages) come in the new language: reload everything but the session.
    await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  }

  return (
    <Button variant="subtle" className="language-switch" lang={t('language.switchToLang')} onClick={() => void switchLanguage()}>
      {t('language.switchTo')}
    </Button>
  );
}
