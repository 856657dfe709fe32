import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ButtonGroup, PageHeading, Paragraph } from '../components';

export function ErrorPage({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading>{t('errors.boundaryTitle')}</PageHeading>
      <Paragraph>{t('errors.boundaryText')}</Paragraph>
      <ButtonGroup>
        {onRetry ? (
          <Button variant="primary" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : null}
        <Link className="utrecht-link utrecht-link--html-a" to="/dossiers">
          {t('errors.backHome')}
        </Link>
      </ButtonGroup>
    </div>
  );
}
