// Seed-based rule set for contact-form advice, as DATA (seed 000: AKC report on video calling in
// labour-expert assessment; digest /work/shared/domain/contact-form.md). The report calls itself
// "een startpunt voor het verdere gesprek en geen leidraad": every rule here is advice, versioned
// and editable, never fixed policy. Statistics: Table 4 = share of experts saying video is a
// responsible alternative (never / yes under conditions / yes / n.a.); Table 8 = (very) satisfied.

import type { Condition, RuleSet } from './domain.js';

const FROM = '2026-11-01';
const activity = (...a: string[]): Condition => ({ fact: 'activity', in: a });
const hasCondition = (code: string): Condition => ({ fact: 'clientConditions', includes: code });
const physicalPossible = (v: boolean): Condition => ({ fact: 'physicalPossible', equals: v });
const workplaceBasis: Condition = {
  any: [{ fact: 'workplaceMaterial', nonEmpty: true }, { fact: 'expertKnowsWorkplace', equals: true }],
};

export const SEED_000_RULE_SET: RuleSet = {
  version: '2026-11-seed000',
  effectiveFrom: FROM,
  rules: [
    // ---- §2.1 Context -------------------------------------------------------------------------
    {
      id: 'C0-physical-impossible',
      condition: physicalPossible(false),
      effects: [{ form: 'physical', strength: 'not_suitable' }],
      explanation: {
        nl: 'Fysiek contact is nu niet mogelijk (bijvoorbeeld lockdown, besmettingsrisico, werkplek niet toegankelijk of werkgever weigert bezoek). Dan gelden andere afwegingen.',
        en: 'Physical contact is not possible now (e.g. lockdown, infection risk, workplace inaccessible or employer refuses a visit). Other trade-offs then apply.',
      },
      source: 'seed 000 §1, §5.2',
      effectiveFrom: FROM,
    },
    {
      id: 'C1-video-over-phone-when-no-physical',
      condition: {
        all: [
          physicalPossible(false),
          activity('client_vision', 'hoor_wederhoor', 'reintegration_agreements', 'investigating_adjustments', 'workplace_investigation'),
        ],
      },
      effects: [
        { form: 'video', strength: 'preferred' },
        { form: 'phone', strength: 'discouraged' },
      ],
      explanation: {
        nl: 'Fysiek kan niet. Voor deze activiteit is beeldbellen beter dan telefoon, omdat het beter is de cliënt ook te zien. Cliënt en arbeidsdeskundige moeten het ook dan samen eens zijn over de vorm.',
        en: 'Physical contact is impossible. For this activity video is better than phone, because it is better to also see the client. Client and expert must still agree on the form.',
      },
      source: 'seed 000 §1, §5.1.2, §5.4.3, §5.6',
      effectiveFrom: FROM,
    },
    {
      id: 'C4-corona-type-triggers',
      condition: { fact: 'physicalImpossibleReason', in: ['infection_risk', 'workplace_inaccessible', 'employer_refuses_visit'] },
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Hoger besmettingsrisico van de cliënt, een werkplek die niet veilig te bezoeken is of een werkgever die bezoek weigert: redenen die arbeidsdeskundigen noemen om te beeldbellen.',
        en: "Client's higher infection risk, a workplace that cannot be visited safely, or an employer refusing a visit: reasons experts cite for video.",
      },
      source: 'seed 000 §5.2',
      effectiveFrom: FROM,
    },

    // ---- §2.2 Activities outside the survey list -------------------------------------------------
    {
      id: 'FC1-first-contact-physical',
      condition: activity('first_contact'),
      effects: [
        { form: 'physical', strength: 'preferred' },
        { form: 'video', strength: 'discouraged' },
        { form: 'phone', strength: 'discouraged' },
      ],
      explanation: {
        nl: 'Eerste kennismaking: bij voorkeur fysiek. Het Tuchthuis vindt beeldbellen bij het eerste contact niet verantwoord; cliënten in langere trajecten willen een fysieke kennismaking.',
        en: 'First contact: physical preferred. Tuchthuis: video not responsible at first contact; clients in longer cases want a physical introduction.',
      },
      source: 'seed 000 §4.4.1, §5.2, §5.4.3, §6.1',
      effectiveFrom: FROM,
    },
    {
      id: 'FC2-first-contact-client-wants-phone',
      condition: { all: [activity('first_contact'), { fact: 'clientPreferenceForm', in: ['phone'] }] },
      effects: [{ form: 'phone', strength: 'possible' }],
      explanation: {
        nl: 'Sommige cliënten willen liever eerst telefonisch kennismaken. De cliënt heeft inspraak in de contactvorm.',
        en: 'Some clients prefer to start by phone. The client has a say in the contact form.',
      },
      source: 'seed 000 §6.2.3, §4.4.2',
      effectiveFrom: FROM,
    },
    {
      id: 'PR1-practical',
      condition: activity('practical'),
      effects: [
        { form: 'phone', strength: 'possible' },
        { form: 'video', strength: 'possible' },
      ],
      explanation: {
        nl: 'Praktische informatie, afspraken, voor- en nagesprekken: telefoon of beeldbellen is geschikt.',
        en: 'Practical information, appointments, pre- and post-meetings: phone or video is suitable.',
      },
      source: 'seed 000 §4.4.2, §5.4.1, §6.4',
      effectiveFrom: FROM,
    },
    {
      id: 'PC1-professional-consultation',
      condition: activity('professional_consultation'),
      effects: [
        { form: 'video', strength: 'possible' },
        { form: 'phone', strength: 'possible' },
      ],
      explanation: {
        nl: 'Overleg tussen professionals (bijvoorbeeld met de bedrijfsarts): beeldbellen of telefoon is geschikt.',
        en: 'Consultation between professionals (e.g. with the bedrijfsarts): video or phone is suitable.',
      },
      source: 'seed 000 §4.4.2, §5.4.1',
      effectiveFrom: FROM,
    },
    {
      id: 'EC1-employer-conversation',
      condition: activity('employer_conversation'),
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Gesprek met de werkgever: volgens sommige arbeidsdeskundigen kan beeldbellen bijna altijd. Let op gelijke behandeling van werkgever en werknemer.',
        en: 'Conversation with the employer: some experts find video almost always fine. Watch equal treatment of employer and employee.',
      },
      source: 'seed 000 §5.1.4, §4.3.2',
      effectiveFrom: FROM,
    },

    // ---- §2.2 Rules per activity A1–A8 ---------------------------------------------------------
    {
      id: 'A1-checking-facts',
      condition: activity('checking_facts'),
      effects: [
        { form: 'phone', strength: 'preferred' },
        { form: 'video', strength: 'possible' },
        { form: 'physical', strength: 'possible' },
      ],
      explanation: {
        nl: 'Gegevens uitvragen of checken (opleiding, ervaring, arbeidsverleden, loon) is informatie verzamelen. Telefoon is snel en passend; beeld voegt hier weinig toe. Documenten kan de cliënt mailen.',
        en: 'Checking facts (education, experience, work history, wage) is information gathering. Phone is quick and fitting; video adds little. Documents can be e-mailed.',
      },
      source: 'seed 000 §5.4.3, Table 4, Table 8',
      statistic: {
        nl: 'A1: 72% van de arbeidsdeskundigen vindt beeldbellen een verantwoord alternatief, 18% onder voorwaarden, 3% nooit; 76% (zeer) tevreden.',
        en: 'A1: 72% of labour experts say video is a responsible alternative, 18% under conditions, 3% never; 76% (very) satisfied.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'A2-experienced-limitations',
      condition: activity('experienced_limitations'),
      effects: [
        { form: 'video', strength: 'possible' },
        { form: 'physical', strength: 'possible' },
      ],
      explanation: {
        nl: 'Ervaren belemmeringen uitvragen: beeldbellen kan als de cliënt instemt, er geen medisch bezwaar is en geen gevoeligheden, wantrouwen of kwetsbaarheid te verwachten zijn. Dat is niet altijd te voorspellen: houd overstappen op een andere vorm open en leg dat vast.',
        en: 'Asking about experienced limitations: video is acceptable if the client agrees, there is no medical obstacle and no sensitivities, distrust or vulnerability are expected. That cannot always be predicted: keep switching form open and record it.',
      },
      source: 'seed 000 §5.4.3, §2.5 (digest), Table 4, Table 8',
      statistic: {
        nl: 'A2: 50% verantwoord, 27% onder voorwaarden, 16% nooit; 69% (zeer) tevreden.',
        en: 'A2: 50% responsible, 27% under conditions, 16% never; 69% (very) satisfied.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'A2-vulnerable-physical',
      condition: {
        all: [activity('experienced_limitations'), { any: [hasCondition('vulnerability'), hasCondition('psychological_complaints')] }],
      },
      effects: [
        { form: 'physical', strength: 'preferred' },
        { form: 'video', strength: 'discouraged' },
      ],
      explanation: {
        nl: 'Bij kwetsbare cliënten en psychische klachten is fysiek contact voor het uitvragen van belemmeringen beter: vertrouwen ontstaat makkelijker face-to-face.',
        en: 'For vulnerable clients and psychological complaints physical contact is better for asking about limitations: trust builds more easily face to face.',
      },
      source: 'seed 000 §5.4.3, §5.1.3',
      effectiveFrom: FROM,
    },
    {
      id: 'A3-client-vision',
      condition: activity('client_vision'),
      effects: [
        { form: 'video', strength: 'possible' },
        { form: 'phone', strength: 'discouraged' },
        { form: 'physical', strength: 'possible' },
      ],
      explanation: {
        nl: 'Visie van de cliënt op re-integratie: beeldbellen kan als de cliënt gemotiveerd is en zijn wensen kan verwoorden. Telefoon heeft geen voorkeur. Risico: emotie en onderstroom worden gemist, doorvragen is lastiger.',
        en: "Client's vision on reintegration: video is possible when the client is motivated and can voice their wishes. Phone is not preferred. Risk: missed emotion and undercurrent, harder follow-up questions.",
      },
      source: 'seed 000 §5.4.3, Table 4, Table 8',
      statistic: {
        nl: 'A3: 55% verantwoord, 26% onder voorwaarden, 14% nooit; 74% (zeer) tevreden.',
        en: 'A3: 55% responsible, 26% under conditions, 14% never; 74% (very) satisfied.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'A3-unmotivated-physical',
      condition: { all: [activity('client_vision'), hasCondition('unmotivated')] },
      effects: [
        { form: 'physical', strength: 'preferred' },
        { form: 'video', strength: 'discouraged' },
      ],
      explanation: {
        nl: 'Een niet-gemotiveerde cliënt: bespreek de visie op re-integratie fysiek.',
        en: "An unmotivated client: discuss the vision on reintegration in person.",
      },
      source: 'seed 000 §5.1.4, §5.4.3',
      effectiveFrom: FROM,
    },
    {
      id: 'A4-hoor-wederhoor',
      condition: activity('hoor_wederhoor'),
      effects: [
        { form: 'video', strength: 'possible' },
        { form: 'phone', strength: 'possible' },
        { form: 'physical', strength: 'possible' },
      ],
      explanation: {
        nl: 'Hoor en wederhoor: beeldbellen kan, afhankelijk van de inhoud; telefoon wordt als efficiënt genoemd. Let op gelijke behandeling van beide partijen.',
        en: 'Hoor en wederhoor: video is possible depending on content; phone is named as efficient. Watch equal treatment of both parties.',
      },
      source: 'seed 000 §5.4.1, §4.3.2, Table 4, Table 8',
      statistic: {
        nl: 'A4: 49% verantwoord, 22% onder voorwaarden, 21% nooit; 59% (zeer) tevreden.',
        en: 'A4: 49% responsible, 22% under conditions, 21% never; 59% (very) satisfied.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'A4-complaint-physical',
      condition: { all: [activity('hoor_wederhoor'), { fact: 'complaintContext', equals: true }] },
      effects: [
        { form: 'physical', strength: 'preferred' },
        { form: 'video', strength: 'discouraged' },
      ],
      explanation: {
        nl: 'Bij een klacht is fysiek horen belangrijk: mensen voelen zich gehoord en u ziet hoe partijen reageren.',
        en: 'In a complaint context a physical hearing matters: people feel heard and you see how the parties react.',
      },
      source: 'seed 000 §5.4.1',
      effectiveFrom: FROM,
    },
    {
      id: 'A5-adjustments-physical',
      condition: { all: [activity('investigating_adjustments'), physicalPossible(true)] },
      effects: [
        { form: 'physical', strength: 'required' },
        { form: 'video', strength: 'discouraged' },
        { form: 'phone', strength: 'not_suitable' },
      ],
      explanation: {
        nl: 'Onderzoek naar aanpassingen en voorzieningen: altijd fysiek als dat kan. Werk is driedimensionaal: geluid, geur, afstanden, gewichten, duw- en trekkrachten, trappen, houding, en of hulpmiddelen er zijn en gebruikt worden. Ook fysieke belastbaarheid wil de cliënt fysiek laten zien.',
        en: 'Investigating adjustments and provisions: always physical when possible. Work is three-dimensional: sound, smell, distances, weights, push/pull forces, stairs, posture, whether aids exist and are used. Clients also want their physical capacity seen in person.',
      },
      source: 'seed 000 §5.6, §6.2.2, Table 4, Table 8',
      statistic: {
        nl: 'A5: 34% van de arbeidsdeskundigen vindt beeldbellen nooit verantwoord, 38% onder voorwaarden, 17% ja; 33% (zeer) tevreden.',
        en: 'A5: 34% of labour experts say video is never a responsible alternative, 38% under conditions, 17% yes; 33% (very) satisfied.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'A5-remote-supplement',
      condition: { all: [activity('investigating_adjustments'), workplaceBasis] },
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Beeldbellen alleen als aanvulling, als er een goede basis is (functieomschrijving, eerder extern rapport, beelden) of als u de werkplek kent.',
        en: 'Video only as a supplement when there is a good basis (job description, earlier external report, recordings) or the expert knows the workplace.',
      },
      source: 'seed 000 §5.6',
      effectiveFrom: FROM,
    },
    {
      id: 'A6-workplace-physical',
      condition: { all: [activity('workplace_investigation'), physicalPossible(true)] },
      effects: [
        { form: 'physical', strength: 'required' },
        { form: 'video', strength: 'not_suitable' },
        { form: 'phone', strength: 'not_suitable' },
      ],
      explanation: {
        nl: 'Werkplekonderzoek: altijd fysiek als dat kan. Volgens het Tuchthuis is beeldbellen hier als vervanging niet verantwoord.',
        en: 'Workplace investigation: always physical when possible. Tuchthuis: video is not responsible here as a replacement.',
      },
      source: 'seed 000 §4.4.1, §5.6, Table 4, Table 8',
      statistic: {
        nl: 'A6: 68% van de arbeidsdeskundigen vindt beeldbellen nooit een verantwoord alternatief, 21% onder voorwaarden, 1% ja; 10% (zeer) tevreden.',
        en: 'A6: 68% of labour experts say video is never a responsible alternative, 21% under conditions, 1% yes; 10% (very) satisfied.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'A6-remote-supplement',
      condition: { all: [activity('workplace_investigation'), workplaceBasis] },
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Beeldbellen kan als aanvulling op het werkplekonderzoek, als er functieomschrijving, eerder rapport of beeldmateriaal is, of als u de werkplek kent.',
        en: 'Video can supplement the workplace investigation when a job description, earlier report or recordings exist, or the expert knows the workplace.',
      },
      source: 'seed 000 §5.6',
      effectiveFrom: FROM,
    },
    {
      id: 'A6-lockdown-films-photos',
      condition: { all: [activity('workplace_investigation'), physicalPossible(false)] },
      effects: [{ form: 'video', strength: 'preferred' }],
      explanation: {
        nl: 'Fysiek kan niet: werk met foto’s en films van de werkplek en een videogesprek. Noteer wat op afstand niet te beoordelen is.',
        en: 'Physical is impossible: work with photos and films of the workplace and a video call. Note what cannot be judged remotely.',
      },
      source: 'seed 000 §5.6',
      effectiveFrom: FROM,
    },
    {
      id: 'A7-outcome-physical-default',
      condition: { all: [activity('discussing_outcome'), { not: { fact: 'outcomeExpectation', in: ['expected', 'told_in_person'] } }] },
      effects: [
        { form: 'physical', strength: 'preferred' },
        { form: 'video', strength: 'discouraged' },
        { form: 'phone', strength: 'discouraged' },
      ],
      explanation: {
        nl: 'Uitkomst van een beoordeling bespreken: standaard fysiek, uit respect. Het kan slecht nieuws zijn met financiële, relationele of emotionele gevolgen.',
        en: 'Discussing the outcome of an assessment: physical by default, out of respect. It may be bad news with financial, relational or emotional impact.',
      },
      source: 'seed 000 §5.4.1, §5.4.3, Table 4, Table 8',
      statistic: {
        nl: 'A7: 48% verantwoord, 33% onder voorwaarden, 13% nooit; 66% (zeer) tevreden.',
        en: 'A7: 48% responsible, 33% under conditions, 13% never; 66% (very) satisfied.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'A7-outcome-expected-video',
      condition: { all: [activity('discussing_outcome'), { fact: 'outcomeExpectation', in: ['expected', 'told_in_person'] }] },
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Beeldbellen kan als de uitkomst overeenkomt met de verwachting of al fysiek is verteld (bijvoorbeeld een vervolggesprek na de bespreking van het oordeel).',
        en: 'Video is possible when the outcome matches expectations or was already told in person (e.g. a follow-up after the judgement was discussed).',
      },
      source: 'seed 000 §5.4.1, §4.4.2',
      effectiveFrom: FROM,
    },
    {
      id: 'A7-bad-news-video-over-phone',
      condition: { all: [activity('discussing_outcome'), physicalPossible(false), { not: { fact: 'outcomeExpectation', in: ['expected', 'told_in_person'] } }] },
      effects: [
        { form: 'video', strength: 'preferred' },
        { form: 'phone', strength: 'not_suitable' },
      ],
      explanation: {
        nl: 'Fysiek kan niet en de uitkomst kan onverwacht slecht nieuws zijn: beeldbellen is dan beter dan telefoon.',
        en: 'Physical is impossible and the outcome may be unexpected bad news: video is then better than phone.',
      },
      source: 'seed 000 §5.4.1',
      effectiveFrom: FROM,
    },
    {
      id: 'A8-reintegration-agreements',
      condition: { all: [activity('reintegration_agreements'), { fact: 'employerConflict', equals: false }] },
      effects: [
        { form: 'video', strength: 'possible' },
        { form: 'phone', strength: 'possible' },
      ],
      explanation: {
        nl: 'Afspraken voor het re-integratietraject: beeldbellen kan voor procesafspraken als er geen (dreigend) conflict is tussen werknemer en werkgever. Telefoon is goed voor afspraken.',
        en: 'Reintegration agreements: video is possible for process agreements when there is no (threatening) conflict between employee and employer. Phone is fine for appointments.',
      },
      source: 'seed 000 §5.4.3, Table 4, Table 8',
      statistic: {
        nl: 'A8: 49% verantwoord, 28% onder voorwaarden, 10% nooit; 56% (zeer) tevreden.',
        en: 'A8: 49% responsible, 28% under conditions, 10% never; 56% (very) satisfied.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'A8-conflict-physical',
      condition: { all: [activity('reintegration_agreements'), { fact: 'employerConflict', equals: true }] },
      effects: [
        { form: 'physical', strength: 'preferred' },
        { form: 'video', strength: 'discouraged' },
      ],
      explanation: {
        nl: 'Er is een (dreigend) conflict tussen werknemer en werkgever: maak re-integratieafspraken bij voorkeur fysiek.',
        en: 'There is a (threatening) conflict between employee and employer: make reintegration agreements in person if possible.',
      },
      source: 'seed 000 §5.4.3',
      effectiveFrom: FROM,
    },

    // ---- §2.3 Client conditions ----------------------------------------------------------------
    {
      id: 'K1-video-not-suitable-conditions',
      condition: {
        any: [
          hasCondition('concentration_problems'),
          hasCondition('energy_problems'),
          hasCondition('speech_or_hearing_problems'),
          hasCondition('cannot_sit_long'),
        ],
      },
      effects: [{ form: 'video', strength: 'not_suitable' }],
      explanation: {
        nl: 'Concentratieproblemen, energetische problemen, spraak- of gehoorproblemen of niet lang kunnen zitten: beeldbellen is niet geschikt (één slechthorende cliënt lukte het wel met een headset).',
        en: 'Concentration or energy problems, speech or hearing problems, or cannot sit long: video is not suitable (one hard-of-hearing client managed with a headset).',
      },
      source: 'seed 000 §1, §5.1.4, §6.2.1',
      effectiveFrom: FROM,
    },
    {
      id: 'K2-resistance-illness-insight',
      condition: { any: [hasCondition('resistance'), hasCondition('little_illness_insight')] },
      effects: [{ form: 'video', strength: 'discouraged' }],
      explanation: {
        nl: 'Weerstand of te weinig ziekte-inzicht: beeldbellen is geen goed medium. Op een scherm is het makkelijker “een masker op te zetten”.',
        en: 'Resistance or too little illness insight: video is not a good medium. It is easier to "wear a mask" on screen.',
      },
      source: 'seed 000 §5.1.4, §6.2.3',
      effectiveFrom: FROM,
    },
    {
      id: 'K3-psychological-physical',
      condition: hasCondition('psychological_complaints'),
      effects: [
        { form: 'video', strength: 'discouraged' },
        { form: 'physical', strength: 'preferred' },
      ],
      explanation: {
        nl: 'Psychische klachten: volgens het Tuchthuis is beeldbellen niet verantwoord, en mensen met psychische klachten kiezen vaker voor fysiek contact.',
        en: 'Psychological complaints: Tuchthuis finds video not responsible, and people with psychological complaints more often prefer physical contact.',
      },
      source: 'seed 000 §4.4.1, §5.1.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K4-psychological-counter-rule',
      condition: hasCondition('psychological_complaints'),
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Tegenregel: voor psychisch kwetsbare werknemers kan beeldbellen de drempel juist verlagen (veiliger thuis). Bespreek dit met de cliënt.',
        en: 'Counter-rule: for psychologically vulnerable employees video may lower the threshold (safer at home). Discuss this with the client.',
      },
      source: 'seed 000 §3.1, §5.3.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K5-employer-conflict-no-video',
      condition: { fact: 'employerConflict', equals: true },
      effects: [{ form: 'video', strength: 'not_suitable' }],
      explanation: {
        nl: 'Conflict met de werkgever en hoog oplopende emoties: volgens het Tuchthuis geen beeldbellen.',
        en: 'Conflict with the employer and high emotions: Tuchthuis says no video.',
      },
      source: 'seed 000 §4.4.1, §5.1.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K6-employer-conflict-counter-rule',
      condition: { fact: 'employerConflict', equals: true },
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Tegenregel: bij spanning met de werkgever kan beeldbellen prettig zijn voor iemand die de werkplek liever vermijdt.',
        en: 'Counter-rule: with tension at the employer, video can be pleasant for someone who avoids the workplace.',
      },
      source: 'seed 000 §5.1.4, §5.3.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K7-limited-digital-skills',
      condition: hasCondition('limited_digital_skills'),
      effects: [{ form: 'video', strength: 'not_suitable' }],
      explanation: {
        nl: 'Beperkte digitale vaardigheden: beeldbellen is niet mogelijk. Alternatief: vooraf screenen (bijvoorbeeld met de Quickscan digitale vaardigheden van Pharos) en technische hulp bieden.',
        en: 'Limited digital skills: video is impossible. Alternative: screen beforehand (e.g. the Pharos digital-skills quickscan) and offer technical help.',
      },
      source: 'seed 000 §5.1.2, §3.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K8-limited-language-skills',
      condition: hasCondition('limited_language_skills'),
      effects: [{ form: 'video', strength: 'not_suitable' }],
      explanation: {
        nl: 'Beperkte taalvaardigheid: beeldbellen is niet mogelijk.',
        en: 'Limited language skills: video is impossible.',
      },
      source: 'seed 000 §5.1.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K9-vulnerable-physical',
      condition: hasCondition('vulnerability'),
      effects: [{ form: 'physical', strength: 'preferred' }],
      explanation: {
        nl: 'Kwetsbare mensen: in het algemeen heeft fysiek contact de voorkeur.',
        en: 'Vulnerable people: physical contact is generally preferred.',
      },
      source: 'seed 000 §5.1.3',
      effectiveFrom: FROM,
    },
    {
      id: 'K10-nervous-about-video',
      condition: hasCondition('nervous_about_video'),
      effects: [{ form: 'video', strength: 'discouraged' }],
      explanation: {
        nl: 'Zenuwachtig door beeldbellen: sommige cliënten kunnen het gesprek dan niet goed volgen of onthouden.',
        en: 'Nervous because of video: some clients then cannot follow or recall the conversation.',
      },
      source: 'seed 000 §5.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K11-travel-difficulty',
      condition: hasCondition('travel_difficulty'),
      effects: [{ form: 'video', strength: 'preferred' }],
      explanation: {
        nl: 'Een lichamelijke beperking maakt reizen lastig, of de cliënt kan moeilijk naar een locatie komen: beeldbellen is dan zeer geschikt.',
        en: 'A physical limitation makes travel hard, or the client cannot easily travel to a location: video is then very suitable.',
      },
      source: 'seed 000 §5.1.4, §4.4.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K12-terminal-illness',
      condition: hasCondition('terminal_illness'),
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Terminaal zieke cliënt: beeldbellen is geschikt.',
        en: 'Terminally ill client: video is suitable.',
      },
      source: 'seed 000 §4.4.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K13-home-visit-undesirable',
      condition: hasCondition('home_visit_undesirable'),
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Huisbezoek is om privéredenen niet gewenst: beeldbellen is geschikt.',
        en: 'A home visit is undesirable for private reasons: video is suitable.',
      },
      source: 'seed 000 §4.4.2',
      effectiveFrom: FROM,
    },
    {
      id: 'K14-uses-video-at-work',
      condition: hasCondition('uses_video_at_work'),
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'De cliënt gebruikt beeldbellen al in het werk: beeldbellen is geschikt.',
        en: 'The client already uses video at work: video is suitable.',
      },
      source: 'seed 000 §5.1.4',
      effectiveFrom: FROM,
    },
    {
      id: 'K15-party-wants-face-to-face',
      condition: {
        any: [
          { fact: 'clientPreferenceForm', in: ['physical'] },
          { fact: 'employerPreferenceForm', in: ['physical'] },
        ],
      },
      effects: [
        { form: 'video', strength: 'not_suitable' },
        { form: 'physical', strength: 'preferred' },
      ],
      explanation: {
        nl: 'Cliënt of werkgever wil uitdrukkelijk face-to-face: gebruik geen beeldbellen.',
        en: 'Client or employer explicitly wants face to face: do not use video.',
      },
      source: 'seed 000 §5.1.2',
      statistic: {
        nl: '62% van de arbeidsdeskundigen stemt de contactvorm altijd vooraf af met de cliënt.',
        en: '62% of labour experts always agree the contact form with the client beforehand.',
      },
      effectiveFrom: FROM,
    },
    {
      id: 'K16-client-wants-video',
      condition: { fact: 'clientPreferenceForm', in: ['video'] },
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'De cliënt wil uitdrukkelijk beeldbellen (bijvoorbeeld vanwege beperkingen): mogelijk geschikt, maar de opdracht is leidend. Mist u zo essentiële informatie, leg dan duidelijk uit waarom fysiek contact nodig is.',
        en: 'The client explicitly wants video (e.g. because of limitations): possibly suitable, but the assignment leads. If essential information would be missed, explain clearly why physical contact is needed.',
      },
      source: 'seed 000 §5.6, §7',
      effectiveFrom: FROM,
    },

    // ---- §2.4 Relationship over time -----------------------------------------------------------
    {
      id: 'R1-established-relationship',
      condition: {
        all: [
          { fact: 'earlierContacts', atLeast: 3 },
          { fact: 'physicalFirstContactHeld', equals: true },
          { not: activity('first_contact', 'workplace_investigation', 'investigating_adjustments') },
        ],
      },
      effects: [{ form: 'video', strength: 'possible' }],
      explanation: {
        nl: 'Er is al langer, vaak en goed contact (met een fysieke kennismaking): af en toe tussendoor beeldbellen is prima als de cliënt instemt. Voorkeuren verschuiven; blijf checken.',
        en: 'Long, frequent, good contact already (with a physical first contact): an occasional video call in between is fine if the client agrees. Preferences shift; keep checking.',
      },
      source: 'seed 000 §4.4.2, §5.1.4, §6.2.3',
      effectiveFrom: FROM,
    },
    {
      id: 'R2-no-earlier-contact',
      condition: {
        all: [
          { fact: 'earlierContacts', atMost: 0 },
          { not: activity('first_contact', 'practical', 'professional_consultation', 'employer_conversation') },
        ],
      },
      effects: [
        { form: 'physical', strength: 'preferred' },
        { form: 'video', strength: 'discouraged' },
      ],
      explanation: {
        nl: 'Er is nog geen eerder contact geweest: dit is in feite het eerste of eenmalige contact. Arbeidsdeskundigen kiezen dan voor fysiek.',
        en: 'There has been no earlier contact: this is in effect a first or one-off contact. Experts then choose physical.',
      },
      source: 'seed 000 §5.2, §6.1',
      effectiveFrom: FROM,
    },

    // ---- §3 Hard preconditions for video -------------------------------------------------------
    {
      id: 'P1-consent',
      condition: { fact: 'videoConsent', equals: false },
      effects: [{ form: 'video', blocks: 'videoConsent' }],
      explanation: {
        nl: 'De cliënt heeft (nog) niet ingestemd met de videoafspraak. Instemming is altijd nodig; ook in een lockdown beslissen cliënt en arbeidsdeskundige samen.',
        en: 'The client has not (yet) consented to the video appointment. Consent is always needed; even in lockdown client and expert decide together.',
      },
      source: 'seed 000 §1, §5.1.4, §4.3.2',
      effectiveFrom: FROM,
    },
    {
      id: 'P2-informed',
      condition: { fact: 'clientInformed', equals: false },
      effects: [{ form: 'video', blocks: 'clientInformed' }],
      explanation: {
        nl: 'De cliënt is nog niet zorgvuldig geïnformeerd over de software en de verwerking van persoonsgegevens, en kon nog geen vragen stellen.',
        en: 'The client has not yet been informed carefully about the software and the processing of personal data, and could not yet ask questions.',
      },
      source: 'seed 000 §5.1.4, §3.3',
      effectiveFrom: FROM,
    },
    {
      id: 'P3-approved-channel',
      condition: { fact: 'approvedChannel', equals: false },
      effects: [{ form: 'video', blocks: 'approvedChannel' }],
      explanation: {
        nl: 'Er is geen goedgekeurd, voldoende veilig en AVG-proof kanaal gekozen dat de privacy van alle deelnemers beschermt.',
        en: 'No approved, sufficiently secure, GDPR-proof channel protecting every participant’s privacy has been chosen.',
      },
      source: 'seed 000 §5.1.4, §4.4.2, §4.5',
      effectiveFrom: FROM,
    },
    {
      id: 'P4-medical-obstacle',
      condition: { fact: 'medicalObstacle', equals: true },
      effects: [
        { form: 'video', blocks: 'medicalObstacle' },
        { form: 'video', strength: 'not_suitable' },
      ],
      explanation: {
        nl: 'Er is een medisch bezwaar tegen beeldbellen: beeldbellen valt af.',
        en: 'There is a medical obstacle to video calling: video is excluded.',
      },
      source: 'seed 000 §5.1.4, §5.6',
      effectiveFrom: FROM,
    },
  ],
};
