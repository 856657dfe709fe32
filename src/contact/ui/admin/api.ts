// Typed calls for the contact-form administration and the oversight view. The types come from the
// server's zod schemas (src/contact/schemas.ts), type-only, so nothing of zod reaches the bundle.
import type { z } from 'zod';
import { request } from '../../../web/api';
import type { Rule } from '../../domain';
import type {
  channelInputSchema,
  channelListSchema,
  channelSchema,
  outboxSchema,
  oversightSchema,
  privacyNoticeInputSchema,
  privacyNoticeListSchema,
  privacyNoticeSchema,
  ruleSetDetailSchema,
  ruleSetHistorySchema,
  ruleSetInputSchema,
  settingsSchema,
} from '../../schemas';

export type RuleSetHistory = z.infer<typeof ruleSetHistorySchema>;
export type RuleSetSummary = RuleSetHistory['items'][number];
/** A rule set with its rules; the server sends them as JSON, in the shape of domain.ts `Rule`. */
export type RuleSetDetail = Omit<z.infer<typeof ruleSetDetailSchema>, 'rules'> & { rules: Rule[] };
export type RuleSetInput = Omit<z.input<typeof ruleSetInputSchema>, 'rules'> & { rules: Rule[] };
export type ContactSettings = z.infer<typeof settingsSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type ChannelList = z.infer<typeof channelListSchema>;
export type ChannelInput = z.input<typeof channelInputSchema>;
export type PrivacyNotice = z.infer<typeof privacyNoticeSchema>;
export type PrivacyNoticeList = z.infer<typeof privacyNoticeListSchema>;
export type PrivacyNoticeInput = z.input<typeof privacyNoticeInputSchema>;
export type Outbox = z.infer<typeof outboxSchema>;
export type OutboxMessage = Outbox['items'][number];
export type Oversight = z.infer<typeof oversightSchema>;
export type FormCounts = Oversight['byActivity'][number]['counts'];

/** The shipped seed-based set appears in the history under this id. */
export const SHIPPED_RULE_SET_ID = 'seed';

const id = encodeURIComponent;

export const contactAdminApi = {
  ruleSetHistory: () => request<RuleSetHistory>('GET', '/api/admin/contact-rule-sets'),
  ruleSet: (ruleSetId: string) => request<RuleSetDetail>('GET', `/api/admin/contact-rule-sets/${id(ruleSetId)}`),
  saveRuleSet: (input: RuleSetInput) => request<RuleSetDetail>('POST', '/api/admin/contact-rule-sets', { body: input }),

  settings: () => request<ContactSettings>('GET', '/api/admin/contact-settings'),
  saveSettings: (settings: ContactSettings) => request<ContactSettings>('PUT', '/api/admin/contact-settings', { body: settings }),

  channels: () => request<ChannelList>('GET', '/api/admin/contact-channels'),
  addChannel: (input: ChannelInput) => request<Channel>('POST', '/api/admin/contact-channels', { body: input }),
  updateChannel: (channelId: string, input: ChannelInput) =>
    request<Channel>('PUT', `/api/admin/contact-channels/${id(channelId)}`, { body: input }),

  privacyNotices: () => request<PrivacyNoticeList>('GET', '/api/admin/privacy-notices'),
  publishPrivacyNotice: (input: PrivacyNoticeInput) => request<PrivacyNotice>('POST', '/api/admin/privacy-notices', { body: input }),

  outbox: (page: number, pageSize: number) => request<Outbox>('GET', '/api/admin/outbox', { query: { page, pageSize } }),

  oversight: (from: string, to: string) => request<Oversight>('GET', '/api/contact-oversight', { query: { from, to } }),
};

export const CONTACT_ADMIN_KEY = ['contactAdmin'] as const;
export const contactAdminKeys = {
  ruleSets: [...CONTACT_ADMIN_KEY, 'ruleSets'] as const,
  ruleSet: (ruleSetId: string) => [...CONTACT_ADMIN_KEY, 'ruleSet', ruleSetId] as const,
  settings: [...CONTACT_ADMIN_KEY, 'settings'] as const,
  channels: [...CONTACT_ADMIN_KEY, 'channels'] as const,
  privacyNotices: [...CONTACT_ADMIN_KEY, 'privacyNotices'] as const,
  outbox: (page: number) => [...CONTACT_ADMIN_KEY, 'outbox', page] as const,
  oversight: (from: string, to: string) => ['contactOversight', from, to] as const,
};
