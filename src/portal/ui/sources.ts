// "Welke informatie gebruikt de arbeidsdeskundige?" (issue 7, client only): where each piece of
// information comes from, in plain words. Pure, so it is unit-tested in Node (sources.test.ts checks
// every source type of the server against these words in all five languages).
import type { TextKey } from './texts';
import type { SourceType } from './types';

export const SOURCE_KEYS: Record<SourceType, TextKey> = {
  client_story: 'srcClientStory',
  partner: 'srcPartner',
  family: 'srcFamily',
  employer: 'srcEmployer',
  manager: 'srcManager',
  colleague: 'srcColleague',
  bedrijfsarts: 'srcBedrijfsarts',
  verzekeringsarts: 'srcVerzekeringsarts',
  school: 'srcSchool',
  jobcoach: 'srcJobcoach',
  care_agency: 'srcCareAgency',
  home_visit: 'srcHomeVisit',
  observation: 'srcObservation',
  test_instrument: 'srcTest',
  earlier_report: 'srcEarlierReport',
  other: 'srcOther',
};

/** The words for a source type; a type this page does not know yet reads as "from someone else". */
export function sourceKey(type: string): TextKey {
  return Object.prototype.hasOwnProperty.call(SOURCE_KEYS, type) ? SOURCE_KEYS[type as SourceType] : 'srcOther';
}
