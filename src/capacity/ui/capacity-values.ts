// What the FML and job-profile forms hold per item (texts as typed, choices as made) and the values
// they send. Pure: unit-tested. The server checks every value against its item and names each
// problem; a number the browser cannot read is sent as typed, so the server's message names it.
import type { Catalogue, CatalogueItem } from '../catalogue';
import type { CapacityValue, DemandValue } from '../domain';

export type ItemDraft =
  | { kind: 'ordinal'; level: string }
  | { kind: 'quantity' | 'hours'; amount: string; unlimited: boolean }
  | { kind: 'periods'; periods: string[] };
export type Drafts = Record<string, ItemDraft>;

export function emptyDraft(item: CatalogueItem): ItemDraft {
  switch (item.kind) {
    case 'ordinal':
      return { kind: 'ordinal', level: '' };
    case 'quantity':
    case 'hours':
      return { kind: item.kind, amount: '', unlimited: false };
    case 'periods':
      return { kind: 'periods', periods: [] };
  }
}

/** A number as a Dutch or English user writes it ("7,5", "7.5"); anything else stays the typed text. */
export function parseAmount(text: string): number | string {
  const s = text.trim().replace(/\s/g, '');
  if (!/^\d+(?:[.,]\d+)?$/.test(s)) return text.trim();
  return Number(s.replace(',', '.'));
}

const amountText = (n: number) => String(n).replace('.', ',');

export function draftFromCapacity(item: CatalogueItem, value: CapacityValue | undefined): ItemDraft {
  if (!value || value.kind !== item.kind) return emptyDraft(item);
  switch (value.kind) {
    case 'ordinal':
      return { kind: 'ordinal', level: String(value.level) };
    case 'quantity':
    case 'hours':
      return { kind: value.kind, amount: value.max === null ? '' : amountText(value.max), unlimited: value.max === null };
    case 'periods':
      return { kind: 'periods', periods: [...value.allowed] };
  }
}

export function draftFromDemand(item: CatalogueItem, value: DemandValue | undefined): ItemDraft {
  if (!value || value.kind !== item.kind) return emptyDraft(item);
  switch (value.kind) {
    case 'ordinal':
      return { kind: 'ordinal', level: String(value.level) };
    case 'quantity':
      return { kind: 'quantity', amount: amountText(value.amount), unlimited: false };
    case 'hours':
      return { kind: 'hours', amount: amountText(value.hours), unlimited: false };
    case 'periods':
      return { kind: 'periods', periods: [...value.needed] };
  }
}

/** Whether the item has a value in the form (an item left empty is "not assessed" / "not described"). */
export function isFilled(draft: ItemDraft | undefined): boolean {
  if (!draft) return false;
  switch (draft.kind) {
    case 'ordinal':
      return draft.level !== '';
    case 'quantity':
    case 'hours':
      return draft.unlimited || draft.amount.trim() !== '';
    case 'periods':
      return draft.periods.length > 0;
  }
}

export type Side = 'capacity' | 'demand';

/** The values to send, in catalogue order; empty items are left out. */
export function valuesFrom(catalogue: Catalogue, drafts: Drafts, side: Side): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of catalogue.items) {
    const draft = drafts[item.code];
    if (!draft || draft.kind !== item.kind || !isFilled(draft)) continue;
    if (draft.kind === 'ordinal') {
      out[item.code] = { kind: 'ordinal', level: Number(draft.level) };
    } else if (draft.kind === 'periods') {
      out[item.code] = side === 'capacity' ? { kind: 'periods', allowed: draft.periods } : { kind: 'periods', needed: draft.periods };
    } else if (item.kind === 'quantity') {
      out[item.code] = side === 'capacity'
        ? { kind: 'quantity', max: draft.unlimited ? null : parseAmount(draft.amount), unit: item.unit }
        : { kind: 'quantity', amount: parseAmount(draft.amount), unit: item.unit };
    } else if (item.kind === 'hours') {
      out[item.code] = side === 'capacity' ? { kind: 'hours', max: draft.unlimited ? null : parseAmount(draft.amount) } : { kind: 'hours', hours: parseAmount(draft.amount) };
    }
  }
  return out;
}

/** The normal value of an item (*normaalwaarde*): level 0, not limited, every period. */
export function normalDraft(item: CatalogueItem): ItemDraft {
  switch (item.kind) {
    case 'ordinal':
      return { kind: 'ordinal', level: '0' };
    case 'quantity':
    case 'hours':
      return { kind: item.kind, amount: '', unlimited: true };
    case 'periods':
      return { kind: 'periods', periods: item.periods.map((p) => p.code) };
  }
}

/**
 * "Rubriek zonder beperkingen": the items of a section without a value get the normal value; given
 * values are never changed (the form's equivalent of the domain's `withNormalValues`).
 */
export function withNormalDrafts(catalogue: Catalogue, drafts: Drafts, section: string): Drafts {
  const out: Drafts = { ...drafts };
  for (const item of catalogue.items) {
    if (item.section === section && !isFilled(out[item.code])) out[item.code] = normalDraft(item);
  }
  return out;
}

/** How many items of a section have a value in the form. */
export function filledIn(catalogue: Catalogue, drafts: Drafts, section: string): { filled: number; items: number } {
  const items = catalogue.items.filter((i) => i.section === section);
  return { filled: items.filter((i) => isFilled(drafts[i.code])).length, items: items.length };
}

/** The codes of an adjustment's items as typed ("I-1, VI-2" or "I-1 VI-2"), without empties or repeats. */
export function itemCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter((s) => s !== ''))];
}
