// FICTIONAL SAMPLE DATA. Every person, organisation, case and number below is made up; it exists only
// to exercise the renderers in tests and in the bench (bench/report.ts). Nothing here comes from a
// real case.
//
// 'short' renders to 2–3 PDF pages, 'twenty' to about 20 (the size for the render target);
// the amount of text is tuned for that, so change PARAGRAPHS when the layout changes.
import type { ReportBlock, ReportDocument, ReportSection } from '../document.js';

const SENTENCES = [
  'Cliënte werkt sinds 2014 als orderpicker in het distributiecentrum en is op 4 februari 2025 uitgevallen met rug- en schouderklachten.',
  'De bedrijfsarts heeft de beperkingen vastgelegd in een Functionele Mogelijkhedenlijst; die is op 12 januari 2026 opnieuw geëvalueerd.',
  'In het gesprek van 3 maart 2026 zijn de ideeën van cliënte over haar terugkeer naar werk besproken, ook de financiële gevolgen.',
  'Het bruto maandloon bedraagt € 2.450,– exclusief vakantietoeslag; de reïntegratie-inspanningen zijn tot nu toe gericht op het eigen werk.',
  'Werkgever en werknemer hebben in het plan van aanpak afgesproken dat de coördinatie bij de casemanager ligt.',
  'De vraag is of het eigen werk “passende arbeid” is, en zo niet, of er binnen de organisatie ander passend werk is.',
  'Het werk bestaat voor een groot deel uit tillen en dragen van colli tot 23 kg, vaak boven schouderhoogte en in een hoog tempo.',
  'Cliënte geeft aan dat zij na een halve dag werken veel pijn heeft en ’s avonds niet meer toekomt aan haar gezin.',
  'Op de werkplek is een taakanalyse gemaakt; daarbij is gekeken naar de frequentie, de duur en de zwaarte van elke handeling.',
  'Er is één aangepaste werkplek beschikbaar in de retourafdeling, waar het tempo lager ligt en er minder getild hoeft te worden.',
  'De arbeidsdeskundige heeft de gegevens vergeleken met de belastbaarheid zoals de bedrijfsarts die heeft beschreven.',
  'Waar de belasting de belastbaarheid overschrijdt, is dat in de tabel gemarkeerd en in de toelichting beschreven.',
];

/** A deterministic paragraph of `count` sentences, starting at sentence `start`. */
function paragraph(start: number, count = 4): ReportBlock {
  const text = Array.from({ length: count }, (_, i) => SENTENCES[(start + i) % SENTENCES.length]).join(' ');
  return { kind: 'paragraph', text };
}

function paragraphs(seed: number, count: number, sentences?: number): ReportBlock[] {
  return Array.from({ length: count }, (_, i) => paragraph(seed * 5 + i * 3, sentences ?? 3 + ((seed + i) % 3)));
}

const ITEMS = [
  ['1.1', 'Concentreren'], ['1.2', 'Verdelen van de aandacht'], ['1.3', 'Herinneren'], ['1.9', 'Werktempo'],
  ['2.1', 'Hanteren van emotionele problemen van anderen'], ['2.7', 'Conflicten hanteren'], ['2.8', 'Samenwerken'],
  ['3.1', 'Zien'], ['3.2', 'Horen'], ['3.4', 'Spreken'], ['4.1', 'Reiken'], ['4.2', 'Frequent reiken tijdens het werk'],
  ['4.3', 'Handelingstempo'], ['4.4', 'Hand- en vingergebruik'], ['4.5', 'Knijpen of slaan'], ['4.6', 'Toetsenbord gebruiken'],
  ['4.7', 'Repeterende bewegingen'], ['4.8', 'Werken boven schouderhoogte'], ['4.9', 'Buigen tijdens het werk'],
  ['4.10', 'Frequent buigen'], ['4.11', 'Torderen'], ['4.12', 'Tillen of dragen'], ['4.13', 'Frequent tillen'],
  ['4.14', 'Zwaar tillen (15 kg of meer)'], ['4.15', 'Duwen of trekken'], ['4.16', 'Lopen'], ['4.17', 'Lopen tijdens het werk'],
  ['4.18', 'Traplopen'], ['4.19', 'Klimmen'], ['4.20', 'Knielen of hurken'], ['4.21', 'Zitten'], ['4.22', 'Zitten tijdens het werk'],
  ['4.23', 'Staan'], ['4.24', 'Staan tijdens het werk'], ['4.25', 'Gebogen of getordeerd actief zijn'], ['4.26', 'Geknield of gehurkt actief zijn'],
  ['5.1', 'Trillingsbelasting'], ['5.2', 'Beschermende middelen'], ['6.1', 'Uren per dag'], ['6.2', 'Uren per week'],
] as const;

function capacityRows() {
  return ITEMS.map(([code, name], i) => {
    const capacity = 1 + (i * 7) % 4;
    const demand = 1 + (i * 5 + 2) % 4;
    const over = demand > capacity;
    return {
      cells: [code, name, `niveau ${capacity}`, `niveau ${demand}`, over ? 'Overschrijding: de functie vraagt meer dan cliënte aankan.' : 'Geen overschrijding.'],
      emphasis: over,
    };
  });
}

function chart(caption: string, from: number, count: number): ReportBlock {
  return {
    kind: 'chart',
    caption,
    legend: { capacity: 'Belastbaarheid', demand: 'Belasting in de functie', overshoot: 'overschrijding' },
    bars: ITEMS.slice(from, from + count).map(([code, name], i) => {
      const max = 4;
      const capacity = 1 + ((from + i) * 7) % 4;
      const demand = i === 3 ? null : 1 + ((from + i) * 5 + 2) % 4;
      return { label: `${code} ${name}`, capacity, demand, max, overshoot: demand !== null && demand > capacity };
    }),
  };
}

export function sampleDocument(pages: 'short' | 'twenty'): ReportDocument {
  const long = pages === 'twenty';
  // Paragraphs per prose section: tuned so 'twenty' is 19–21 PDF pages.
  const PARAGRAPHS = long ? 16 : 1;
  /** About half as many, and none at all in the short sample. */
  const HALF = long ? Math.ceil(PARAGRAPHS / 2) : 0;
  const rows = capacityRows();
  const sections: ReportSection[] = [
    {
      key: 'question', title: 'Aanleiding en vraagstelling', blocks: [
        ...paragraphs(1, PARAGRAPHS, long ? undefined : 2),
        { kind: 'list', items: ['Is het eigen werk passend?', 'Zo niet: kan het eigen werk met aanpassingen passend worden gemaakt?', 'Is er ander passend werk bij de eigen werkgever (spoor 1)?'] },
      ],
    },
    {
      key: 'method', title: 'Werkwijze en bronnen', blocks: [
        ...paragraphs(2, HALF),
        { kind: 'subheading', text: 'Geraadpleegde bronnen' },
        { kind: 'list', items: ['Probleemanalyse en plan van aanpak', 'Functionele Mogelijkhedenlijst van 12 januari 2026', 'Functieomschrijving orderpicker (versie 2024)', 'Gesprekken met cliënte, leidinggevende en casemanager', 'Werkplekonderzoek op 3 maart 2026'] },
        ...(long ? [{ kind: 'subheading', text: 'Gesprekken' } as const, ...paragraphs(3, HALF)] : []),
      ],
    },
    {
      key: 'work', title: 'Het eigen werk', blocks: [
        ...paragraphs(4, PARAGRAPHS, long ? undefined : 2),
        { kind: 'subheading', text: 'Taken en werkomstandigheden' },
        ...paragraphs(5, long ? HALF : 1, long ? undefined : 1),
      ],
    },
    {
      key: 'capacity', title: 'Belastbaarheid en belasting', blocks: [
        paragraph(10, long ? 3 : 2),
        {
          kind: 'table',
          caption: 'Tabel 1. Belastbaarheid van cliënte tegenover de belasting in het eigen werk (▲ = overschrijding)',
          columns: ['Item', 'Omschrijving', 'Belastbaarheid', 'Belasting', 'Toelichting'],
          rows: long ? rows : rows.slice(0, 4),
        },
        ...paragraphs(6, HALF),
      ],
    },
    {
      key: 'charts', title: 'Overschrijdingen in beeld', blocks: [
        ...(long ? [paragraph(11, 2)] : []),
        chart('Figuur 1. Dynamische handelingen', 10, long ? 16 : 3),
        ...(long ? paragraphs(7, 2) : []),
        chart('Figuur 2. Persoonlijk en sociaal functioneren', 0, long ? 8 : 2),
      ],
    },
    {
      key: 'reaction', title: 'Reactie van cliënte', blocks: [
        { kind: 'paragraph', text: 'Cliënte heeft het concept gelezen. Zij schrijft (in haar eigen woorden): “Çalışmak istiyorum, ama ağrılarım çok güçlü.” Haar buurvrouw vertaalde ook een zin in het Pools: “Zażółć gęślą jaźń.” En in het Arabisch: أريد أن أعمل.' },
        ...paragraphs(8, HALF),
      ],
    },
    {
      key: 'consideration', title: 'Beschouwing', blocks: [
        ...paragraphs(9, PARAGRAPHS, long ? undefined : 2),
        { kind: 'subheading', text: 'Mogelijkheden bij de eigen werkgever' },
        ...paragraphs(10, HALF),
        { kind: 'list', items: ['Retourafdeling: lager tempo, tillen tot 10 kg', 'Administratie voorraadbeheer: zittend werk, na scholing', 'Aangepaste uren: 4 × 5 uur per week, opbouwend'] },
      ],
    },
    {
      key: 'conclusion', title: 'Conclusie en advies', blocks: [
        ...paragraphs(11, HALF),
        { kind: 'list', items: ['Het eigen werk is niet passend.', 'Het werk in de retourafdeling is passend met de genoemde aanpassingen.', 'Evaluatie na zes weken met bedrijfsarts en casemanager.'] },
      ],
    },
  ];
  return {
    language: 'nl',
    letterhead: { organisationName: 'Arbodienst Voorbeeld', lines: ['Voorbeeldstraat 1, 1234 AB Nergenshuizen', 'Fictieve organisatie – uitsluitend voorbeeldgegevens'], logo: null },
    title: 'Arbeidsdeskundig rapport',
    caseReference: 'PAS-2026-0042',
    version: 3,
    draft: false,
    facts: [
      { label: 'Cliënt', value: 'Fatma Yılmaz-de Vries' },
      { label: 'Opdrachtgever', value: 'Voorbeeld Logistiek B.V. (fictief)' },
      { label: 'Datum rapport', value: '12 maart 2026' },
      { label: 'Arbeidsdeskundige', value: 'Jeroen Mulder (fictief)' },
      { label: 'Eerste ziektedag', value: '4 februari 2025' },
      { label: 'Kader', value: 'Wet verbetering poortwachter, spoor 1' },
    ],
    sections,
    signature: { signer: 'Jeroen Mulder (fictief)', role: 'Register-arbeidsdeskundige', signedAt: '2026-03-12' },
    labels: { page: 'Pagina {page} van {pages}', version: 'versie {version}', draft: 'CONCEPT', contents: 'Inhoud', signedBy: 'Ondertekend door' },
  };
}
