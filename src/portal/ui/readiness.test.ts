// The readiness check's pure parts: every question and answer has words, the page's copy of the
// questions is the server's, nothing is sent until every question has an answer, and the way to the
// test call leads to the first coming video appointment.
import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS as SERVER_QUESTIONS } from '../../contact/planning';
import { CATALOGUE } from './catalogue';
import { READINESS_KEYS, READINESS_ORDER, emptyReadiness, readinessBody, unanswered, videoAppointment } from './readiness';
import { READINESS_QUESTIONS, type PortalContact } from './types';

const contact = (id: string, form: PortalContact['form'], state: PortalContact['state'] = 'planned'): PortalContact => ({
  id, plannedAt: '2026-12-01T09:00:00.000Z', durationMinutes: 60, form, location: null, state, expertName: null, preference: null,
  video: form === 'video' ? { consent: null, privacyNoticeId: null } : null,
});

describe('portal readiness check', () => {
  it('asks exactly the server’s questions with the server’s answers', () => {
    expect(READINESS_QUESTIONS).toEqual(SERVER_QUESTIONS);
  });

  it('has words for every question and every answer, in every language', () => {
    for (const question of READINESS_ORDER) {
      const keys = READINESS_KEYS[question];
      expect(Object.keys(keys.answers).sort(), question).toEqual([...READINESS_QUESTIONS[question]].sort());
      for (const language of Object.keys(CATALOGUE) as Array<keyof typeof CATALOGUE>) {
        expect(CATALOGUE[language][keys.question], `${language} ${question}`).toBeTruthy();
        for (const key of Object.values(keys.answers) as Array<keyof (typeof CATALOGUE)['nl']>) expect(CATALOGUE[language][key], `${language} ${key}`).toBeTruthy();
      }
    }
  });

  it('names the questions still open, in screen order, and sends nothing until all are answered', () => {
    const draft = emptyReadiness();
    expect(unanswered(draft)).toEqual(['device', 'connection', 'videoExperience', 'helpAtHome', 'hearing', 'reading']);
    expect(readinessBody(draft)).toBeNull();
    const almost = { ...draft, device: 'tablet', connection: 'good', videoExperience: 'never', helpAtHome: 'yes', hearing: 'poor' } as const;
    expect(unanswered(almost)).toEqual(['reading']);
    expect(readinessBody(almost)).toBeNull();
    const full = { ...almost, reading: 'some_difficulty' } as const;
    expect(unanswered(full)).toEqual([]);
    expect(readinessBody(full)).toEqual({ device: 'tablet', connection: 'good', videoExperience: 'never', helpAtHome: 'yes', hearing: 'poor', reading: 'some_difficulty' });
  });

  it('leads to the first coming video appointment for the test call, and to none without one', () => {
    expect(videoAppointment(null)).toBeNull();
    expect(videoAppointment({ upcoming: [contact('a', 'physical'), contact('b', 'phone')] })).toBeNull();
    expect(videoAppointment({ upcoming: [contact('a', 'physical'), contact('b', 'video'), contact('c', 'video')] })?.id).toBe('b');
  });
});
