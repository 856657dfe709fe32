// Register a new case: client, assignment, optional employer, assigned labour expert.
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../web/api';
import type { NewCase, PartyInput } from '../../web/api-types';
import { Button, ButtonGroup, Fieldset, FormError, PageHeading, Paragraph, SelectField, TextField } from '../../web/components';
import { errorsFromApi, fieldId, NO_ERRORS, optional, type FormErrors } from '../../web/forms';
import { hasRole, useCurrentUser } from '../../web/session';
import { AssignmentFields } from './AssignmentFields';
import {
  ASSIGNMENT_FIELDS,
  checkAssignment,
  checkClient,
  CLIENT_FIELDS,
  EMPTY_ASSIGNMENT,
  EMPTY_CLIENT,
  formToAssignment,
  formToClient,
  type AssignmentForm,
  type ClientForm,
} from './caseForms';
import { ClientFields } from './ClientFields';
import { useColleagues } from './useColleagues';

const PREFIX = 'new-case';

interface EmployerForm {
  name: string;
  contactPerson: string;
  email: string;
  phone: string;
}
const EMPTY_EMPLOYER: EmployerForm = { name: '', contactPerson: '', email: '', phone: '' };
const EMPLOYER_FIELDS = ['name', 'contactPerson', 'email', 'phone'] as const;

/** API field path → element id, for the links in the error summary. */
function fieldIds(): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const field of CLIENT_FIELDS) ids[`client.${field}`] = fieldId(PREFIX, `client.${field}`);
  for (const field of ASSIGNMENT_FIELDS) ids[`assignment.${field}`] = fieldId(PREFIX, `assignment.${field}`);
  for (const field of EMPLOYER_FIELDS) ids[`parties.0.${field}`] = fieldId(PREFIX, `parties.0.${field}`);
  ids.assignedExpertId = fieldId(PREFIX, 'assignedExpertId');
  return ids;
}

function employerParty(form: EmployerForm): PartyInput | null {
  const name = optional(form.name);
  if (!name) return null;
  const party: PartyInput = { role: 'employer', name };
  const contactPerson = optional(form.contactPerson);
  const email = optional(form.email);
  const phone = optional(form.phone);
  if (contactPerson) party.contactPerson = contactPerson;
  if (email) party.email = email;
  if (phone) party.phone = phone;
  return party;
}

export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const colleagues = useColleagues();
  const [client, setClient] = useState<ClientForm>(EMPTY_CLIENT);
  const [assignment, setAssignment] = useState<AssignmentForm>(EMPTY_ASSIGNMENT);
  const [employer, setEmployer] = useState<EmployerForm>(EMPTY_EMPLOYER);
  const [expertId, setExpertId] = useState(() => (user && hasRole(user, 'labour_expert') ? user.id : ''));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { ...checkClient(client, t), ...checkAssignment(assignment, t) };
    if (employer.name.trim() === '' && (employer.contactPerson || employer.email || employer.phone)) {
      fields['parties.0.name'] = t('cases.validation.employerName');
    }
    if (Object.keys(fields).length) return setErrors({ fields });
    const input: NewCase = { client: formToClient(client), assignment: formToAssignment(assignment) };
    const party = employerParty(employer);
    if (party) input.parties = [party];
    if (expertId) input.assignedExpertId = expertId;
    setBusy(true);
    try {
      const { id } = await api.createCase(input);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      void navigate(`/dossiers/${encodeURIComponent(id)}`);
    } catch (error) {
      setErrors(errorsFromApi(error));
      setBusy(false);
    }
  }

  const setEmployerField = (key: keyof EmployerForm) => (value: string) => setEmployer({ ...employer, [key]: value });
  const experts = (colleagues.data ?? []).filter((c) => c.roles.includes('labour_expert'));
  if (user && hasRole(user, 'labour_expert') && !experts.some((c) => c.id === user.id)) {
    experts.unshift({ id: user.id, displayName: user.displayName, roles: user.roles });
  }

  return (
    <div className="page page--form">
      <PageHeading>{t('cases.new.title')}</PageHeading>
      <Paragraph>{t('cases.new.intro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <FormError errors={errors} fieldIds={fieldIds()} />
        <Fieldset legend={t('cases.sections.client')}>
          <ClientFields prefix={PREFIX} value={client} onChange={setClient} errors={errors.fields} />
        </Fieldset>
        <Fieldset legend={t('cases.sections.assignment')}>
          <AssignmentFields prefix={PREFIX} value={assignment} onChange={setAssignment} errors={errors.fields} />
        </Fieldset>
        <Fieldset legend={t('cases.new.employer')} description={t('cases.new.employerHint')}>
          <TextField id={fieldId(PREFIX, 'parties.0.name')} label={t('cases.party.employerName')} value={employer.name} onChange={setEmployerField('name')} error={errors.fields['parties.0.name']} />
          <TextField id={fieldId(PREFIX, 'parties.0.contactPerson')} label={t('cases.party.contactPerson')} value={employer.contactPerson} onChange={setEmployerField('contactPerson')} error={errors.fields['parties.0.contactPerson']} />
          <TextField id={fieldId(PREFIX, 'parties.0.email')} type="email" label={t('cases.party.email')} value={employer.email} onChange={setEmployerField('email')} error={errors.fields['parties.0.email']} />
          <TextField id={fieldId(PREFIX, 'parties.0.phone')} type="tel" label={t('cases.party.phone')} value={employer.phone} onChange={setEmployerField('phone')} error={errors.fields['parties.0.phone']} />
        </Fieldset>
        <Fieldset legend={t('cases.fields.assignedExpert')}>
          <SelectField
            id={fieldId(PREFIX, 'assignedExpertId')}
            label={t('cases.new.assignedExpert')}
            // A labour expert keeps the cases they register (the server assigns them); only office
            // staff can leave a case unassigned for later.
            placeholder={hasRole(user, 'office_staff') ? t('cases.new.notAssigned') : undefined}
            options={experts.map((c) => ({ value: c.id, label: c.displayName }))}
            value={expertId}
            onChange={setExpertId}
            error={errors.fields.assignedExpertId}
          />
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={busy}>
            {t('cases.new.submit')}
          </Button>
          <Button variant="subtle" onClick={() => void navigate('/dossiers')}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
