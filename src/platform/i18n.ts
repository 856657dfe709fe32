// Server-side messages (errors and notices) in the user's language. Dutch first, English complete.
// The web app has its own catalogues; these are only the texts the server itself produces.
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks nl or en from an Accept-Language header; Dutch when nothing matches. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return 'nl';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.find((entry) => isLanguage(entry.tag))?.tag as Language | undefined ?? 'nl';
}

const nl = {
  'error.internal': 'Er ging iets mis aan onze kant. Probeer het opnieuw. Blijft het misgaan, geef dan deze code door: {referenceId}.',
  'error.unauthenticated': 'U bent niet (meer) aangemeld. Meld u opnieuw aan.',
  'error.forbidden': 'U heeft geen toegang tot deze gegevens of deze handeling.',
  'error.not_found': 'Deze gegevens bestaan niet of u heeft er geen toegang toe.',
  'error.route_not_found': 'Dit adres bestaat niet.',
  'error.csrf': 'Het formulier is verlopen of niet vanuit Passend verstuurd. Laad de pagina opnieuw en probeer het nog eens.',
  'error.rate_limited': 'Te veel pogingen in korte tijd. Wacht even en probeer het dan opnieuw.',
  'error.conflict_case': 'Iemand anders heeft dit dossier intussen gewijzigd. Uw wijziging is niet opgeslagen. Laad het dossier opnieuw en voer uw wijziging nog eens in.',
  'error.conflict_contact': 'Iemand anders heeft dit contactmoment intussen gewijzigd. Uw wijziging is niet opgeslagen. Laad het dossier opnieuw.',
  'error.bad_json': 'De gegevens konden niet worden gelezen (ongeldige JSON).',
  'error.bad_url': 'Dit adres is ongeldig.',
  'error.unsupported_media': 'Dit soort gegevens wordt hier niet geaccepteerd.',
  'error.body_too_large': 'De verstuurde gegevens zijn te groot.',
  'auth.invalid_credentials': 'Het e-mailadres of wachtwoord klopt niet.',
  'auth.locked': 'Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het na {minutes} minuten opnieuw of vraag uw beheerder om de blokkade op te heffen.',
  'auth.invalid_code': 'Deze code klopt niet. Gebruik de code die nu in uw authenticator-app staat.',
  'auth.invalid_recovery_code': 'Deze herstelcode klopt niet of is al gebruikt.',
  'auth.wrong_stage': 'Deze stap hoort nu niet bij het aanmelden. Begin opnieuw met aanmelden.',
  'auth.inactive': 'Dit account is niet actief. Neem contact op met uw beheerder.',
  'validation.field': 'Controleer het veld ‘{field}’: {problem}',
  'validation.form': 'Controleer de gegevens: {problem}',
  'validation.required': 'dit veld is verplicht.',
  'validation.type': 'de waarde heeft niet de juiste vorm.',
  'validation.too_short': 'de waarde is te kort (minimaal {minimum}).',
  'validation.too_long': 'de waarde is te lang (maximaal {maximum}).',
  'validation.too_small': 'de waarde is te klein (minimaal {minimum}).',
  'validation.too_big': 'de waarde is te groot (maximaal {maximum}).',
  'validation.email': 'dit is geen geldig e-mailadres.',
  'validation.uuid': 'dit is geen geldige verwijzing.',
  'validation.date': 'dit is geen geldige datum (jjjj-mm-dd).',
  'validation.datetime': 'dit is geen geldig tijdstip.',
  'validation.format': 'de waarde heeft niet de juiste vorm.',
  'validation.choice': 'kies een van de mogelijke waarden.',
  'validation.unknown_field': 'dit veld is onbekend: {keys}.',
  'validation.blank': 'vul dit veld in.',
  'validation.invalid_characters': 'de tekst bevat tekens die niet kunnen worden opgeslagen.',
  'validation.time_range': 'dit tijdstip ligt buiten het mogelijke bereik.',
  'validation.first_sickness_day_required': 'bij een Poortwachter-dossier is de eerste ziektedag verplicht.',
  'validation.other_required': 'omschrijf de keuze ‘anders’.',
  'validation.not_in_future': 'deze datum mag niet in de toekomst liggen.',
  'validation.birth_date_range': 'de geboortedatum is niet aannemelijk.',
  'validation.expert_unknown': 'kies een arbeidsdeskundige van uw eigen organisatie.',
  'validation.roles_required': 'kies minstens één rol.',
  'validation.password_weak': 'het wachtwoord moet minstens 12 tekens hebben.',
  'validation.email_taken': 'dit e-mailadres is al in gebruik.',
  'validation.share_unknown': 'u kunt alleen delen met een arbeidsdeskundige van uw eigen organisatie.',
  'validation.own_admin_role': 'u kunt uw eigen beheerdersrol niet intrekken of uzelf deactiveren.',
  'case.transition_not_allowed': 'Deze statuswijziging is niet toegestaan: van ‘{from}’ naar ‘{to}’.',
  'case.reopen_not_allowed': 'Alleen een afgerond of gearchiveerd dossier kan worden heropend.',
  'case.reason_required': 'Geef een reden op voor het heropenen.',
  'case.closed': 'Dit dossier is afgerond of gearchiveerd. Heropen het eerst.',
  'case.contact_state': 'Een geannuleerd contactmoment kan niet meer worden gewijzigd.',
  'case.held_needs_time': 'Geef aan wanneer het contact plaatsvond.',
  'document.empty': 'Het bestand is leeg.',
  'document.missing': 'Kies een bestand om te uploaden.',
  'document.too_large': 'Het bestand is te groot. De grens is {limit}.',
  'document.unsupported_type': 'Dit soort bestand wordt niet geaccepteerd. Upload een PDF, een afbeelding (PNG, JPEG, GIF, WebP, TIFF, HEIC) of een kantoorbestand (Word, Excel, PowerPoint, OpenDocument, RTF, tekst).',
  'document.executable_content': 'Dit bestand bevat uitvoerbare inhoud ({detail}) en wordt daarom geweigerd. Sla het op zonder macro’s of scripts en probeer het opnieuw.',
  'document.type_mismatch': 'De inhoud van het bestand past niet bij de naam of het opgegeven type (de inhoud is {detected}). Controleer of u het juiste bestand kiest.',
  'admin.user_unknown': 'Deze gebruiker bestaat niet in uw organisatie.',
} as const;

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  'error.internal': 'Something went wrong on our side. Please try again. If it keeps failing, quote this code: {referenceId}.',
  'error.unauthenticated': 'You are not signed in (any more). Please sign in again.',
  'error.forbidden': 'You do not have access to this information or action.',
  'error.not_found': 'This information does not exist or you do not have access to it.',
  'error.route_not_found': 'This address does not exist.',
  'error.csrf': 'The form has expired or was not sent from Passend. Reload the page and try again.',
  'error.rate_limited': 'Too many attempts in a short time. Please wait a moment and try again.',
  'error.conflict_case': 'Someone else changed this case in the meantime. Your change was not saved. Reload the case and enter your change again.',
  'error.conflict_contact': 'Someone else changed this contact in the meantime. Your change was not saved. Reload the case.',
  'error.bad_json': 'The data could not be read (invalid JSON).',
  'error.bad_url': 'This address is not valid.',
  'error.unsupported_media': 'This kind of data is not accepted here.',
  'error.body_too_large': 'The data sent is too large.',
  'auth.invalid_credentials': 'The e-mail address or password is incorrect.',
  'auth.locked': 'Your account is temporarily locked after too many failed attempts. Try again in {minutes} minutes or ask your administrator to unlock it.',
  'auth.invalid_code': 'This code is incorrect. Use the code your authenticator app shows now.',
  'auth.invalid_recovery_code': 'This recovery code is incorrect or has already been used.',
  'auth.wrong_stage': 'This step does not belong to signing in now. Please start signing in again.',
  'auth.inactive': 'This account is not active. Please contact your administrator.',
  'validation.field': 'Please check the field ‘{field}’: {problem}',
  'validation.form': 'Please check the data: {problem}',
  'validation.required': 'this field is required.',
  'validation.type': 'the value does not have the right form.',
  'validation.too_short': 'the value is too short (at least {minimum}).',
  'validation.too_long': 'the value is too long (at most {maximum}).',
  'validation.too_small': 'the value is too small (at least {minimum}).',
  'validation.too_big': 'the value is too large (at most {maximum}).',
  'validation.email': 'this is not a valid e-mail address.',
  'validation.uuid': 'this is not a valid reference.',
  'validation.date': 'this is not a valid date (yyyy-mm-dd).',
  'validation.datetime': 'this is not a valid date and time.',
  'validation.format': 'the value does not have the right form.',
  'validation.choice': 'choose one of the possible values.',
  'validation.unknown_field': 'this field is unknown: {keys}.',
  'validation.blank': 'please fill in this field.',
  'validation.invalid_characters': 'the text contains characters that cannot be stored.',
  'validation.time_range': 'this moment is outside the possible range.',
  'validation.first_sickness_day_required': 'a Poortwachter case needs the first day of sickness.',
  'validation.other_required': 'describe the choice ‘other’.',
  'validation.not_in_future': 'this date cannot be in the future.',
  'validation.birth_date_range': 'the date of birth is not plausible.',
  'validation.expert_unknown': 'choose a labour expert of your own organisation.',
  'validation.roles_required': 'choose at least one role.',
  'validation.password_weak': 'the password must have at least 12 characters.',
  'validation.email_taken': 'this e-mail address is already in use.',
  'validation.share_unknown': 'you can only share with a labour expert of your own organisation.',
  'validation.own_admin_role': 'you cannot remove your own administrator role or deactivate yourself.',
  'case.transition_not_allowed': 'This status change is not allowed: from ‘{from}’ to ‘{to}’.',
  'case.reopen_not_allowed': 'Only a completed or archived case can be reopened.',
  'case.reason_required': 'Give a reason for reopening.',
  'case.closed': 'This case is completed or archived. Reopen it first.',
  'case.contact_state': 'A cancelled contact can no longer be changed.',
  'case.held_needs_time': 'State when the contact took place.',
  'document.empty': 'The file is empty.',
  'document.missing': 'Choose a file to upload.',
  'document.too_large': 'The file is too large. The limit is {limit}.',
  'document.unsupported_type': 'This kind of file is not accepted. Upload a PDF, an image (PNG, JPEG, GIF, WebP, TIFF, HEIC) or an office file (Word, Excel, PowerPoint, OpenDocument, RTF, text).',
  'document.executable_content': 'This file contains executable content ({detail}) and is therefore refused. Save it without macros or scripts and try again.',
  'document.type_mismatch': 'The content of the file does not match its name or stated type (the content is {detected}). Check that you chose the right file.',
  'admin.user_unknown': 'This user does not exist in your organisation.',
};

// Human names for request fields, so a message names the field as the form shows it.
const fieldNames: Record<Language, Record<string, string>> = {
  nl: {
    email: 'e-mailadres', password: 'wachtwoord', code: 'code', fullName: 'naam', birthDate: 'geboortedatum',
    phone: 'telefoonnummer', address: 'adres', preferredLanguage: 'voorkeurstaal', question: 'vraagstelling',
    deliveryDate: 'opleverdatum', firstSicknessDay: 'eerste ziektedag', commissioningParty: 'opdrachtgever',
    commissioningPartyOther: 'opdrachtgever (anders)', legalContext: 'wettelijk kader', legalContextOther: 'wettelijk kader (anders)',
    activityType: 'activiteit', contactForm: 'contactvorm', plannedAt: 'datum en tijd', heldAt: 'gehouden op',
    durationMinutes: 'duur', location: 'locatie', participants: 'deelnemers', note: 'notitie', body: 'tekst',
    name: 'naam', role: 'rol', roles: 'rollen', displayName: 'naam', initialPassword: 'wachtwoord', reason: 'reden',
    to: 'nieuwe status', version: 'versie', userId: 'gebruiker', assignedExpertId: 'arbeidsdeskundige',
    documentType: 'documentsoort', file: 'bestand', language: 'taal', q: 'zoekterm', page: 'pagina', pageSize: 'aantal per pagina',
    status: 'status', deadline: 'termijn', caseId: 'dossier', contactId: 'contactmoment', documentId: 'document',
  },
  en: {
    email: 'e-mail address', password: 'password', code: 'code', fullName: 'name', birthDate: 'date of birth',
    phone: 'phone number', address: 'address', preferredLanguage: 'preferred language', question: 'question',
    deliveryDate: 'delivery date', firstSicknessDay: 'first day of sickness', commissioningParty: 'commissioning party',
    commissioningPartyOther: 'commissioning party (other)', legalContext: 'legal context', legalContextOther: 'legal context (other)',
    activityType: 'activity', contactForm: 'contact form', plannedAt: 'date and time', heldAt: 'held at',
    durationMinutes: 'duration', location: 'location', participants: 'participants', note: 'note', body: 'text',
    name: 'name', role: 'role', roles: 'roles', displayName: 'name', initialPassword: 'password', reason: 'reason',
    to: 'new status', version: 'version', userId: 'user', assignedExpertId: 'labour expert',
    documentType: 'document type', file: 'file', language: 'language', q: 'search term', page: 'page', pageSize: 'page size',
    status: 'status', deadline: 'deadline', caseId: 'case', contactId: 'contact', documentId: 'document',
  },
};

export function fieldLabel(language: Language, path: string): string {
  const last = path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? path;
  return fieldNames[language][last] ?? path;
}

export type MessageParams = Record<string, string | number>;

// Codes inside messages are shown as the user knows them: a parameter 'status:intake' reads "intake"
// in English and "intake" / "onderzoek" … in Dutch, as in the web app.
const codeLabels: Record<Language, Record<string, string>> = {
  nl: {
    'status:registered': 'geregistreerd', 'status:intake': 'intake', 'status:investigation': 'onderzoek', 'status:reporting': 'rapportage',
    'status:completed': 'afgerond', 'status:archived': 'gearchiveerd',
  },
  en: {
    'status:registered': 'registered', 'status:intake': 'intake', 'status:investigation': 'investigation', 'status:reporting': 'reporting',
    'status:completed': 'completed', 'status:archived': 'archived',
  },
};

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = language === 'en' ? en[key] : nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return codeLabels[language][String(value)] ?? String(value);
  });
}

export const catalogues = { nl, en } as const;
