// Fictional demo data for explicit judgement (issue 7) on vignette A of seed 001 (secondary-factors.md
// §7): the young man with the wish to become a network administrator. What the labour expert has so
// far: the sources from the first conversation, the intake at the ICT school, the sheltered-housing
// organisation and the earlier Wajong assessment; two themes of the conversation model explored and
// two partly; the first cells of both schemas. What the seed calls the risk (the ICT goal steering the
// interpretation) is left for the expert to work through: the inconsistency, the competing hypotheses,
// the untested learning ability, the advice. Plus the organisation's first instruments, all fictional.
import type { Door } from '../platform/door.js';
import { addDays } from '../cases/domain.js';
import * as judgement from '../judgement/store.js';
import type { EvidenceInput } from '../judgement/domain.js';

export async function seedJudgementDemo(asExpert: Door, caseId: string, firstContactId: string, today: string): Promise<void> {
  const learnability = await judgement.addInstrument(asExpert, {
    name: 'Leerbaarheidsonderzoek (fictief voorbeeld)', construct: 'Leervermogen en leerstijl: hoe iemand nieuwe taken leert en wat daarbij helpt',
    validationStatus: 'partly_validated', validationNote: 'Fictief demovoorbeeld; geen echt instrument.', provider: 'Assessmentbureau Voorbeeld (fictief)',
    costCents: 450_000, durationMinutes: 240, fitsWhen: 'Bij twijfel of een opleiding haalbaar is, of bij een keuze tussen leerroutes.',
  });
  await judgement.addInstrument(asExpert, {
    name: 'Praktijkobservatie op de werkplek (fictief voorbeeld)', construct: 'Functioneren in een echte werksituatie: tempo, samenwerken, omgaan met prikkels',
    validationStatus: 'not_validated', validationNote: 'Fictief demovoorbeeld; observatie door een jobcoach volgens een vaste lijst.', provider: 'Jobcoachorganisatie Voorbeeld (fictief)',
    costCents: 60_000, durationMinutes: 480, fitsWhen: 'Als de cliënt zichzelf anders inschat dan anderen hem zien, of als gesprekken te weinig zeggen.',
  });
  await judgement.addInstrument(asExpert, {
    name: 'Beroepsinteressetest (fictief voorbeeld)', construct: 'Beroepsinteresses en voorkeuren voor soorten werk',
    validationStatus: 'validated', validationNote: 'Fictief demovoorbeeld.', provider: 'Testuitgever Voorbeeld (fictief)',
    costCents: 9_500, durationMinutes: 45, fitsWhen: 'Bij een onduidelijke of wisselende beroepswens.',
  });
  await judgement.rateInstrument(asExpert, learnability.id, { rating: 4, comment: 'Geeft houvast bij de keuze voor een opleiding (fictief).' });

  const base: EvidenceInput = {
    kind: 'information', sourceType: 'client_story', sourceName: null, observedOn: addDays(today, -12), method: 'conversation', title: '', body: null, interest: null,
    reliability: 'reasonable', realityCheck: null, notInvestigatedReason: null, factorCodes: [], instrumentId: null, contactId: firstContactId, documentId: null,
    professionalOnly: true,
  };
  const record = async (item: Partial<EvidenceInput>) => (await judgement.recordEvidence(asExpert, caseId, { ...base, ...item })).id;
  const wajong = await record({
    sourceType: 'earlier_report', sourceName: 'UWV, Wajong-beoordeling (fictief)', observedOn: addDays(today, -400), method: 'document', contactId: null,
    title: 'Wajong-beoordeling: psychische beperkingen, geen FML', body: 'Beoordeeld als volledig en duurzaam arbeidsongeschikt (80–100%) op psychische gronden; er is geen FML opgesteld (fictief).',
    reliability: 'high',
  });
  const nothingWrong = await record({
    kind: 'self_assessment', title: '“Er is niets met mij aan de hand”',
    body: 'Cliënt ziet zelf geen beperkingen en wil gewoon een opleiding doen.', factorCodes: ['self_insight', 'denial', 'misjudging_own_abilities'], reliability: 'low',
  });
  const truancy = await record({
    title: 'Spijbelde tijdens elke opleiding; zegt dat hij bang was in groepen',
    body: 'Drie opleidingen niet afgemaakt. Als reden noemt hij dat hij bang was in de klas en in groepen (fictief).', factorCodes: ['truancy', 'anxiety', 'education_diplomas'],
  });
  const wish = await record({
    kind: 'wish', title: 'Wil de ICT-opleiding doen en netwerkbeheerder worden', factorCodes: ['wishes', 'interests', 'frame_of_reference'],
    realityCheck: 'Bij de intake van de ICT-school bleek goede praktische kennis. Een diploma heeft hij niet, en zijn leervermogen is niet bekend.',
  });
  const shortJobs = await record({
    title: 'Korte uitzendbanen, steeds na een paar weken gestopt', factorCodes: ['anomalous_history', 'earlier_failed_trajectories'],
  });
  const mother = await record({
    sourceType: 'family', sourceName: 'Moeder (fictief)', title: 'Moeder steunt de ICT-wens; zijn broer werkt in de ICT',
    interest: 'Wil graag dat hij een opleiding afmaakt en zelfstandig wordt.', reliability: 'low', factorCodes: ['frame_of_reference', 'burdening_home_situation'],
  });
  const ribw = await record({
    sourceType: 'care_agency', sourceName: 'RIBW De Brug, begeleider (fictief)', observedOn: addDays(today, -8), method: 'phone', contactId: null,
    title: 'RIBW twijfelt of de opleiding haalbaar is', body: 'Hij is snel overprikkeld en kan zich moeilijk concentreren; zelfstandig wonen vraagt al veel van hem (fictief).',
    interest: 'Begeleidt hem naar zelfstandig wonen en wil overvraging voorkomen.', factorCodes: ['stimulus_sensitivity', 'concentration', 'housing'],
  });
  const intake = await record({
    sourceType: 'school', sourceName: 'ICT-school, intakegesprek (fictief)', observedOn: addDays(today, -6), method: 'document', contactId: null,
    title: 'Intake ICT-school: goede praktische kennis, leerhouding goed', body: 'De intaker beschrijft goede praktische kennis van computers en netwerken. Leervermogen is niet getoetst (fictief).',
    interest: 'De school wil graag studenten inschrijven.', factorCodes: ['occupational_skills', 'learning_ability'], professionalOnly: false,
  });

  const cover = async (theme: Parameters<typeof judgement.saveCoverage>[2], state: 'explored' | 'partly', note: string, evidenceIds: string[]) =>
    judgement.saveCoverage(asExpert, caseId, theme, { state, note, noteIds: [], evidenceIds, version: 0 });
  await cover('education_history', 'explored', 'Drie opleidingen zonder diploma; spijbelen besproken.', [truancy, intake]);
  await cover('future_wishes', 'explored', 'Wens: netwerkbeheerder. Moeder steunt het, de RIBW twijfelt.', [wish, mother, ribw]);
  await cover('work_history', 'partly', 'Alleen de korte uitzendbanen genoemd; hoe het daar ging is nog niet besproken.', [shortJobs]);
  await cover('private_situation', 'partly', 'Woont bij zijn ouders; gaat binnenkort zelfstandig wonen met begeleiding.', [mother, ribw]);

  const cell = (theme: Parameters<typeof judgement.saveSchema1Cell>[2], category: Parameters<typeof judgement.saveSchema1Cell>[3], body: string, evidenceIds: string[]) =>
    judgement.saveSchema1Cell(asExpert, caseId, theme, category, { body, evidenceIds, version: 0 });
  await cell('incapacity_illness', 'self_assessment_limitations', 'Ziet zelf geen beperkingen (“niets aan de hand”), terwijl de Wajong-beoordeling psychische beperkingen noemt.', [nothingWrong, wajong]);
  await cell('education_history', 'burdening', 'Geen diploma’s; spijbelde tijdens elke opleiding.', [truancy]);
  await cell('private_situation', 'burdening', 'Thuissituatie belastend; de stap naar zelfstandig wonen vraagt veel.', [mother, ribw]);
  await cell('future_view', 'strength', 'Duidelijke wens en interesse: ICT. Goede praktische kennis volgens de intake.', [wish, intake]);

  await judgement.saveSchema2Row(asExpert, caseId, 'occupational_skills', {
    label: null, supportNeed: 'Een praktijkgerichte leerroute met begeleiding; eerst weten hoe hij leert.', workImplications: 'Concrete, afgebakende ICT-taken.',
    basis: null, evidenceIds: [intake, wish], version: 0,
  });
  await judgement.saveSchema2Row(asExpert, caseId, 'social_communicating', {
    label: null, supportNeed: 'Steun bij contact met anderen en in groepen; één vaste contactpersoon.', workImplications: 'Een kleine, vaste werkgroep; geen werk in grote groepen.',
    basis: null, evidenceIds: [truancy, ribw], version: 0,
  });
}
