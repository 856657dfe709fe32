// The statutory minimum wage (WML) as dated data (social-domain.md §2: "keep them as dated data with
// their source, never as constants in code"). Seed data for the administrator-maintained table: the
// gross minimum wage per hour for employees of 21 and older (since 1 January 2024 the law sets an
// hourly minimum), and the statutory minimum holiday pay of 8% (*minimumvakantiebijslag*).
//
// Confirmed amounts, 1 January 2024 to 1 January 2026. The 2024 amounts are read from the government
// page itself; for 2025 and 2026 the stored copy of that page was not available, so they are read
// from publications that quote the minister's decision by number (several agreeing sources each).
// An amount not confirmed this way is left out.
import type { WmlRate } from './subsidy.js';

export const WML_RATES: readonly WmlRate[] = [
  {
    validFrom: '2024-01-01', hourlyGross: 13.27, holidayPayPercent: 8,
    source: 'Rijksoverheid, "Bedragen minimumloon 2024" (rijksoverheid.nl, onderwerp minimumloon); besluit SZW 2023-0000526966 van 8-10-2023',
  },
  {
    validFrom: '2024-07-01', hourlyGross: 13.68, holidayPayPercent: 8,
    source: 'Rijksoverheid, "Bedragen minimumloon 2024", tabel per 1 juli 2024 (rijksoverheid.nl, onderwerp minimumloon)',
  },
  {
    validFrom: '2025-01-01', hourlyGross: 14.06, holidayPayPercent: 8,
    source: 'Besluit SZW nr. 2024-0000675332 van 9-10-2024 (indexatie per 1 januari 2025), zoals geciteerd door o.a. SVB "Bedragen minimumlonen vanaf 1 januari 2025"',
  },
  {
    validFrom: '2025-07-01', hourlyGross: 14.4, holidayPayPercent: 8,
    source: 'Besluit SZW nr. 2025-0000069776, Staatscourant 2025, 12264 (indexatie per 1 juli 2025)',
  },
  {
    validFrom: '2026-01-01', hourlyGross: 14.71, holidayPayPercent: 8,
    source: 'Besluit SZW nr. 2025-0000213859 van 9-10-2025 (indexatie per 1 januari 2026)',
  },
];
