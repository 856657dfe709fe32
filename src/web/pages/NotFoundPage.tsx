import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading, Paragraph } from '../components';

export function NotFoundPage({ forbidden = false }: { forbidden?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading>{forbidden ? t('errors.forbiddenTitle') : t('errors.notFoundTitle')}</PageHeading>
      <Paragraph>{forbidden ? t('errors.forbiddenText') : t('errors.notFoundText')}</Paragraph>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to="/dossiers">
          {t('errors.backHome')}
        </Link>
      </Paragraph>
    </div>
  );
}
