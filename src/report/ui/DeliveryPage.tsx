// The delivery link, `/rapport/:token` (issue 8), for the recipient of the mail, without signing in:
// which report, which version, for whom, until when the link works, and the download. An expired or
// unknown link says so in the server's words. Plain Dutch (B1).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, PageHeading, Paragraph } from '../../web/components';
import { formatDateTime } from '../../web/format';
import { fileUrls, reportApi, VERIFY_PATH } from './api';
import './report.css';

export function DeliveryPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const query = useQuery({ queryKey: ['report-delivery', token], queryFn: () => reportApi.delivery(token), retry: false });
  const meta = query.data;
  return (
    <div className="page public-report">
      <PageHeading>{query.isError ? t('report.delivery.notWorking') : t('report.delivery.title')}</PageHeading>
      {query.isPending ? <Paragraph>{t('report.delivery.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {meta ? (
        <>
          <Paragraph>{t('report.delivery.text', { reference: meta.reference, version: meta.version, name: meta.name, date: formatDateTime(meta.expiresAt) })}</Paragraph>
          <p className="utrecht-paragraph">
            <a className="utrecht-button utrecht-button--primary-action report-link-button" href={fileUrls.delivery(token)} download>
              {t('report.delivery.download')}
            </a>
          </p>
          <Paragraph>{t('report.delivery.personal')}</Paragraph>
          <Paragraph>
            <Link className="utrecht-link utrecht-link--html-a" to={VERIFY_PATH}>
              {t('report.delivery.verifyLink')}
            </Link>
          </Paragraph>
        </>
      ) : null}
    </div>
  );
}
