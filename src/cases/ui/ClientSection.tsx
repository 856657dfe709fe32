import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import type { CasePage, Client } from '../../web/api-types';
import { Button, ButtonGroup, DataList, FormError } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate } from '../../web/format';
import { checkClient, CLIENT_FIELDS, clientToForm, formToClient, type ClientForm } from './caseForms';
import { ClientFields } from './ClientFields';
import { enumLabel } from './labels';
import { EditableSection } from './Section';
import { useCaseAction } from './useCase';

const PREFIX = 'edit-client';

export function ClientSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const client = data.client;
  const notSet = <span className="muted">{t('common.notSet')}</span>;
  return (
    <EditableSection
      id="client"
      title={t('cases.sections.client')}
      canEdit={data.permissions.canEdit}
      editLabel={t('cases.client.edit')}
      form={(close) => <ClientEditForm data={data} onClose={close} />}
    >
      <DataList
        items={[
          { key: 'name', label: t('cases.client.fullName'), value: client.fullName },
          { key: 'birth', label: t('cases.client.birthDate'), value: formatDate(client.birthDate) },
          { key: 'email', label: t('cases.client.email'), value: client.email || notSet },
          { key: 'phone', label: t('cases.client.phone'), value: client.phone || notSet },
          { key: 'address', label: t('cases.client.address'), value: client.address ? <span className="pre-line">{client.address}</span> : notSet },
          { key: 'language', label: t('cases.client.preferredLanguage'), value: enumLabel(t, 'preferredLanguage', client.preferredLanguage) },
          { key: 'interpreter', label: t('cases.client.interpreterNeeded'), value: client.interpreterNeeded ? t('common.yes') : t('common.no') },
          { key: 'companion', label: t('cases.client.companionWanted'), value: client.companionWanted ? t('common.yes') : t('common.no') },
        ]}
      />
    </EditableSection>
  );
}

function ClientEditForm({ data, onClose }: { data: CasePage; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ClientForm>(() => clientToForm(data.client));
  const save = useCaseAction(data.id, (client: Client) => api.patchCase(data.id, { version: data.version, client }));
  const ids = Object.fromEntries(CLIENT_FIELDS.map((f) => [`client.${f}`, fieldId(PREFIX, `client.${f}`)]));

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = checkClient(form, t);
    if (Object.keys(fields).length) return save.setErrors({ fields });
    const client = formToClient(form);
    // Cleared optional fields are sent as null so the server removes them.
    const patch = { ...client, email: client.email ?? null, phone: client.phone ?? null, address: client.address ?? null };
    save.run(patch, onClose);
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form">
      <FormError errors={save.errors} fieldIds={ids} />
      <ClientFields prefix={PREFIX} value={form} onChange={setForm} errors={save.errors.fields} autoFocus />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('common.save')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
