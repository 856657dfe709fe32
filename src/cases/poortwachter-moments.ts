// The statutory moments of the Wet verbetering poortwachter as versioned DATA, not logic.
// Weeks are counted from the first day of sickness (day 1 of week 1); the counting rule itself lives
// in `poortwachterTimeline` (domain.ts). When the law, the Regeling or UWV's practice changes, add a
// new version here instead of editing code (social-domain.md §3: "keep it data").

export type PoortwachterMomentKey =
  | 'probleemanalyse'
  | 'plan_van_aanpak'
  | 'melding_42e_week'
  | 'eerstejaarsevaluatie'
  | 'vroege_iva_aanvraag'
  | 'reintegratieverslag'
  | 'wia_aanvraag'
  | 'einde_wachttijd';

export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

interface PoortwachterMomentBase {
  readonly key: PoortwachterMomentKey;
  readonly label: LocalizedText;
  readonly explanation: LocalizedText;
  /** Section reference in the domain notes. */
  readonly source: string;
  /** Informational windows (e.g. early IVA) are shown but never flagged as near or overdue. */
  readonly informational?: boolean;
}

/** A moment is due "in week N", or is a window "from week A to week B". */
export type PoortwachterMoment = PoortwachterMomentBase &
  (
    | { readonly week: number; readonly fromWeek?: never; readonly toWeek?: never }
    | { readonly fromWeek: number; readonly toWeek: number; readonly week?: never }
  );

export interface PoortwachterMoments {
  readonly version: string;
  readonly source: string;
  readonly moments: readonly PoortwachterMoment[];
}

const SECTION = 'social-domain.md §3';

export const POORTWACHTER_MOMENTS: PoortwachterMoments = {
  version: '2026-01',
  source:
    'Wet verbetering poortwachter; Regeling procesgang eerste en tweede ziektejaar; UWV werkwijzer poortwachter',
  moments: [
    {
      key: 'probleemanalyse',
      week: 6,
      label: {
        nl: 'Probleemanalyse door de bedrijfsarts',
        en: 'Problem analysis by the occupational physician',
      },
      explanation: {
        nl: 'De bedrijfsarts stelt uiterlijk in week 6 de probleemanalyse op.',
        en: 'The occupational physician draws up the problem analysis by week 6 at the latest.',
      },
      source: SECTION,
    },
    {
      key: 'plan_van_aanpak',
      week: 8,
      label: {
        nl: 'Plan van aanpak door werkgever en werknemer',
        en: 'Plan of action by employer and employee',
      },
      explanation: {
        nl: 'Werkgever en werknemer stellen uiterlijk in week 8 het plan van aanpak op en evalueren het minstens elke 6 weken.',
        en: 'Employer and employee draw up the plan of action by week 8 and evaluate it at least every 6 weeks.',
      },
      source: SECTION,
    },
    {
      key: 'melding_42e_week',
      week: 42,
      label: { nl: '42e-weekmelding aan UWV', en: 'Week-42 sickness report to UWV' },
      explanation: {
        nl: 'De werkgever meldt de ziekte uiterlijk in week 42 bij UWV.',
        en: 'The employer reports the sickness to UWV by week 42 at the latest.',
      },
      source: SECTION,
    },
    {
      key: 'eerstejaarsevaluatie',
      fromWeek: 46,
      toWeek: 52,
      label: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
      explanation: {
        nl: 'Tussen week 46 en 52 evalueren werkgever en werknemer het eerste ziektejaar; het gebruikelijke moment voor arbeidsdeskundig onderzoek.',
        en: 'Between weeks 46 and 52 employer and employee evaluate the first year; the usual moment for a labour-expert assessment.',
      },
      source: SECTION,
    },
    {
      // Informational only: a right of the employee, not a duty, so it is never flagged (§3).
      key: 'vroege_iva_aanvraag',
      fromWeek: 4,
      toWeek: 68,
      informational: true,
      label: { nl: 'Vervroegde IVA-aanvraag mogelijk', en: 'Early IVA application possible' },
      explanation: {
        nl: 'Tussen week 4 en week 68 kan de werknemer vervroegd een IVA-uitkering aanvragen.',
        en: 'Between week 4 and week 68 the employee may apply early for an IVA benefit.',
      },
      source: SECTION,
    },
    {
      key: 'reintegratieverslag',
      week: 87,
      label: { nl: 'Re-integratieverslag', en: 'Reintegration report' },
      explanation: {
        nl: 'Uiterlijk in week 87 ligt het re-integratieverslag klaar voor de WIA-aanvraag.',
        en: 'The reintegration report is ready by week 87 at the latest, for the WIA application.',
      },
      source: SECTION,
    },
    {
      // Week 91 is the usual last moment; UWV can set another date in its letter (week 88), which
      // is why this is data and a case may override it (§3).
      key: 'wia_aanvraag',
      week: 91,
      label: { nl: 'WIA-aanvraag', en: 'WIA application' },
      explanation: {
        nl: 'De werknemer vraagt uiterlijk in week 91 een WIA-uitkering aan, tenzij UWV een andere datum noemt.',
        en: 'The employee applies for WIA benefit by week 91 at the latest, unless UWV sets another date.',
      },
      source: SECTION,
    },
    {
      key: 'einde_wachttijd',
      week: 104,
      label: { nl: 'Einde wachttijd', en: 'End of the waiting period' },
      explanation: {
        nl: 'Na week 104 volgt een WIA-uitkering of, bij onvoldoende re-integratie-inspanningen, een loonsanctie.',
        en: 'After week 104 follows WIA benefit or, if reintegration efforts fell short, extended wage payment.',
      },
      source: SECTION,
    },
  ],
};
