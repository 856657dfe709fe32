// Appointment mail to the client (invitation, update, cancellation, reminder) and the notice to the
// labour expert when a client withdraws video consent. Pure: data in, text and .ics out, no I/O.
// Client-centred from the first contact (seed 002 §5–6): the goal, the expert's role, that the client
// may bring someone, who else joins, what happens with the information, what comes next, and that the
// client always has a say in the form. Plain language at B1 level: short sentences, "u".
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ActivityType } from '../cases/domain.js';

export type MailLanguage = 'nl' | 'en';
export type AppointmentMailKind = 'invitation' | 'update' | 'cancellation' | 'reminder';
export type AppointmentForm = 'physical' | 'video' | 'phone';

export interface AppointmentMailData {
  contactId: string;
  /** iCalendar SEQUENCE: 0 for the first invitation, one higher with every change or cancellation. */
  sequence: number;
  kind: AppointmentMailKind;
  /** ISO timestamp of the start. */
  startsAt: string;
  durationMinutes: number;
  form: AppointmentForm;
  /** The address for a physical meeting; ignored for phone and video. */
  location: string | null;
  /** One of ACTIVITY_TYPES from src/cases/domain.ts. */
  activity: string;
  clientName: string;
  expertName: string;
  organisationName: string;
  organisationEmail: string;
  /** The organisation's phone number for clients, if it has one. */
  organisationPhone?: string | null;
  /** Video: the client's personal link to the call and the test call (issue 4); no personal data in it. */
  callUrl?: string | null;
  /** The client's personal link to their own page in the portal (issue 5). */
  portalUrl?: string | null;
  /** Other people who join (the client and the expert themselves are left out of the list). */
  participants: Array<{ name: string; role: string }>;
  companionAllowed: boolean;
  privacyNoticeVersion: number | null;
  cancelReason: string | null;
  appUrl: string;
}

export interface AppointmentMail { subject: string; text: string; ics: string | null }

/** The language of a client mail: Dutch or English; any other language gets Dutch until it is translated. */
export function mailLanguageFor(preferredLanguage: string): MailLanguage {
  return preferredLanguage.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** One short sentence per activity: what this conversation is for. */
export const ACTIVITY_GOALS: Record<MailLanguage, Record<ActivityType, string>> = {
  nl: {
    first_contact: 'In dit eerste gesprek maken we kennis. We vertellen wat we gaan doen. U kunt al uw vragen stellen.',
    checking_facts: 'We kijken samen of de gegevens over uw werk en uw situatie kloppen.',
    experienced_limitations: 'U vertelt wat u merkt van uw klachten, in uw werk en thuis. Uw ervaring telt.',
    client_vision: 'We horen graag hoe u zelf naar uw werk en uw toekomst kijkt. Wat wilt u, en wat kunt u?',
    hoor_wederhoor: 'We bespreken wat u en uw werkgever hebben verteld. U kunt op alles reageren.',
    investigating_adjustments: 'We zoeken samen naar aanpassingen in uw werk, zodat werken beter lukt.',
    workplace_investigation: 'We kijken samen naar uw werkplek en uw taken. Zo zien we wat het werk van u vraagt.',
    discussing_outcome: 'We bespreken de uitkomst van het onderzoek. U kunt vragen stellen en zeggen wat u ervan vindt.',
    reintegration_agreements: 'We maken samen afspraken over de volgende stappen naar werk.',
    practical: 'We regelen samen een paar praktische zaken.',
    professional_consultation: 'In dit overleg bespreken deskundigen samen uw situatie. U hoort daarna wat er is besproken.',
    employer_conversation: 'In dit gesprek praten we met uw werkgever over uw werk en wat er mogelijk is.',
  },
  en: {
    first_contact: 'In this first conversation we get to know each other. We explain what we will do. You can ask all your questions.',
    checking_facts: 'Together we check whether the information about your work and your situation is correct.',
    experienced_limitations: 'You tell us what you notice of your health problems, at work and at home. Your experience counts.',
    client_vision: 'We would like to hear how you see your work and your future. What do you want, and what can you do?',
    hoor_wederhoor: 'We discuss what you and your employer have said. You can respond to everything.',
    investigating_adjustments: 'Together we look for changes in your work, so that working goes better.',
    workplace_investigation: 'Together we look at your workplace and your tasks. This shows what the work asks of you.',
    discussing_outcome: 'We discuss the outcome of the assessment. You can ask questions and say what you think of it.',
    reintegration_agreements: 'Together we make agreements about the next steps towards work.',
    practical: 'Together we arrange a few practical things.',
    professional_consultation: 'In this meeting, experts discuss your situation together. Afterwards you hear what was discussed.',
    employer_conversation: 'In this conversation we talk with your employer about your work and what is possible.',
  },
};

const GENERAL_GOAL: Record<MailLanguage, string> = {
  nl: 'We praten samen over uw werk en wat er mogelijk is.',
  en: 'Together we talk about your work and what is possible.',
};

const ROLE_WORDS: Record<MailLanguage, Record<string, string>> = {
  nl: {
    employer: 'werkgever',
    labour_expert: 'arbeidsdeskundige',
    bedrijfsarts: 'bedrijfsarts',
    verzekeringsarts: 'verzekeringsarts',
    casemanager: 'casemanager',
    jobcoach: 'jobcoach',
    companion: 'iemand die u vertrouwt',
    interpreter: 'tolk',
    other: 'deelnemer',
  },
  en: {
    employer: 'employer',
    labour_expert: 'labour expert',
    bedrijfsarts: 'company doctor',
    verzekeringsarts: 'insurance doctor',
    casemanager: 'case manager',
    jobcoach: 'job coach',
    companion: 'someone you trust',
    interpreter: 'interpreter',
    other: 'participant',
  },
};

const LOCALES: Record<MailLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };
const ZONE = 'Europe/Amsterdam';

/** "dinsdag 1 december 2026" / "Tuesday 1 December 2026", in Dutch time. */
export function formatAmsterdamDate(iso: string, language: MailLanguage): string {
  const parts = new Intl.DateTimeFormat(LOCALES[language], { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "10:00", in Dutch time. */
export function formatAmsterdamTime(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "dinsdag 1 december 2026 om 10:00" / "Tuesday 1 December 2026 at 10:00". */
export function formatAmsterdamDateTime(iso: string, language: MailLanguage): string {
  return `${formatAmsterdamDate(iso, language)} ${language === 'nl' ? 'om' : 'at'} ${formatAmsterdamTime(iso)}`;
}

function endOf(data: AppointmentMailData): string {
  return new Date(new Date(data.startsAt).getTime() + data.durationMinutes * 60_000).toISOString();
}

function isActivity(value: string): value is ActivityType {
  return Object.hasOwn(ACTIVITY_GOALS.nl, value);
}

function clean(value: string | null | undefined): string {
  return (value ?? '').trim();
}

function formWords(form: AppointmentForm, language: MailLanguage): string {
  const words = {
    nl: { physical: 'een gesprek op locatie', video: 'beeldbellen', phone: 'een telefoongesprek' },
    en: { physical: 'a meeting in person', video: 'a video call', phone: 'a phone call' },
  };
  return words[language][form];
}

function whereLines(data: AppointmentMailData, language: MailLanguage): string[] {
  const address = clean(data.location);
  const nl = language === 'nl';
  switch (data.form) {
    case 'physical':
      return address
        ? [nl ? `Waar: ${address}` : `Where: ${address}`]
        : [nl ? 'Waar: het adres krijgt u nog van ons.' : 'Where: we will send you the address.'];
    case 'phone':
      return [nl ? 'Waar: we bellen u op het nummer dat wij van u hebben.' : 'Where: we call you on the number we have for you.'];
    case 'video':
      return [nl ? 'Waar: online, via beeldbellen van Passend.' : 'Where: online, by video call through Passend.'];
  }
}

function videoParagraph(data: AppointmentMailData, language: MailLanguage): string[] {
  if (data.form !== 'video') return [];
  const version = data.privacyNoticeVersion;
  if (data.callUrl) {
    const link = data.callUrl;
    return language === 'nl'
      ? [
          'Dit is uw eigen, veilige link voor het gesprek:',
          link,
          'Klik op de link en druk op ‘Deelnemen’. U heeft geen app en geen account nodig. Een computer, tablet of telefoon met camera is genoeg.',
          'Wilt u het eerst proberen? Met dezelfde link kunt u vooraf een testgesprek doen. Deel de link niet met anderen.',
          version !== null ? `In onze privacyverklaring (versie ${version}) leest u wat er met uw gegevens gebeurt.` : 'In onze privacyverklaring leest u wat er met uw gegevens gebeurt.',
        ]
      : [
          'This is your own, secure link for the conversation:',
          link,
          'Click the link and press ‘Join’. You do not need an app or an account. A computer, tablet or phone with a camera is enough.',
          'Would you like to try it first? With the same link you can do a test call beforehand. Do not share the link with others.',
          version !== null ? `Our privacy notice (version ${version}) explains what happens with your data.` : 'Our privacy notice explains what happens with your data.',
        ];
  }
  if (language === 'nl') {
    return [
      'U krijgt van Passend een veilige link voor het gesprek. U heeft geen app en geen account nodig. Een computer, tablet of telefoon met camera is genoeg.',
      version !== null
        ? `In onze privacyverklaring (versie ${version}) leest u wat er met uw gegevens gebeurt.`
        : 'In onze privacyverklaring leest u wat er met uw gegevens gebeurt.',
    ];
  }
  return [
    'Passend sends you a secure link for the conversation. You do not need an app or an account. A computer, tablet or phone with a camera is enough.',
    version !== null
      ? `Our privacy notice (version ${version}) explains what happens with your data.`
      : 'Our privacy notice explains what happens with your data.',
  ];
}

function participantLines(data: AppointmentMailData, language: MailLanguage): string[] {
  const others = data.participants.filter((p) => p.role !== 'client' && !(p.role === 'labour_expert' && clean(p.name) === clean(data.expertName)));
  const nl = language === 'nl';
  if (others.length === 0) {
    return [nl ? `Wie zijn er bij het gesprek? Alleen u en ${data.expertName}.` : `Who takes part? Only you and ${data.expertName}.`];
  }
  const roleWords = ROLE_WORDS[language];
  const lines = others.map((p) => {
    const role = roleWords[p.role] ?? roleWords.other ?? '';
    const name = clean(p.name);
    return name ? `- ${name} (${role})` : `- ${nl ? 'de' : 'the'} ${role}`;
  });
  return [nl ? `Wie zijn er bij het gesprek? U, ${data.expertName} en:` : `Who takes part? You, ${data.expertName} and:`, ...lines];
}

function companionLine(data: AppointmentMailData, language: MailLanguage): string {
  const nl = language === 'nl';
  if (data.companionAllowed) {
    return nl
      ? 'U mag iemand meenemen die u vertrouwt. Bijvoorbeeld uw partner, een familielid of een vriend. Laat ons wel even weten wie er meedoet.'
      : 'You may bring someone you trust. For example your partner, a family member or a friend. Please let us know who joins.';
  }
  return nl
    ? 'Wilt u iemand meenemen die u vertrouwt? Laat het ons dan vooraf weten. Dan bespreken we samen wat mogelijk is.'
    : 'Would you like to bring someone you trust? Please tell us beforehand. Then we discuss together what is possible.';
}

function otherForms(form: AppointmentForm, language: MailLanguage): string {
  const all: AppointmentForm[] = ['physical', 'video', 'phone'];
  const rest = all.filter((f) => f !== form).map((f) => formWords(f, language));
  return rest.join(language === 'nl' ? ' of ' : ' or ');
}

function sayLines(data: AppointmentMailData, language: MailLanguage): string[] {
  const email = data.organisationEmail;
  if (language === 'nl') {
    return [
      'U heeft altijd iets te zeggen over de afspraak.',
      `Past deze vorm niet bij u? Heeft u liever ${otherForms(data.form, language)}? Of past de datum niet? Dat mag u altijd zeggen.`,
      `Beantwoord deze e-mail of stuur een e-mail naar ${email}. U kunt ons ook bellen${data.organisationPhone ? ` op ${data.organisationPhone}` : ''}. Dan zoeken we samen een oplossing.`,
    ];
  }
  return [
    'You always have a say in the appointment.',
    `Does this form not suit you? Would you prefer ${otherForms(data.form, language)}? Or does the date not work? You can always tell us.`,
    `Reply to this e-mail or send an e-mail to ${email}. You can also call us${data.organisationPhone ? ` on ${data.organisationPhone}` : ''}. Then we find a solution together.`,
  ];
}

function whenLines(data: AppointmentMailData, language: MailLanguage): string[] {
  const nl = language === 'nl';
  const end = formatAmsterdamTime(endOf(data));
  return [
    nl ? `Wanneer: ${formatAmsterdamDateTime(data.startsAt, language)} (tot ongeveer ${end})` : `When: ${formatAmsterdamDateTime(data.startsAt, language)} (until about ${end})`,
    nl ? `Hoe lang: ongeveer ${data.durationMinutes} minuten` : `How long: about ${data.durationMinutes} minutes`,
    nl ? `Hoe: ${formWords(data.form, language)}` : `How: ${formWords(data.form, language)}`,
    ...whereLines(data, language),
  ];
}

function signature(data: AppointmentMailData, language: MailLanguage): string[] {
  return [
    language === 'nl' ? 'Met vriendelijke groet,' : 'Kind regards,',
    data.expertName,
    `${language === 'nl' ? 'Arbeidsdeskundige' : 'Labour expert'}, ${data.organisationName}`,
  ];
}

/** The client's own page: appointments, their preference for the form, consent (seed 000 P8). */
function portalParagraph(data: AppointmentMailData, language: MailLanguage): string[] {
  if (!data.portalUrl) return [];
  return language === 'nl'
    ? [
        'Uw eigen pagina',
        'Op uw eigen pagina ziet u uw afspraken. U kunt daar ook zeggen hoe u het liefst praat: op locatie, met beeldbellen of aan de telefoon. U krijgt een code om in te loggen.',
        data.portalUrl,
      ]
    : [
        'Your own page',
        'On your own page you see your appointments. There you can also say how you prefer to talk: in person, by video or by phone. You get a code to sign in.',
        data.portalUrl,
      ];
}

function fullBody(data: AppointmentMailData, language: MailLanguage): string[][] {
  const nl = language === 'nl';
  const goal = isActivity(data.activity) ? ACTIVITY_GOALS[language][data.activity] : GENERAL_GOAL[language];
  return [
    whenLines(data, language),
    videoParagraph(data, language),
    [nl ? 'Waarom dit gesprek?' : 'Why this conversation?', goal],
    nl
      ? [
          'Wat doet de arbeidsdeskundige?',
          `${data.expertName} is arbeidsdeskundige en is onafhankelijk. Een arbeidsdeskundige kijkt naar uw werk en naar wat er voor u mogelijk is. Een arbeidsdeskundige is geen arts. U wordt dus niet medisch onderzocht.`,
        ]
      : [
          'What does the labour expert do?',
          `${data.expertName} is a labour expert and is independent. A labour expert looks at your work and at what is possible for you. A labour expert is not a doctor. So there is no medical examination.`,
        ],
    [companionLine(data, language)],
    participantLines(data, language),
    nl
      ? [
          'Wat gebeurt er met wat u vertelt?',
          'We gebruiken uw informatie alleen voor dit onderzoek. Na het gesprek maakt de arbeidsdeskundige een verslag. U krijgt het verslag te lezen. Klopt er iets niet, of mist u iets? Dan kunt u daarop reageren. Uw reactie bewaren we bij het verslag.',
        ]
      : [
          'What happens with what you tell us?',
          'We only use your information for this assessment. After the conversation the labour expert writes a report. You can read the report. Is something wrong, or missing? Then you can respond. We keep your response with the report.',
        ],
    nl
      ? ['Wat gebeurt er daarna?', 'Na het gesprek kijkt de arbeidsdeskundige wat de volgende stap is. Dat bespreken we altijd met u.']
      : ['What happens next?', 'After the conversation the labour expert looks at the next step. We always discuss this with you.'],
    sayLines(data, language),
    portalParagraph(data, language),
  ];
}

function render(paragraphs: string[][]): string {
  return `${paragraphs.filter((p) => p.length > 0).map((p) => p.join('\n')).join('\n\n')}\n`;
}

function buildIcs(data: AppointmentMailData, language: MailLanguage, now: Date): string {
  const cancelled = data.kind === 'cancellation';
  const nl = language === 'nl';
  const location = data.form === 'physical'
    ? clean(data.location) || (nl ? 'Adres volgt' : 'Address to follow')
    : data.form === 'phone'
      ? (nl ? 'Telefoon' : 'Phone')
      : (nl ? 'Beeldbellen via Passend' : 'Video call via Passend');
  const description = cancelled
    ? (nl ? 'Deze afspraak gaat niet door. U krijgt een nieuwe afspraak.' : 'This appointment is cancelled. You will get a new appointment.')
    : `${nl ? 'Gesprek met' : 'Conversation with'} ${data.expertName}, ${data.organisationName}. ${nl ? 'Vragen? Mail naar' : 'Questions? E-mail'} ${data.organisationEmail}.`;
  const calendar = ical({
    prodId: { company: 'Passend', product: 'Passend', language: nl ? 'NL' : 'EN' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `${data.contactId}@passend`,
    sequence: data.sequence,
    stamp: now,
    start: new Date(data.startsAt),
    end: new Date(endOf(data)),
    summary: nl ? 'Gesprek met arbeidsdeskundige' : 'Conversation with labour expert',
    location,
    description,
    organizer: { name: data.organisationName, email: data.organisationEmail },
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** The mail to the client about one appointment. `now` only sets the calendar's DTSTAMP. */
export function buildAppointmentMail(data: AppointmentMailData, language: MailLanguage, now: Date = new Date()): AppointmentMail {
  const nl = language === 'nl';
  const when = formatAmsterdamDateTime(data.startsAt, language);
  const greeting = [nl ? `Beste ${data.clientName},` : `Dear ${data.clientName},`];
  switch (data.kind) {
    case 'invitation':
      return {
        subject: nl ? `Uitnodiging: gesprek met de arbeidsdeskundige op ${when}` : `Invitation: conversation with the labour expert on ${when}`,
        text: render([
          greeting,
          [nl
            ? `U heeft een afspraak met ${data.expertName}, arbeidsdeskundige bij ${data.organisationName}. In deze e-mail leest u wat u kunt verwachten.`
            : `You have an appointment with ${data.expertName}, labour expert at ${data.organisationName}. This e-mail tells you what to expect.`],
          ...fullBody(data, language),
          signature(data, language),
        ]),
        ics: buildIcs(data, language, now),
      };
    case 'update':
      return {
        subject: nl ? `Gewijzigd: uw afspraak is nu op ${when}` : `Changed: your appointment is now on ${when}`,
        text: render([
          greeting,
          [nl
            ? `We hebben uw afspraak met ${data.expertName} veranderd. Hieronder staat de nieuwe tijd en de nieuwe vorm. De oude afspraak vervalt.`
            : `We have changed your appointment with ${data.expertName}. Below you find the new time and the new form. The old appointment no longer applies.`],
          ...fullBody(data, language),
          signature(data, language),
        ]),
        ics: buildIcs(data, language, now),
      };
    case 'cancellation': {
      const reason = clean(data.cancelReason);
      return {
        subject: nl ? `Afgezegd: uw afspraak op ${when}` : `Cancelled: your appointment on ${when}`,
        text: render([
          greeting,
          [nl
            ? `Uw afspraak met ${data.expertName} op ${when} gaat niet door.`
            : `Your appointment with ${data.expertName} on ${when} is cancelled.`,
          ...(reason ? [nl ? `De reden: ${reason}` : `The reason: ${reason}`] : [])],
          [nl
            ? 'U hoeft niets te doen. U krijgt van ons een nieuwe afspraak.'
            : 'You do not need to do anything. We will send you a new appointment.'],
          [nl
            ? `Heeft u vragen, of wilt u iets zeggen over de nieuwe afspraak? Beantwoord deze e-mail of stuur een e-mail naar ${data.organisationEmail}. U kunt ons ook bellen${data.organisationPhone ? ` op ${data.organisationPhone}` : ''}.`
            : `Do you have questions, or do you want to say something about the new appointment? Reply to this e-mail or send an e-mail to ${data.organisationEmail}. You can also call us${data.organisationPhone ? ` on ${data.organisationPhone}` : ''}.`],
          signature(data, language),
        ]),
        ics: buildIcs(data, language, now),
      };
    }
    case 'reminder':
      return {
        subject: nl ? `Herinnering: uw afspraak op ${when}` : `Reminder: your appointment on ${when}`,
        text: render([
          greeting,
          [nl
            ? `Dit is een herinnering aan uw afspraak met ${data.expertName}, arbeidsdeskundige bij ${data.organisationName}.`
            : `This is a reminder of your appointment with ${data.expertName}, labour expert at ${data.organisationName}.`],
          whenLines(data, language),
          videoParagraph(data, language),
          [companionLine(data, language)],
          [nl
            ? `Past het toch niet? Beantwoord deze e-mail of stuur een e-mail naar ${data.organisationEmail}. U kunt ons ook bellen${data.organisationPhone ? ` op ${data.organisationPhone}` : ''}.`
            : `Does it not work for you after all? Reply to this e-mail or send an e-mail to ${data.organisationEmail}. You can also call us${data.organisationPhone ? ` on ${data.organisationPhone}` : ''}.`],
          signature(data, language),
        ]),
        ics: null,
      };
  }
}

/** The mail to the labour expert: the client withdrew consent for video, so the appointment needs another form. */
export function buildWithdrawalNotice(
  data: { expertName: string; clientName: string; caseReference: string; startsAt: string; reason: string | null; appUrl: string },
  language: MailLanguage,
): { subject: string; text: string } {
  const when = formatAmsterdamDateTime(data.startsAt, language);
  const reason = clean(data.reason);
  if (language === 'nl') {
    return {
      subject: `Toestemming beeldbellen ingetrokken: dossier ${data.caseReference}`,
      text: render([
        [`Beste ${data.expertName},`],
        [
          `${data.clientName} heeft de toestemming voor beeldbellen ingetrokken. Het gaat om de afspraak op ${when} (dossier ${data.caseReference}).`,
          reason ? `De reden: ${reason}` : 'Er is geen reden opgegeven.',
        ],
        ['Deze afspraak kan niet via beeldbellen doorgaan. Kies samen met de cliënt een andere vorm, bijvoorbeeld een gesprek op locatie of een telefoongesprek. Stuur daarna een nieuwe uitnodiging.'],
        [`Open het dossier in Passend: ${data.appUrl}`],
        ['Dit bericht is automatisch verstuurd door Passend.'],
      ]),
    };
  }
  return {
    subject: `Video consent withdrawn: case ${data.caseReference}`,
    text: render([
      [`Dear ${data.expertName},`],
      [
        `${data.clientName} has withdrawn consent for video calling. This concerns the appointment on ${when} (case ${data.caseReference}).`,
        reason ? `The reason: ${reason}` : 'No reason was given.',
      ],
      ['This appointment cannot take place by video. Choose another form together with the client, for example a meeting in person or a phone call. Then send a new invitation.'],
      [`Open the case in Passend: ${data.appUrl}`],
      ['This message was sent automatically by Passend.'],
    ]),
  };
}
