// The digital readiness check in the portal (seed 003 §4, §6; seed 000 P18, P19): the client answers
// six short questions about device, internet, experience, help at home, hearing and reading. Pure, so
// it is unit-tested in Node; the screen is ReadinessScreen.tsx.
import type { TextKey } from './texts';
import { READINESS_QUESTIONS, type PortalContact, type ReadinessAnswers, type ReadinessQuestion } from './types';

export const READINESS_ORDER = Object.keys(READINESS_QUESTIONS) as ReadinessQuestion[];

const LEVEL: Record<'good' | 'some_difficulty' | 'poor', TextKey> = { good: 'readinessGood', some_difficulty: 'readinessSomeDifficulty', poor: 'readinessPoor' };

/** Each question's words and each answer's words. */
export const READINESS_KEYS: { [Q in ReadinessQuestion]: { question: TextKey; answers: Record<ReadinessAnswers[Q], TextKey> } } = {
  device: {
    question: 'readinessQDevice',
    answers: { smartphone: 'readinessDeviceSmartphone', tablet: 'readinessDeviceTablet', computer_with_camera: 'readinessDeviceComputer', none: 'readinessDeviceNone' },
  },
  connection: {
    question: 'readinessQConnection',
    answers: { good: 'readinessConnectionGood', unstable: 'readinessConnectionUnstable', none: 'readinessConnectionNone', unknown: 'readinessConnectionUnknown' },
  },
  videoExperience: { question: 'readinessQVideo', answers: { often: 'readinessVideoOften', sometimes: 'readinessVideoSometimes', never: 'readinessVideoNever' } },
  helpAtHome: { question: 'readinessQHelp', answers: { yes: 'answerYes', no: 'answerNo' } },
  hearing: { question: 'readinessQHearing', answers: LEVEL },
  reading: { question: 'readinessQReading', answers: LEVEL },
};

export type ReadinessDraft = { [Q in ReadinessQuestion]: ReadinessAnswers[Q] | null };

export const emptyReadiness = (): ReadinessDraft => ({ device: null, connection: null, videoExperience: null, helpAtHome: null, hearing: null, reading: null });

/** The questions still without an answer, in screen order (the first gets focus). */
export function unanswered(draft: ReadinessDraft): ReadinessQuestion[] {
  return READINESS_ORDER.filter((q) => draft[q] === null);
}

/** The answers to send, once every question has one. */
export function readinessBody(draft: ReadinessDraft): ReadinessAnswers | null {
  return unanswered(draft).length === 0 ? (draft as ReadinessAnswers) : null;
}

/**
 * Where the test call is: the first coming video appointment (the contact screen has consent and the
 * test call). Null when there is none; the page then only gives the tip.
 */
export function videoAppointment(contacts: { upcoming: readonly PortalContact[] } | null): PortalContact | null {
  return contacts?.upcoming.find((c) => c.form === 'video' && c.state === 'planned') ?? null;
}
