// All five catalogues at once, for the tests (the page itself loads one language at a time, texts.ts).
// Importing this module also makes every language available to `translator`.
import { addCatalogue, DUTCH, type Catalogue } from './texts';
import ar from './texts-ar';
import en from './texts-en';
import pl from './texts-pl';
import tr from './texts-tr';
import type { PortalLanguage } from './types';

export const CATALOGUE: Record<PortalLanguage, Catalogue> = { nl: DUTCH, en, ar, tr, pl };
for (const [language, catalogue] of Object.entries(CATALOGUE) as Array<[PortalLanguage, Catalogue]>) addCatalogue(language, catalogue);
