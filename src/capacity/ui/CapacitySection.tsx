// The case page's "Belastbaarheid en belasting" section (issue 6): a short status (FMLs, job
// profiles, conclusions, and on a Poortwachter case the spoor-1 outcome) and the way to the page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, DataList, Paragraph } from '../../web/components';
import { formatDate } from '../../web/format';
import { CaseSection } from '../../cases/ui/Section';
import { useCapacityPage } from './api';
import { capacityPath } from './CapacityPage';

export const CAPACITY_SECTION_ID = 'capacity';

export function CapacitySection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const page = useCapacityPage(caseId, null);
  const data = page.data;
  const latest = data?.fmls[0];
  const concluded = data?.profiles.filter((p) => p.conclusion !== null).length ?? 0;
  return (
    <CaseSection id={CAPACITY_SECTION_ID} title={t('capacity.section.title')}>
      <Paragraph>{t('capacity.section.intro')}</Paragraph>
      {page.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {page.isError ? <Alert type="error">{page.error.message}</Alert> : null}
      {data ? (
        <DataList
          items={[
            {
              key: 'fmls',
              label: t('capacity.section.fmls'),
              value: latest
                ? t('capacity.section.fmlsValue', { count: data.fmls.length, date: formatDate(latest.date), role: t(`capacity.authorRole.${latest.authorRole}`) })
                : t('capacity.section.noFml'),
            },
            { key: 'profiles', label: t('capacity.section.profiles'), value: t('capacity.section.profilesValue', { count: data.profiles.length }) },
            { key: 'conclusions', label: t('capacity.section.conclusions'), value: t('capacity.section.conclusionsValue', { concluded, count: data.profiles.length }) },
            ...(data.spoor
              ? [{
                key: 'spoor',
                label: t('capacity.spoor.spoor1'),
                value: `${t(`capacity.spoor.spoor1_${data.spoor.spoor1}`)}${data.spoor.spoor2Indicated ? ` · ${t('capacity.spoor.spoor2Indicated')}` : ''}`,
              }]
              : []),
          ]}
        />
      ) : null}
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={capacityPath(caseId)}>
          {t('capacity.section.link')}
        </Link>
      </Paragraph>
    </CaseSection>
  );
}
