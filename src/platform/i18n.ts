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
  'validation.duplicates': 'elke waarde mag maar één keer voorkomen.',
  'validation.time': 'gebruik een tijd als 08:30.',
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
  'contact.rule_set_invalid': "De adviesregels zijn niet opgeslagen: {count} probleem/problemen. {problems}",
  'contact.rule_set_version_taken': "deze versienaam bestaat al; kies een nieuwe.",
  'contact.settings_office_days_empty': "kies minstens één werkdag.",
  'contact.settings_office_time_invalid': "gebruik tijden als 08:30.",
  'contact.settings_office_end_before_start': "het einde van de kantoortijd moet na het begin liggen.",
  'contact.settings_lead_time_invalid': "de minimale voorbereidingstijd moet tussen 0 en 720 uur liggen.",
  'contact.settings_reminder_invalid': "de herinnering moet tussen 1 en 336 uur vooraf gaan.",
  'contact.channel_dpia_not_completed': "een kanaal kan pas worden toegestaan als de DPIA is afgerond.",
  'contact.channel_legal_basis_missing': "een kanaal kan pas worden toegestaan als de grondslag is vastgelegd.",
  'contact.channel_retention_missing': "een kanaal kan pas worden toegestaan als het bewaarbeleid is vastgelegd.",
  'contact.channel_builtin_form': "het ingebouwde beeldbellen blijft een kanaal voor beeldbellen.",
  'contact.channel_not_for_physical': "een fysiek gesprek heeft geen kanaal.",
  'contact.channel_unknown': "dit kanaal bestaat niet in uw organisatie.",
  'contact.channel_wrong_form': "dit kanaal hoort niet bij de gekozen contactvorm.",
  'contact.channel_not_approved': "dit kanaal is niet toegestaan door uw organisatie ({reason}). Kies een toegestaan kanaal of vraag uw beheerder.",
  'contact.no_approved_video_channel': "uw organisatie heeft nog geen toegestaan kanaal voor beeldbellen. Vraag uw beheerder het kanaalregister bij te werken.",
  'contact.video_medical_obstacle': "Beeldbellen kan niet: er is een medisch bezwaar of een gevoelig onderwerp opgegeven (voorwaarde P4). Kies een andere vorm.",
  'contact.reason_codes_required': "u kiest tegen het advies of tegen de voorkeur van de cliënt in; kies minstens één reden.",
  'contact.reason_text_required': "u kiest tegen het advies of tegen de voorkeur van de cliënt in; licht uw keuze toe in minstens 10 tekens.",
  'contact.time_in_past': "dit tijdstip ligt in het verleden.",
  'contact.time_short_notice': "plan minstens {hours} uur vooruit, zodat de cliënt zich kan voorbereiden (geen gesprek ‘tussendoor’).",
  'contact.time_outside_office_hours': "de afspraak valt buiten de kantoortijden ({start}–{end}, op werkdagen).",
  'contact.time_overlap': "de arbeidsdeskundige heeft op dat moment al een andere afspraak.",
  'contact.warning_unequal_channels': "Hoor en wederhoor: cliënt en werkgever spreken u via verschillende vormen (cliënt: {client}; werkgever: {employer}). Behandel beide partijen gelijk (P12).",
  'contact.warning_no_email': "Van de cliënt is geen e-mailadres bekend. Stuur de uitnodiging op een andere manier en leg dat vast.",
  'contact.warning_not_ready': "Uit de digitale vaardigheidscheck blijkt dat beeldbellen voor deze cliënt nu niet goed mogelijk is.",
  'contact.form_physical': "fysiek",
  'contact.form_video': "beeldbellen",
  'contact.form_phone': "telefoon",
  'contact.consent_only_video': "Toestemming voor beeldbellen hoort alleen bij een afspraak via beeldbellen.",
  'contact.privacy_notice_unknown': "deze privacyverklaring bestaat niet in uw organisatie.",
  'contact.consent_in_future': "toestemming kan niet in de toekomst zijn gegeven.",
  'contact.consent_exists': "Voor deze afspraak is al toestemming vastgelegd.",
  'contact.consent_missing': "Voor deze afspraak via beeldbellen is nog geen toestemming van de cliënt vastgelegd (P1). Leg eerst de toestemming vast.",
  'contact.no_consent_to_withdraw': "Er is geen geldige toestemming om in te trekken.",
  'contact.no_client_email': "Van de cliënt is geen e-mailadres bekend. Vul het aan in het dossier of nodig de cliënt op een andere manier uit.",
  'contact.not_planned': "Dit kan alleen bij een contactmoment dat nog gepland staat.",
  'contact.held_in_future': "een contact kan niet in de toekomst hebben plaatsgevonden.",
  'contact.adequacy_needs_held': "leg eerst vast dat het contact heeft plaatsgevonden.",
  'contact.range_reversed': "de begindatum ligt na de einddatum.",
  'video.not_a_planned_video_contact': 'Dit kan alleen bij een geplande afspraak via beeldbellen.',
  'portal.not_an_employer': 'Kies een werkgever uit de betrokkenen van dit dossier.',
  'portal.no_email': 'Er is geen e-mailadres bekend. Vul eerst een e-mailadres in om de link te sturen.',
  'portal.code_rate_limited': 'Er zijn al veel codes gestuurd. Wacht even en probeer het dan opnieuw.',
  'portal.contact_not_coming': 'Deze afspraak is al geweest of gaat niet door.',
  'portal.too_long': 'Dit is te lang. Maak de tekst korter.',
  'portal.no_privacy_notice': 'Er is nog geen privacyverklaring. Vraag de arbeidsdeskundige ernaar.',
  'portal.session_ended': 'U bent afgemeld. Open de link uit uw e-mail opnieuw.',
  'portal.code_wrong': 'Deze code klopt niet. U kunt het nog {attemptsLeft} keer proberen.',
  'portal.code_expired': 'Deze code werkt niet meer. Vraag een nieuwe code.',
  'portal.locked': 'Er is te vaak een foute code ingevuld. Probeer het later opnieuw.',
  'portal.link_unusable': 'Deze link werkt niet (meer). Vraag de arbeidsdeskundige om een nieuwe link.',
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
  'validation.duplicates': 'each value may occur only once.',
  'validation.time': 'use a time such as 08:30.',
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
  'contact.rule_set_invalid': "The advice rules were not saved: {count} problem(s). {problems}",
  'contact.rule_set_version_taken': "this version name already exists; choose a new one.",
  'contact.settings_office_days_empty': "choose at least one working day.",
  'contact.settings_office_time_invalid': "use times such as 08:30.",
  'contact.settings_office_end_before_start': "office hours must end after they start.",
  'contact.settings_lead_time_invalid': "the minimum lead time must be between 0 and 720 hours.",
  'contact.settings_reminder_invalid': "the reminder must go between 1 and 336 hours before.",
  'contact.channel_dpia_not_completed': "a channel can only be approved once its DPIA is completed.",
  'contact.channel_legal_basis_missing': "a channel can only be approved once its legal basis is recorded.",
  'contact.channel_retention_missing': "a channel can only be approved once its retention policy is recorded.",
  'contact.channel_builtin_form': "the built-in video call stays a video channel.",
  'contact.channel_not_for_physical': "a physical meeting has no channel.",
  'contact.channel_unknown': "this channel does not exist in your organisation.",
  'contact.channel_wrong_form': "this channel does not belong to the chosen contact form.",
  'contact.channel_not_approved': "this channel is not approved by your organisation ({reason}). Choose an approved channel or ask your administrator.",
  'contact.no_approved_video_channel': "your organisation has no approved video channel yet. Ask your administrator to update the channel register.",
  'contact.video_medical_obstacle': "Video is not possible: a medical obstacle or a sensitive topic was stated (precondition P4). Choose another form.",
  'contact.reason_codes_required': "you are choosing against the advice or the client’s preference; choose at least one reason.",
  'contact.reason_text_required': "you are choosing against the advice or the client’s preference; explain your choice in at least 10 characters.",
  'contact.time_in_past': "this moment lies in the past.",
  'contact.time_short_notice': "plan at least {hours} hours ahead, so the client can prepare (no call ‘in between’).",
  'contact.time_outside_office_hours': "the appointment falls outside office hours ({start}–{end}, on working days).",
  'contact.time_overlap': "the labour expert already has another appointment at that time.",
  'contact.warning_unequal_channels': "Hoor en wederhoor: client and employer speak to you through different forms (client: {client}; employer: {employer}). Treat both parties equally (P12).",
  'contact.warning_no_email': "The client has no known e-mail address. Send the invitation another way and record that.",
  'contact.warning_not_ready': "The digital readiness check shows that video is not really possible for this client now.",
  'contact.form_physical': "in person",
  'contact.form_video': "video",
  'contact.form_phone': "phone",
  'contact.consent_only_video': "Consent for video only belongs to a video appointment.",
  'contact.privacy_notice_unknown': "this privacy notice does not exist in your organisation.",
  'contact.consent_in_future': "consent cannot have been given in the future.",
  'contact.consent_exists': "Consent has already been recorded for this appointment.",
  'contact.consent_missing': "The client’s consent for this video appointment has not been recorded yet (P1). Record the consent first.",
  'contact.no_consent_to_withdraw': "There is no valid consent to withdraw.",
  'contact.no_client_email': "The client has no known e-mail address. Add it to the case or invite the client another way.",
  'contact.not_planned': "This is only possible for a contact that is still planned.",
  'contact.held_in_future': "a contact cannot have taken place in the future.",
  'contact.adequacy_needs_held': "first record that the contact took place.",
  'contact.range_reversed': "the start date lies after the end date.",
  'video.not_a_planned_video_contact': 'This is only possible for a planned video appointment.',
  'portal.not_an_employer': 'Choose an employer from the parties of this case.',
  'portal.no_email': 'No e-mail address is known. Add an e-mail address first to send the link.',
  'portal.code_rate_limited': 'Many codes have been sent already. Please wait a moment and try again.',
  'portal.contact_not_coming': 'This appointment has passed or will not take place.',
  'portal.too_long': 'This is too long. Please make the text shorter.',
  'portal.no_privacy_notice': 'There is no privacy statement yet. Ask the labour expert about it.',
  'portal.session_ended': 'You have been signed out. Open the link from your e-mail again.',
  'portal.code_wrong': 'This code is not right. You can try {attemptsLeft} more times.',
  'portal.code_expired': 'This code no longer works. Ask for a new code.',
  'portal.locked': 'A wrong code was typed too often. Please try again later.',
  'portal.link_unusable': 'This link does not work (any more). Ask the labour expert for a new link.',
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
    channelId: 'kanaal', choiceReasonCodes: 'redenen voor uw keuze', choiceReason: 'toelichting op uw keuze', privacyNoticeId: 'privacyverklaring',
    givenAt: 'toestemming gegeven op', videoConsent: 'toestemming voor beeldbellen', followUpOf: 'vervolg op', adequacy: 'passendheid van de vorm',
    officeDays: 'werkdagen', officeStart: 'begin kantoortijd', officeEnd: 'einde kantoortijd', minLeadHours: 'minimale voorbereidingstijd',
    reminderHours: 'herinnering vooraf', dpiaStatus: 'DPIA', legalBasis: 'grondslag', retention: 'bewaarbeleid', rules: 'adviesregels',
    activity: 'activiteit', clientConditions: 'omstandigheden van de cliënt', physicalImpossibleReason: 'reden dat fysiek niet kan', from: 'vanaf',
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
    channelId: 'channel', choiceReasonCodes: 'reasons for your choice', choiceReason: 'explanation of your choice', privacyNoticeId: 'privacy notice',
    givenAt: 'consent given at', videoConsent: 'video consent', followUpOf: 'follow-up of', adequacy: 'adequacy of the form',
    officeDays: 'working days', officeStart: 'office hours start', officeEnd: 'office hours end', minLeadHours: 'minimum lead time',
    reminderHours: 'reminder before', dpiaStatus: 'DPIA', legalBasis: 'legal basis', retention: 'retention policy', rules: 'advice rules',
    activity: 'activity', clientConditions: 'client circumstances', physicalImpossibleReason: 'reason physical is impossible', from: 'from',
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
    dpia_not_completed: 'DPIA niet afgerond', legal_basis_missing: 'geen grondslag vastgelegd', retention_missing: 'geen bewaarbeleid vastgelegd', not_approved: 'niet toegestaan',
  },
  en: {
    'status:registered': 'registered', 'status:intake': 'intake', 'status:investigation': 'investigation', 'status:reporting': 'reporting',
    'status:completed': 'completed', 'status:archived': 'archived',
    dpia_not_completed: 'DPIA not completed', legal_basis_missing: 'no legal basis recorded', retention_missing: 'no retention policy recorded', not_approved: 'not approved',
  },
};

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, value);
}

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = language === 'en' ? en[key] : nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return codeLabels[language][String(value)] ?? String(value);
  });
}

export const catalogues = { nl, en } as const;
