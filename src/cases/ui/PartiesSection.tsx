// Employer and involved professionals: list, add, edit, remove.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { PARTY_ROLES, type CasePage, type Party, type PartyInput, type PartyRole } from '../../web/api-types';
import {
  Button,
  ButtonGroup,
  FormError,
  Paragraph,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../web/components';
import { fieldId, optional } from '../../web/forms';
import { enumLabel, enumOptions } from './labels';
import { CaseSection, focusSectionHeading } from './Section';
import { useCaseAction } from './useCase';

type Editing = { mode: 'add' } | { mode: 'edit'; party: Party } | null;

export function PartiesSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useCaseAction(data.id, (partyId: string) => api.removeParty(data.id, partyId));
  const canEdit = data.permissions.canManageParties ?? data.permissions.canEdit;

  return (
    <CaseSection
      id="parties"
      title={t('cases.sections.parties')}
      actions={
        canEdit && !editing ? <Button onClick={() => setEditing({ mode: 'add' })}>{t('cases.party.add')}</Button> : null
      }
    >
      <FormError errors={remove.errors} />
      {data.parties.length === 0 ? (
        <Paragraph className="muted">{t('cases.party.empty')}</Paragraph>
      ) : (
        <Table caption={t('cases.sections.parties')} hideCaption>
          <TableHead>
            <TableHeaderCell>{t('cases.party.role')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.party.name')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.party.organisation')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.party.contactPerson')}</TableHeaderCell>
            <TableHeaderCell>{t('cases.party.contact')}</TableHeaderCell>
            {canEdit ? <TableHeaderCell>{t('common.actions')}</TableHeaderCell> : null}
          </TableHead>
          <TableBody>
            {data.parties.map((party) => (
              <TableRow key={party.id}>
                <TableCell>{enumLabel(t, 'partyRole', party.role)}</TableCell>
                <TableCell>{party.name}</TableCell>
                <TableCell>{party.organisation ?? ''}</TableCell>
                <TableCell>{party.contactPerson ?? ''}</TableCell>
                <TableCell>
                  {party.email ? (
                    <a className="utrecht-link utrecht-link--html-a" href={`mailto:${party.email}`}>
                      {party.email}
                    </a>
                  ) : null}
                  {party.email && party.phone ? <br /> : null}
                  {party.phone ?? ''}
                </TableCell>
                {canEdit ? (
                  <TableCell>
                    <ButtonGroup>
                      <Button variant="subtle" onClick={() => setEditing({ mode: 'edit', party })}>
                        {t('common.edit')}
                        <span className="visually-hidden">: {party.name}</span>
                      </Button>
                      <Button
                        variant="subtle"
                        busy={remove.busy}
                        onClick={() => {
                          if (window.confirm(t('cases.party.confirmRemove', { name: party.name }))) remove.run(party.id, () => focusSectionHeading('parties'));
                        }}
                      >
                        {t('common.remove')}
                        <span className="visually-hidden">: {party.name}</span>
                      </Button>
                    </ButtonGroup>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing ? (
        <PartyForm
          key={editing.mode === 'edit' ? editing.party.id : 'new'}
          data={data}
          party={editing.mode === 'edit' ? editing.party : null}
          onClose={() => {
            setEditing(null);
            focusSectionHeading('parties');
          }}
        />
      ) : null}
    </CaseSection>
  );
}

interface PartyFormState {
  role: string;
  name: string;
  organisation: string;
  contactPerson: string;
  email: string;
  phone: string;
}

const FIELDS = ['role', 'name', 'organisation', 'contactPerson', 'email', 'phone'] as const;

function PartyForm({ data, party, onClose }: { data: CasePage; party: Party | null; onClose: () => void }) {
  const { t } = useTranslation();
  const prefix = party ? `party-${party.id}` : 'party-new';
  const [form, setForm] = useState<PartyFormState>({
    role: party?.role ?? 'employer',
    name: party?.name ?? '',
    organisation: party?.organisation ?? '',
    contactPerson: party?.contactPerson ?? '',
    email: party?.email ?? '',
    phone: party?.phone ?? '',
  });
  const save = useCaseAction(data.id, (input: PartyInput) =>
    party ? api.updateParty(data.id, party.id, input) : api.addParty(data.id, input),
  );
  const set = (key: keyof PartyFormState) => (value: string) => setForm({ ...form, [key]: value });
  const ids = Object.fromEntries(FIELDS.map((f) => [f, fieldId(prefix, f)]));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.name.trim()) return save.setErrors({ fields: { name: t('cases.validation.partyName') } });
    const input: PartyInput = { role: form.role as PartyRole, name: form.name.trim() };
    const organisation = optional(form.organisation);
    const contactPerson = optional(form.contactPerson);
    const email = optional(form.email);
    const phone = optional(form.phone);
    if (organisation) input.organisation = organisation;
    if (contactPerson) input.contactPerson = contactPerson;
    if (email) input.email = email;
    if (phone) input.phone = phone;
    save.run(input, onClose);
  }

  const title = party ? t('cases.party.editTitle', { name: party.name }) : t('cases.party.addTitle');
  return (
    <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby={`${prefix}-title`}>
      <h3 className="utrecht-heading-3" id={`${prefix}-title`}>
        {title}
      </h3>
      <FormError errors={save.errors} fieldIds={ids} />
      <SelectField id={ids.role} label={t('cases.party.role')} required options={enumOptions(t, 'partyRole', PARTY_ROLES)} value={form.role} onChange={set('role')} error={save.errors.fields.role} autoFocus />
      <TextField id={ids.name} label={t('cases.party.name')} required value={form.name} onChange={set('name')} error={save.errors.fields.name} />
      <TextField id={ids.organisation} label={t('cases.party.organisation')} value={form.organisation} onChange={set('organisation')} error={save.errors.fields.organisation} />
      <TextField id={ids.contactPerson} label={t('cases.party.contactPerson')} value={form.contactPerson} onChange={set('contactPerson')} error={save.errors.fields.contactPerson} />
      <TextField id={ids.email} type="email" label={t('cases.party.email')} value={form.email} onChange={set('email')} error={save.errors.fields.email} />
      <TextField id={ids.phone} type="tel" label={t('cases.party.phone')} value={form.phone} onChange={set('phone')} error={save.errors.fields.phone} />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {party ? t('common.save') : t('cases.party.addSubmit')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
