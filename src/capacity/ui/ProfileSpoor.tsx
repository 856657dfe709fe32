// Poortwachter (social-domain.md §3): spoor 1 (work within the employer's organisation) possible, not
// possible or undecided, whether spoor 2 is indicated, which spoor-1 kinds are not examined yet, and
// which profiles elsewhere were concluded suitable. Passend reports; the expert and employer decide.
import { useTranslation } from 'react-i18next';
import { DataList, Paragraph, TitledSection } from '../../web/components';
import type { SpoorOutcome } from '../domain';
import type { ProfileView } from './api';
import { listText } from './capacity-format';

export const SPOOR_HEADING = 'spoor-heading';
const SPOOR1_SYMBOL: Record<SpoorOutcome['spoor1'], string> = { possible: '✓', not_possible: '✗', undecided: '…' };

export function SpoorPanel({ spoor, profiles }: { spoor: SpoorOutcome; profiles: readonly ProfileView[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const names = (ids: readonly string[]) => listText(ids.map((id) => profiles.find((p) => p.id === id)?.name ?? id), lang);
  return (
    <TitledSection titleId={SPOOR_HEADING} focusable title={t('capacity.spoor.title')} className="capacity-part spoor-panel">
      <DataList
        items={[
          {
            key: 'spoor1',
            label: t('capacity.spoor.spoor1'),
            value: (
              <span className={`spoor-value spoor-value--${spoor.spoor1}`}>
                <span aria-hidden="true">{SPOOR1_SYMBOL[spoor.spoor1]} </span>
                {t(`capacity.spoor.spoor1_${spoor.spoor1}`)}
              </span>
            ),
          },
          {
            key: 'spoor2',
            label: t('capacity.spoor.spoor2'),
            value: (
              <span className={`spoor-value spoor-value--${spoor.spoor2Indicated ? 'indicated' : 'not-indicated'}`}>
                {t(spoor.spoor2Indicated ? 'capacity.spoor.spoor2Indicated' : 'capacity.spoor.spoor2NotIndicated')}
              </span>
            ),
          },
          { key: 'suitable', label: t('capacity.spoor.suitableSpoor1'), value: spoor.suitableSpoor1.length > 0 ? names(spoor.suitableSpoor1) : t('capacity.spoor.noneYet') },
          { key: 'open', label: t('capacity.spoor.openSpoor1'), value: spoor.openSpoor1.length > 0 ? names(spoor.openSpoor1) : t('capacity.spoor.noneOpen') },
          {
            key: 'unexamined',
            label: t('capacity.spoor.unexamined'),
            value: spoor.unexaminedKinds.length > 0 ? listText(spoor.unexaminedKinds.map((k) => t(`capacity.kind.${k}`).toLowerCase()), lang) : t('capacity.spoor.allExamined'),
          },
          { key: 'elsewhere', label: t('capacity.spoor.suitableElsewhere'), value: spoor.suitableElsewhere.length > 0 ? names(spoor.suitableElsewhere) : t('capacity.spoor.noneYet') },
        ]}
      />
      {spoor.unexaminedKinds.length > 0 ? <Paragraph>{t('capacity.spoor.unexaminedHint')}</Paragraph> : null}
      <Paragraph className="muted">{t('capacity.spoor.note')}</Paragraph>
    </TitledSection>
  );
}
