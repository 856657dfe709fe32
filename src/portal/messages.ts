// What the portal sends: the one-time code (e-mail or SMS) and the personal link, in the client's
// language at B1 level (seed 003: plain words, one action), and the notice to the labour expert when a
// link locks after wrong codes (in the expert's language).
import type { PortalLanguage } from './domain.js';
import { CODE_VALID_MINUTES, LOCK_MINUTES, MAX_WRONG_CODES } from './domain.js';

interface CodeTexts { subject: string; body: (code: string, organisation: string) => string }

const CODE: Record<PortalLanguage, CodeTexts> = {
  nl: {
    subject: 'Uw code voor het portaal',
    body: (code, org) => `Uw code is ${code}. Typ deze code op de pagina van ${org}. De code werkt ${CODE_VALID_MINUTES} minuten. Geef de code aan niemand anders.`,
  },
  en: {
    subject: 'Your code for the portal',
    body: (code, org) => `Your code is ${code}. Type this code on the ${org} page. The code works for ${CODE_VALID_MINUTES} minutes. Do not give the code to anyone else.`,
  },
  ar: {
    subject: 'رمزك لدخول البوابة',
    body: (code, org) => `رمزك هو ${code}. اكتب هذا الرمز في صفحة ${org}. يعمل الرمز لمدة ${CODE_VALID_MINUTES} دقائق. لا تعطِ الرمز لأي شخص آخر.`,
  },
  tr: {
    subject: 'Portal için kodunuz',
    body: (code, org) => `Kodunuz ${code}. Bu kodu ${org} sayfasına yazın. Kod ${CODE_VALID_MINUTES} dakika geçerlidir. Kodu kimseyle paylaşmayın.`,
  },
  pl: {
    subject: 'Twój kod do portalu',
    body: (code, org) => `Twój kod to ${code}. Wpisz ten kod na stronie ${org}. Kod działa przez ${CODE_VALID_MINUTES} minut. Nie podawaj kodu nikomu innemu.`,
  },
};

export function codeMessage(language: PortalLanguage, code: string, organisation: string): { subject: string; text: string } {
  const texts = CODE[language];
  return { subject: texts.subject, text: texts.body(code, organisation) };
}

interface LinkTexts { subject: string; body: (v: { name: string; organisation: string; expert: string; url: string; channel: 'email' | 'sms' | null }) => string }

const LINK: Record<PortalLanguage, LinkTexts> = {
  nl: {
    subject: 'Uw eigen pagina bij het arbeidsdeskundig onderzoek',
    body: ({ name, organisation, expert, url, channel }) => [
      `Beste ${name},`, '',
      `${expert} van ${organisation} heeft een eigen pagina voor u gemaakt. Daar ziet u uw afspraken. U kunt er zeggen hoe u het liefst praat: op locatie, met beeldbellen of aan de telefoon.`, '',
      `Open uw pagina met deze link: ${url}`, '',
      channel === 'sms' ? 'U krijgt dan een code per sms. Zo weten we dat u het bent.' : channel === 'email' ? 'U krijgt dan een code per e-mail. Zo weten we dat u het bent.' : '',
      'Deze link is alleen voor u. Stuur hem niet door.', '',
      `Met vriendelijke groet,`, expert, organisation,
    ].join('\n'),
  },
  en: {
    subject: 'Your own page for the labour assessment',
    body: ({ name, organisation, expert, url, channel }) => [
      `Dear ${name},`, '',
      `${expert} of ${organisation} has made a page for you. There you see your appointments. You can also say how you prefer to talk: in person, by video or by phone.`, '',
      `Open your page with this link: ${url}`, '',
      channel === 'sms' ? 'You will then get a code by text message. That way we know it is you.' : channel === 'email' ? 'You will then get a code by e-mail. That way we know it is you.' : '',
      'This link is only for you. Do not pass it on.', '',
      'Kind regards,', expert, organisation,
    ].join('\n'),
  },
  ar: {
    subject: 'صفحتك الخاصة في فحص العمل',
    body: ({ name, organisation, expert, url, channel }) => [
      `${name} المحترم/ة،`, '',
      `أنشأ ${expert} من ${organisation} صفحة خاصة بك. ترى فيها مواعيدك. ويمكنك أن تقول كيف تفضّل الحديث: في المكان، أو بمكالمة فيديو، أو بالهاتف.`, '',
      `افتح صفحتك بهذا الرابط: ${url}`, '',
      channel === 'sms' ? 'ستصلك بعد ذلك رسالة نصية فيها رمز. هكذا نعرف أنك أنت.' : channel === 'email' ? 'سيصلك بعد ذلك رمز بالبريد الإلكتروني. هكذا نعرف أنك أنت.' : '',
      'هذا الرابط لك وحدك. لا ترسله لأحد.', '',
      'مع التحية،', expert, organisation,
    ].join('\n'),
  },
  tr: {
    subject: 'Değerlendirme için size özel sayfa',
    body: ({ name, organisation, expert, url, channel }) => [
      `Sayın ${name},`, '',
      `${organisation} kurumundan ${expert} sizin için bir sayfa hazırladı. Orada randevularınızı görürsünüz. Nasıl konuşmak istediğinizi de söyleyebilirsiniz: yüz yüze, görüntülü veya telefonla.`, '',
      `Sayfanızı bu bağlantıyla açın: ${url}`, '',
      channel === 'sms' ? 'Ardından SMS ile bir kod alırsınız. Böylece sizin olduğunuzu biliriz.' : channel === 'email' ? 'Ardından e-posta ile bir kod alırsınız. Böylece sizin olduğunuzu biliriz.' : '',
      'Bu bağlantı yalnızca sizin içindir. Başkasına göndermeyin.', '',
      'Saygılarımızla,', expert, organisation,
    ].join('\n'),
  },
  pl: {
    subject: 'Twoja strona w sprawie oceny zdolności do pracy',
    body: ({ name, organisation, expert, url, channel }) => [
      `Dzień dobry, ${name},`, '',
      `${expert} z ${organisation} przygotował(a) dla Ciebie stronę. Zobaczysz tam swoje spotkania. Możesz też napisać, jak wolisz rozmawiać: na miejscu, przez wideo albo przez telefon.`, '',
      `Otwórz swoją stronę tym linkiem: ${url}`, '',
      channel === 'sms' ? 'Potem dostaniesz kod SMS-em. Dzięki temu wiemy, że to Ty.' : channel === 'email' ? 'Potem dostaniesz kod e-mailem. Dzięki temu wiemy, że to Ty.' : '',
      'Ten link jest tylko dla Ciebie. Nie przekazuj go dalej.', '',
      'Z poważaniem,', expert, organisation,
    ].join('\n'),
  },
};

export function linkMessage(language: PortalLanguage, values: Parameters<LinkTexts['body']>[0]): { subject: string; text: string } {
  const texts = LINK[language];
  return { subject: texts.subject, text: texts.body(values).replace(/\n{3,}/g, '\n\n') };
}

const LINK_SMS: Record<PortalLanguage, (organisation: string, url: string) => string> = {
  nl: (org, url) => `${org}: uw eigen pagina staat klaar. Open deze link: ${url} U krijgt daarna een code. Deel de link met niemand.`,
  en: (org, url) => `${org}: your own page is ready. Open this link: ${url} You will then get a code. Do not share the link.`,
  ar: (org, url) => `${org}: صفحتك الخاصة جاهزة. افتح هذا الرابط: ${url} ستصلك بعد ذلك رمز. لا تشارك الرابط مع أحد.`,
  tr: (org, url) => `${org}: size özel sayfanız hazır. Bu bağlantıyı açın: ${url} Ardından bir kod alırsınız. Bağlantıyı kimseyle paylaşmayın.`,
  pl: (org, url) => `${org}: Twoja strona jest gotowa. Otwórz ten link: ${url} Potem dostaniesz kod. Nie udostępniaj linku nikomu.`,
};

/** The link by text message, for someone without an e-mail address: short, one action. */
export function linkSms(language: PortalLanguage, organisation: string, url: string): { subject: string; text: string } {
  return { subject: LINK[language].subject, text: LINK_SMS[language](organisation, url) };
}

/** To the labour expert: a link locked after wrong codes, which may be someone else trying. */
export function lockedNotice(language: 'nl' | 'en', values: { expert: string; caseReference: string; url: string }): { subject: string; text: string } {
  if (language === 'en') {
    return {
      subject: `Portal link locked after wrong codes (${values.caseReference})`,
      text: [`Dear ${values.expert},`, '',
        `Someone typed a wrong code ${MAX_WRONG_CODES} times on the portal link of case ${values.caseReference}. The link is locked for ${LOCK_MINUTES} minutes.`,
        'If the client did not do this, their link may be in the wrong hands: replace the link in the case.', '', values.url].join('\n'),
    };
  }
  return {
    subject: `Portaallink geblokkeerd na foute codes (${values.caseReference})`,
    text: [`Beste ${values.expert},`, '',
      `Op de portaallink van dossier ${values.caseReference} is ${MAX_WRONG_CODES} keer een foute code ingevuld. De link is ${LOCK_MINUTES} minuten geblokkeerd.`,
      'Was dit niet de cliënt, dan is de link misschien in verkeerde handen: vervang de link in het dossier.', '', values.url].join('\n'),
  };
}
