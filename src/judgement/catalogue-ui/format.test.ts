import { describe, expect, it } from 'vitest';
import { filterInstruments, formatDuration, formatUsage, formatUsefulness, parseMinutes, searchable } from './format';

describe('the instrument databank in words', () => {
  it('says a duration in hours and minutes', () => {
    expect(formatDuration(240, 'nl')).toBe('4 uur');
    expect(formatDuration(45, 'nl')).toBe('45 minuten');
    expect(formatDuration(1, 'nl')).toBe('1 minuut');
    expect(formatDuration(90, 'nl')).toBe('1 uur en 30 minuten');
    expect(formatDuration(480, 'nl')).toBe('8 uur');
    expect(formatDuration(60, 'en')).toBe('1 hour');
    expect(formatDuration(150, 'en')).toBe('2 hours and 30 minutes');
    expect(formatDuration(61, 'en')).toBe('1 hour and 1 minute');
  });

  it('never gives an average usefulness without the number of ratings it rests on', () => {
    expect(formatUsefulness({ average: 4, count: 1 }, 'nl')).toBe('4,0 van 5, 1 beoordeling');
    expect(formatUsefulness({ average: 3.5, count: 4 }, 'nl')).toBe('3,5 van 5, 4 beoordelingen');
    expect(formatUsefulness({ average: 3.5, count: 4 }, 'en')).toBe('3.5 of 5, 4 ratings');
    expect(formatUsefulness({ average: 5, count: 1 }, 'en')).toBe('5.0 of 5, 1 rating');
    // No ratings: no average, whatever the server sent.
    expect(formatUsefulness({ average: null, count: 0 }, 'nl')).toBe('Nog niet beoordeeld');
    expect(formatUsefulness({ average: 4, count: 0 }, 'nl')).toBe('Nog niet beoordeeld');
    expect(formatUsefulness({ average: null, count: 0 }, 'en')).toBe('Not rated yet');
    for (let count = 1; count < 30; count++) {
      expect(formatUsefulness({ average: 2.7, count }, 'nl')).toMatch(new RegExp(`^2,7 van 5, ${count} beoordeling(en)?$`));
    }
  });

  it('says how often an instrument is used and in how many cases', () => {
    expect(formatUsage({ uses: 0, cases: 0 }, 'nl')).toBe('Nog niet gebruikt');
    expect(formatUsage({ uses: 1, cases: 1 }, 'nl')).toBe('1 keer gebruikt, in 1 dossier');
    expect(formatUsage({ uses: 3, cases: 2 }, 'nl')).toBe('3 keer gebruikt, in 2 dossiers');
    expect(formatUsage({ uses: 0, cases: 0 }, 'en')).toBe('Not used yet');
    expect(formatUsage({ uses: 1, cases: 1 }, 'en')).toBe('Used once, in 1 case');
    expect(formatUsage({ uses: 5, cases: 3 }, 'en')).toBe('Used 5 times, in 3 cases');
  });

  it('reads a typed duration in whole minutes and guesses nothing', () => {
    expect(parseMinutes('')).toEqual({ ok: true, value: null });
    expect(parseMinutes('  ')).toEqual({ ok: true, value: null });
    expect(parseMinutes('240')).toEqual({ ok: true, value: 240 });
    expect(parseMinutes(' 45 ')).toEqual({ ok: true, value: 45 });
    for (const bad of ['0', '-3', '1,5', '1.5', 'vier', '10001', '4 uur']) expect(parseMinutes(bad), bad).toEqual({ ok: false });
  });
});

describe('searching the databank', () => {
  const items = [
    { name: 'Leerbaarheidsonderzoek (fictief voorbeeld)', construct: 'Leervermogen en leerstijl', validationStatus: 'partly_validated', validationNote: null, provider: 'Assessmentbureau Voorbeeld', fitsWhen: 'Bij twijfel of een opleiding haalbaar is' },
    { name: 'Praktijkobservatie op de werkplek', construct: 'Functioneren in een echte werksituatie', validationStatus: 'not_validated', validationNote: 'Observatie door een jobcoach', provider: null, fitsWhen: 'Als de cliënt zichzelf anders inschat' },
    { name: 'Beroepsinteressetest', construct: 'Beroepsinteresses', validationStatus: 'validated', validationNote: null, provider: 'Testuitgever', fitsWhen: null },
  ];
  const names = (found: typeof items) => found.map((i) => i.name.split(' ')[0]);

  it('finds every word typed, in any field, without minding case or accents', () => {
    expect(names(filterInstruments(items, { text: '', status: '' }))).toEqual(['Leerbaarheidsonderzoek', 'Praktijkobservatie', 'Beroepsinteressetest']);
    expect(names(filterInstruments(items, { text: 'LEER', status: '' }))).toEqual(['Leerbaarheidsonderzoek']);
    expect(names(filterInstruments(items, { text: 'client', status: '' }))).toEqual(['Praktijkobservatie']);
    expect(names(filterInstruments(items, { text: 'jobcoach werkplek', status: '' }))).toEqual(['Praktijkobservatie']);
    expect(names(filterInstruments(items, { text: 'jobcoach opleiding', status: '' }))).toEqual([]);
    expect(names(filterInstruments(items, { text: 'testuitgever', status: '' }))).toEqual(['Beroepsinteressetest']);
  });

  it('narrows to one validation status', () => {
    expect(names(filterInstruments(items, { text: '', status: 'validated' }))).toEqual(['Beroepsinteressetest']);
    expect(names(filterInstruments(items, { text: 'beroeps', status: 'not_validated' }))).toEqual([]);
    expect(names(filterInstruments(items, { text: '', status: 'unknown' }))).toEqual([]);
  });

  it('compares text without accents in lower case', () => {
    expect(searchable('Cliënt Één')).toBe('client een');
    expect(searchable(null)).toBe('');
  });
});
