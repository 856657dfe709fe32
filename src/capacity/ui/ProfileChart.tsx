// A compact chart per job profile: how many items fit, fit with an adjustment, exceed, are unknown
// (after the expert's judgement; the computed counts beside it when they differ), and which sections
// cause the overshoots. The bar is an inline SVG with patterns (it reads in black and white); the
// numbers are always written out, so the bar only repeats them.
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../catalogue';
import type { ProfileView } from './api';
import { chartNumbers, sectionName, SYMBOLS, type ChartKey } from './capacity-format';

const SYMBOL_OF: Record<ChartKey, string> = { fits: SYMBOLS.fits, fitsWithAdjustment: SYMBOLS.fits_with_adjustment, exceeds: SYMBOLS.exceeds, unknown: SYMBOLS.unknown };

export function ProfileCharts({ profiles, catalogue }: { profiles: readonly ProfileView[]; catalogue: Catalogue }) {
  const { t } = useTranslation();
  if (profiles.length === 0) return null;
  return (
    <div className="profile-charts">
      <ChartPatterns />
      {profiles.map((p) => (
        <ProfileChart key={p.id} profile={p} catalogue={catalogue} />
      ))}
      <p className="utrecht-paragraph muted">{t('capacity.chart.note')}</p>
    </div>
  );
}

/** The fills of the bar, defined once for the page. */
function ChartPatterns() {
  return (
    <svg className="chart-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="chart-exceeds" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="chart-fill chart-fill--exceeds" />
          <rect width="3" height="6" className="chart-fill chart-fill--exceeds-stripe" />
        </pattern>
        <pattern id="chart-adjusted" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="chart-fill chart-fill--adjusted" />
          <circle cx="3" cy="3" r="1.3" className="chart-fill chart-fill--adjusted-dot" />
        </pattern>
      </defs>
    </svg>
  );
}

const FILL: Record<ChartKey, string> = { fits: 'chart-fill chart-fill--fits', fitsWithAdjustment: 'url(#chart-adjusted)', exceeds: 'url(#chart-exceeds)', unknown: 'chart-fill chart-fill--unknown' };

function ProfileChart({ profile, catalogue }: { profile: ProfileView; catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const numbers = chartNumbers(profile.summary);
  const captionId = `chart-${profile.id}-caption`;
  let x = 0;
  return (
    <figure className="profile-chart" aria-labelledby={captionId}>
      <figcaption className="profile-chart__caption" id={captionId}>
        {t('capacity.chart.caption', { name: profile.name, items: numbers.items })}
      </figcaption>
      <svg className="profile-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width="100" height="10" className="chart-fill chart-fill--track" />
        {numbers.segments.map((s) => {
          if (s.percent === 0) return null;
          const rect = s.key === 'fits' || s.key === 'unknown'
            ? <rect key={s.key} x={x} y="0" width={s.percent} height="10" className={FILL[s.key]} />
            : <rect key={s.key} x={x} y="0" width={s.percent} height="10" fill={FILL[s.key]} />;
          x += s.percent;
          return rect;
        })}
        {/* White gaps between the parts, so neighbours never merge. */}
        {numbers.segments.reduce<{ at: number; lines: number[] }>((acc, s) => {
          if (s.percent > 0 && acc.at > 0) acc.lines.push(acc.at);
          acc.at += s.percent;
          return acc;
        }, { at: 0, lines: [] }).lines.map((at) => (
          <rect key={at} x={at - 0.4} y="0" width="0.8" height="10" className="chart-fill chart-fill--gap" />
        ))}
      </svg>
      <ul className="profile-chart__legend">
        {numbers.segments.map((s) => (
          <li key={s.key} className={`profile-chart__count profile-chart__count--${s.key}`}>
            <svg className="profile-chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
              {s.key === 'fits' || s.key === 'unknown' ? <rect width="10" height="10" className={FILL[s.key]} /> : <rect width="10" height="10" fill={FILL[s.key]} />}
            </svg>
            <span aria-hidden="true">{SYMBOL_OF[s.key]} </span>
            {t(`capacity.chart.${s.key}`, { count: s.count })}
          </li>
        ))}
      </ul>
      {numbers.computed ? (
        <p className="utrecht-paragraph profile-chart__computed">
          {t('capacity.chart.computed', { fits: numbers.computed.fits, exceeds: numbers.computed.exceeds, unknown: numbers.computed.unknown })}
        </p>
      ) : null}
      {numbers.sections.length > 0 ? (
        <div className="profile-chart__sections">
          <p className="utrecht-paragraph profile-chart__sections-title">{t('capacity.chart.sections')}</p>
          <ul>
            {numbers.sections.map((s) => (
              <li key={s.section}>{t('capacity.chart.section', { name: sectionName(catalogue, s.section, lang), count: s.count })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="utrecht-paragraph profile-chart__sections-title">{t('capacity.chart.noSections')}</p>
      )}
    </figure>
  );
}
