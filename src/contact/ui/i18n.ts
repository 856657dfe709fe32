// Texts of the contact-form screens for the labour expert and office staff (merged under `contact.`).
// Dutch first, English complete.
export const contactNl = {} as const;
export const contactEn: typeof contactNl = {};
