// The assignment (opdracht) and the assigned labour expert: view and edit.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../web/api';
import type { CasePage, CasePatch } from '../../web/api-types';
import { Button, ButtonGroup, DataList, FormError, SelectField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate } from '../../web/format';
import { AssignmentFields } from './AssignmentFields';
import { ASSIGNMENT_FIELDS, assignmentToForm, checkAssignment, formToAssignment, type AssignmentForm } from './caseForms';
import { enumLabel } from './labels';
import { EditableSection } from './Section';
import { useCaseAction } from './useCase';
import { useColleagues } from './useColleagues';

const PREFIX = 'edit-assignment';

export function AssignmentSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const a = data.assignment;
  const notSet = <span className="muted">{t('common.notSet')}</span>;
  const party =
    a.commissioningParty === 'other' && a.commissioningPartyOther
      ? `${enumLabel(t, 'commissioningParty', 'other')}: ${a.commissioningPartyOther}`
      : enumLabel(t, 'commissioningParty', a.commissioningParty);
  const legal =
    a.legalContext === 'other' && a.legalContextOther
      ? `${enumLabel(t, 'legalContext', 'other')}: ${a.legalContextOther}`
      : enumLabel(t, 'legalContext', a.legalContext);
  return (
    <EditableSection
      id="assignment"
      title={t('cases.sections.assignment')}
      canEdit={data.permissions.canEdit}
      editLabel={t('cases.assignment.edit')}
      form={(close) => <AssignmentEditForm data={data} onClose={close} />}
    >
      <DataList
        items={[
          { key: 'party', label: t('cases.fields.commissioningParty'), value: party },
          { key: 'ref', label: t('cases.assignment.commissionerReference'), value: a.commissionerReference || notSet },
          { key: 'legal', label: t('cases.fields.legalContext'), value: legal },
          ...(a.legalContext === 'poortwachter' || a.firstSicknessDay
            ? [{ key: 'sick', label: t('cases.assignment.firstSicknessDay'), value: a.firstSicknessDay ? formatDate(a.firstSicknessDay) : notSet }]
            : []),
          { key: 'question', label: t('cases.assignment.question'), value: <span className="pre-line">{a.question}</span> },
          { key: 'delivery', label: t('cases.fields.deliveryDate'), value: a.deliveryDate ? formatDate(a.deliveryDate) : notSet },
          { key: 'expert', label: t('cases.fields.assignedExpert'), value: data.assignedExpert?.displayName ?? t('cases.fields.unassigned') },
          { key: 'created', label: t('cases.assignment.createdAt'), value: formatDate(data.createdAt) },
        ]}
      />
    </EditableSection>
  );
}

interface EditArgs {
  form: AssignmentForm;
  expertId: string;
}

function AssignmentEditForm({ data, onClose }: { data: CasePage; onClose: () => void }) {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const [form, setForm] = useState<AssignmentForm>(() => assignmentToForm(data.assignment));
  const [expertId, setExpertId] = useState(data.assignedExpert?.id ?? '');
  const canAssign = data.permissions.canAssign ?? data.permissions.canEdit;
  const navigate = useNavigate();
  const save = useCaseAction(data.id, async ({ form: values, expertId: expert }: EditArgs) => {
    const patch: CasePatch = { version: data.version, assignment: formToAssignment(values) };
    if (canAssign && expert && expert !== data.assignedExpert?.id) patch.assignedExpertId = expert;
    const page = await api.patchCase(data.id, patch);
    // No page back: the case was handed over to a colleague and is no longer ours to see.
    if (!page) void navigate('/dossiers');
    return page;
  });
  const ids: Record<string, string> = Object.fromEntries(
    ASSIGNMENT_FIELDS.map((f) => [`assignment.${f}`, fieldId(PREFIX, `assignment.${f}`)]),
  );
  ids.assignedExpertId = fieldId(PREFIX, 'assignedExpertId');

  const experts = (colleagues.data ?? []).filter((c) => c.roles.includes('labour_expert'));
  if (data.assignedExpert && !experts.some((c) => c.id === data.assignedExpert?.id)) {
    experts.unshift({ ...data.assignedExpert, roles: ['labour_expert'] });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = checkAssignment(form, t);
    if (Object.keys(fields).length) return save.setErrors({ fields });
    save.run({ form, expertId }, onClose);
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form">
      <FormError errors={save.errors} fieldIds={ids} />
      <AssignmentFields prefix={PREFIX} value={form} onChange={setForm} errors={save.errors.fields} autoFocus />
      {canAssign ? (
      <SelectField
        id={ids.assignedExpertId}
        label={t('cases.new.assignedExpert')}
        placeholder={data.assignedExpert ? undefined : t('cases.new.notAssigned')}
        options={experts.map((c) => ({ value: c.id, label: c.displayName }))}
        value={expertId}
        onChange={setExpertId}
        error={save.errors.fields.assignedExpertId}
      />
      ) : null}
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
