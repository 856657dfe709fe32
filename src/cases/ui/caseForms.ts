// Form state for client and assignment data, conversion to the API shapes, and client-side checks.
import type { TFunction } from 'i18next';
import type { Assignment, Client, CommissioningParty, LegalContext } from '../../web/api-types';
import { optional } from '../../web/forms';

export interface ClientForm {
  fullName: string;
  birthDate: string;
  email: string;
  phone: string;
  address: string;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  companionWanted: boolean;
}

export interface AssignmentForm {
  commissioningParty: string;
  commissioningPartyOther: string;
  legalContext: string;
  legalContextOther: string;
  question: string;
  deliveryDate: string;
  firstSicknessDay: string;
  commissionerReference: string;
}

export const EMPTY_CLIENT: ClientForm = {
  fullName: '',
  birthDate: '',
  email: '',
  phone: '',
  address: '',
  preferredLanguage: 'nl',
  interpreterNeeded: false,
  companionWanted: false,
};

export const EMPTY_ASSIGNMENT: AssignmentForm = {
  commissioningParty: '',
  commissioningPartyOther: '',
  legalContext: '',
  legalContextOther: '',
  question: '',
  deliveryDate: '',
  firstSicknessDay: '',
  commissionerReference: '',
};

export function clientToForm(client: Client): ClientForm {
  return {
    fullName: client.fullName,
    birthDate: client.birthDate,
    email: client.email ?? '',
    phone: client.phone ?? '',
    address: client.address ?? '',
    preferredLanguage: client.preferredLanguage || 'nl',
    interpreterNeeded: client.interpreterNeeded,
    companionWanted: client.companionWanted,
  };
}

export function assignmentToForm(assignment: Assignment): AssignmentForm {
  return {
    commissioningParty: assignment.commissioningParty,
    commissioningPartyOther: assignment.commissioningPartyOther ?? '',
    legalContext: assignment.legalContext,
    legalContextOther: assignment.legalContextOther ?? '',
    question: assignment.question,
    deliveryDate: assignment.deliveryDate ?? '',
    firstSicknessDay: assignment.firstSicknessDay ?? '',
    commissionerReference: assignment.commissionerReference ?? '',
  };
}

export function formToClient(form: ClientForm): Client {
  const client: Client = {
    fullName: form.fullName.trim(),
    birthDate: form.birthDate,
    preferredLanguage: form.preferredLanguage || 'nl',
    interpreterNeeded: form.interpreterNeeded,
    companionWanted: form.companionWanted,
  };
  const email = optional(form.email);
  const phone = optional(form.phone);
  const address = optional(form.address);
  if (email) client.email = email;
  if (phone) client.phone = phone;
  if (address) client.address = address;
  return client;
}

export function formToAssignment(form: AssignmentForm): Assignment {
  const assignment: Assignment = {
    commissioningParty: form.commissioningParty as CommissioningParty,
    legalContext: form.legalContext as LegalContext,
    question: form.question.trim(),
  };
  if (form.commissioningParty === 'other') assignment.commissioningPartyOther = form.commissioningPartyOther.trim();
  if (form.legalContext === 'other') assignment.legalContextOther = form.legalContextOther.trim();
  if (form.deliveryDate) assignment.deliveryDate = form.deliveryDate;
  if (form.legalContext === 'poortwachter' && form.firstSicknessDay) assignment.firstSicknessDay = form.firstSicknessDay;
  const reference = optional(form.commissionerReference);
  if (reference) assignment.commissionerReference = reference;
  return assignment;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Convenience checks only; the server validates everything again. Keys are API field paths. */
export function checkClient(form: ClientForm, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.fullName.trim()) errors['client.fullName'] = t('cases.validation.fullName');
  if (!form.birthDate) errors['client.birthDate'] = t('cases.validation.birthDate');
  if (form.email.trim() && !EMAIL.test(form.email.trim())) errors['client.email'] = t('cases.validation.email');
  return errors;
}

export function checkAssignment(form: AssignmentForm, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.commissioningParty) errors['assignment.commissioningParty'] = t('cases.validation.commissioningParty');
  if (form.commissioningParty === 'other' && !form.commissioningPartyOther.trim()) {
    errors['assignment.commissioningPartyOther'] = t('cases.validation.other');
  }
  if (!form.legalContext) errors['assignment.legalContext'] = t('cases.validation.legalContext');
  if (form.legalContext === 'other' && !form.legalContextOther.trim()) {
    errors['assignment.legalContextOther'] = t('cases.validation.other');
  }
  if (!form.question.trim()) errors['assignment.question'] = t('cases.validation.question');
  if (form.legalContext === 'poortwachter' && !form.firstSicknessDay) {
    errors['assignment.firstSicknessDay'] = t('cases.validation.firstSicknessDay');
  }
  return errors;
}

/** Field paths of the client and assignment forms, for error links. */
export const CLIENT_FIELDS = [
  'fullName',
  'birthDate',
  'email',
  'phone',
  'address',
  'preferredLanguage',
  'interpreterNeeded',
  'companionWanted',
] as const;
export const ASSIGNMENT_FIELDS = [
  'commissioningParty',
  'commissioningPartyOther',
  'legalContext',
  'legalContextOther',
  'question',
  'deliveryDate',
  'firstSicknessDay',
  'commissionerReference',
] as const;
