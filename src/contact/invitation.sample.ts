// A fictional appointment for tests of the invitation texts and of mail delivery.
import type { AppointmentMailData } from './invitation.js';

export function sampleAppointment(overrides: Partial<AppointmentMailData> = {}): AppointmentMailData {
  return {
    contactId: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    sequence: 0,
    kind: 'invitation',
    startsAt: '2026-12-01T09:00:00.000Z',
    durationMinutes: 60,
    form: 'physical',
    location: 'Stationsplein 1, 3511 ED Utrecht',
    activity: 'first_contact',
    clientName: 'Anna de Vries',
    expertName: 'Pieter Bakker',
    organisationName: 'Bureau Werkvermogen',
    organisationEmail: 'planning@werkvermogen.nl',
    participants: [],
    companionAllowed: true,
    privacyNoticeVersion: 3,
    cancelReason: null,
    appUrl: 'https://passend.example.nl',
    ...overrides,
  };
}
