// The job profiles of the case (the demands of work): each with its kind, basis, description and
// adjustments; add one, take one from the organisation's library, copy one to adjust it, edit it,
// save it to the library, remove it (after a confirmation).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, DataList, Paragraph, SelectField, TextAreaField, TextField, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { focusWhenPresent, InlineForm, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import type { Catalogue } from '../catalogue';
import { JOB_PROFILE_KINDS, NOTE_MAX, type JobProfileKind } from '../domain';
import { capacityApi, useCapacityAction, useLibrary, type CapacityPageData, type ProfileView } from './api';
import { ProfileForm } from './ProfileForm';

export const PROFILES_HEADING = 'profiles-heading';

type Open = { kind: 'add' } | { kind: 'library' } | { kind: 'edit' | 'copy' | 'toLibrary' | 'remove'; profileId: string } | null;

export function ProfileSection({ data, catalogue, catalogueId, announce }: { data: CapacityPageData; catalogue: Catalogue; catalogueId: string; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const closeTo = (id: string) => {
    setOpen(null);
    focusWhenPresent(id);
  };
  return (
    <TitledSection titleId={PROFILES_HEADING} focusable title={t('capacity.profiles.title')} className="capacity-part">
      <Paragraph>{t('capacity.profiles.intro')}</Paragraph>
      {data.open && open?.kind !== 'add' && open?.kind !== 'library' ? (
        <ButtonGroup>
          <Button
            id="profile-actions-add"
            onClick={() => {
              setOpen({ kind: 'add' });
              focusWhenPresent('new-profile-form-title');
            }}
          >
            {t('capacity.profiles.add')}
          </Button>
          <Button
            id="profile-actions-library"
            onClick={() => {
              setOpen({ kind: 'library' });
              focusWhenPresent('library-take-title');
            }}
          >
            {t('capacity.profiles.fromLibrary')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open?.kind === 'add' ? (
        <ProfileForm
          caseId={data.caseId}
          catalogueId={catalogueId}
          catalogue={catalogue}
          onClose={() => closeTo('profile-actions-add')}
          onSaved={(id) => {
            announce(t('capacity.profiles.added'));
            closeTo(`profile-${id}-title`);
          }}
        />
      ) : null}
      {open?.kind === 'library' ? (
        <TakeFromLibrary
          caseId={data.caseId}
          onClose={() => closeTo('profile-actions-library')}
          onTaken={(id) => {
            announce(t('capacity.profiles.taken'));
            closeTo(`profile-${id}-title`);
          }}
        />
      ) : null}
      {data.profiles.length === 0 ? <Paragraph className="muted">{t('capacity.profiles.none')}</Paragraph> : null}
      {data.profiles.length > 0 ? (
        <ul className="card-list profile-list">
          {data.profiles.map((profile) => (
            <ProfileCard
              key={profile.id}
              data={data}
              profile={profile}
              catalogue={data.catalogues[profile.catalogueId] ?? catalogue}
              open={open && 'profileId' in open && open.profileId === profile.id ? open.kind : null}
              setOpen={(kind) => {
                setOpen(kind ? { kind, profileId: profile.id } : null);
              }}
              onEdit={(id) => setOpen({ kind: 'edit', profileId: id })}
              announce={announce}
            />
          ))}
        </ul>
      ) : null}
    </TitledSection>
  );
}

function ProfileCard({ data, profile, catalogue, open, setOpen, onEdit, announce }: {
  data: CapacityPageData;
  profile: ProfileView;
  catalogue: Catalogue;
  open: 'edit' | 'copy' | 'toLibrary' | 'remove' | null;
  setOpen: (kind: 'edit' | 'copy' | 'toLibrary' | 'remove' | null) => void;
  onEdit: (id: string) => void;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = `profile-${profile.id}-title`;
  const actionId = (what: string) => `profile-${profile.id}-${what}`;
  const copiedFrom = profile.copiedFrom ? data.profiles.find((p) => p.id === profile.copiedFrom)?.name : undefined;
  const described = Object.keys(profile.demands).length;
  const back = (what: string) => {
    setOpen(null);
    focusWhenPresent(actionId(what));
  };
  // The profile's name completes each button's name (the visible text comes first: label in name).
  const named = (label: string) => ({ 'aria-label': `${label}: ${profile.name}` });

  if (open === 'edit') {
    return (
      <li className="card profile-card">
        <ProfileForm
          caseId={data.caseId}
          catalogueId={profile.catalogueId}
          catalogue={catalogue}
          profile={profile}
          onClose={() => back('edit')}
          onSaved={() => {
            announce(t('capacity.profiles.saved', { name: profile.name }));
            setOpen(null);
            focusWhenPresent(titleId);
          }}
        />
      </li>
    );
  }

  return (
    <li className="card profile-card">
      <h3 className="utrecht-heading-3 card__title" id={titleId} tabIndex={-1}>
        {profile.name}
      </h3>
      <DataList
        items={[
          { key: 'kind', label: t('capacity.profiles.kind'), value: t(`capacity.kind.${profile.kind}`) },
          { key: 'basis', label: t('capacity.profiles.basis'), value: t(`capacity.basis.${profile.basis}`) },
          ...(profile.description ? [{ key: 'description', label: t('capacity.profiles.description'), value: <span className="pre-line">{profile.description}</span> }] : []),
          { key: 'items', label: t('capacity.profiles.items'), value: t('capacity.profiles.itemsValue', { described, items: catalogue.items.length }) },
          ...(copiedFrom ? [{ key: 'copied', label: t('capacity.profiles.copiedFrom'), value: copiedFrom }] : []),
        ]}
      />
      <p className="utrecht-paragraph card__meta profile-card__adjustments-title">
        <strong>{t('capacity.profiles.adjustments')}</strong>
      </p>
      {profile.adjustments.length === 0 ? (
        <Paragraph className="muted">{t('capacity.profiles.noAdjustments')}</Paragraph>
      ) : (
        <ul className="adjustment-list">
          {profile.adjustments.map((a, index) => (
            <li key={index}>
              {t('capacity.profiles.adjustment', { description: a.description, effect: a.effect })}
              {a.items.length > 0 ? <span className="muted"> {t('capacity.profiles.adjustmentItems', { items: a.items.join(', ') })}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {data.open && open === null ? (
        <ButtonGroup label={t('capacity.profiles.actionsFor', { name: profile.name })}>
          <Button id={actionId('edit')} {...named(t('capacity.profiles.edit'))} onClick={() => { setOpen('edit'); focusWhenPresent(`profile-${profile.id}-form-title`); }}>
            {t('capacity.profiles.edit')}
          </Button>
          <Button id={actionId('copy')} {...named(t('capacity.profiles.copy'))} onClick={() => { setOpen('copy'); focusWhenPresent(`${actionId('copy')}-title`); }}>
            {t('capacity.profiles.copy')}
          </Button>
          <Button id={actionId('toLibrary')} {...named(t('capacity.profiles.toLibrary'))} onClick={() => { setOpen('toLibrary'); focusWhenPresent(`${actionId('toLibrary')}-title`); }}>
            {t('capacity.profiles.toLibrary')}
          </Button>
          <Button id={actionId('remove')} variant="danger" {...named(t('capacity.profiles.remove'))} onClick={() => { setOpen('remove'); focusWhenPresent(`${actionId('remove')}-title`); }}>
            {t('capacity.profiles.remove')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open === 'copy' ? (
        <CopyForm
          data={data}
          profile={profile}
          titleId={`${actionId('copy')}-title`}
          onClose={() => back('copy')}
          onCopied={(id) => {
            announce(t('capacity.profiles.copied'));
            onEdit(id);
            focusWhenPresent(`profile-${id}-form-title`);
          }}
        />
      ) : null}
      {open === 'toLibrary' ? (
        <ToLibraryForm
          data={data}
          profile={profile}
          titleId={`${actionId('toLibrary')}-title`}
          onClose={() => back('toLibrary')}
          onSaved={() => {
            announce(t('capacity.profiles.savedToLibrary', { name: profile.name }));
            back('toLibrary');
          }}
        />
      ) : null}
      {open === 'remove' ? (
        <RemoveConfirm
          data={data}
          profile={profile}
          titleId={`${actionId('remove')}-title`}
          onClose={() => back('remove')}
          onRemoved={() => {
            announce(t('capacity.profiles.removed', { name: profile.name }));
            focusWhenPresent(PROFILES_HEADING);
          }}
        />
      ) : null}
    </li>
  );
}

function KindField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      name={id}
      legend={t('capacity.profileForm.kind')}
      options={JOB_PROFILE_KINDS.map((k) => ({ value: k, label: t(`capacity.kind.${k}`) }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** Copy and adjust: a new name and kind; the copy opens in its edit form. */
function CopyForm({ data, profile, titleId, onClose, onCopied }: { data: CapacityPageData; profile: ProfileView; titleId: string; onClose: () => void; onCopied: (id: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(t('capacity.profiles.copyName', { name: profile.name }));
  const [kind, setKind] = useState<string>(profile.kind === 'own_job' ? 'adapted_own_job' : profile.kind);
  const copy = useCapacityAction(data.caseId, (body: { kind: JobProfileKind; name: string }) => capacityApi.copyProfile(data.caseId, profile.id, body), { fallbackField: 'name' });
  const prefix = `profile-${profile.id}-copy`;
  const ids = { name: fieldId(prefix, 'name'), kind: fieldId(prefix, 'kind') };
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return copy.setErrors({ fields: { name: t('capacity.profileForm.nameRequired') } });
    copy.run({ kind: kind as JobProfileKind, name: name.trim() }, (answer) => onCopied(answer.id));
  }
  return (
    <InlineForm titleId={titleId} title={t('capacity.profiles.copyTitle', { name: profile.name })} intro={t('capacity.profiles.copyIntro')} onSubmit={submit} errors={copy.errors} fieldIds={ids}>
      <TextField id={ids.name} label={t('capacity.profileForm.name')} required maxLength={200} value={name} onChange={setName} error={copy.errors.fields.name} />
      <KindField id={ids.kind} value={kind} onChange={setKind} error={copy.errors.fields.kind} />
      <SubmitRow busy={copy.busy} label={t('capacity.profiles.copySubmit')} onClose={onClose} />
    </InlineForm>
  );
}

function ToLibraryForm({ data, profile, titleId, onClose, onSaved }: { data: CapacityPageData; profile: ProfileView; titleId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(profile.name);
  const [description, setDescription] = useState(profile.description ?? '');
  const save = useCapacityAction(data.caseId, (body: { name: string; description: string | null }) => capacityApi.saveToLibrary(data.caseId, profile.id, body), { fallbackField: 'name', library: true });
  const prefix = `profile-${profile.id}-library`;
  const ids = { name: fieldId(prefix, 'name'), description: fieldId(prefix, 'description') };
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return save.setErrors({ fields: { name: t('capacity.profileForm.nameRequired') } });
    save.run({ name: name.trim(), description: description.trim() === '' ? null : description }, onSaved);
  }
  return (
    <InlineForm titleId={titleId} title={t('capacity.profiles.toLibraryTitle', { name: profile.name })} intro={t('capacity.profiles.toLibraryIntro')} onSubmit={submit} errors={save.errors} fieldIds={ids}>
      <TextField id={ids.name} label={t('capacity.profiles.libraryName')} required maxLength={200} value={name} onChange={setName} error={save.errors.fields.name} />
      <TextAreaField id={ids.description} label={t('capacity.profileForm.description')} description={t('capacity.profiles.libraryDescriptionHint')} rows={3} maxLength={NOTE_MAX} value={description} onChange={setDescription} error={save.errors.fields.description} />
      <SubmitRow busy={save.busy} label={t('capacity.profiles.toLibrarySubmit')} onClose={onClose} />
    </InlineForm>
  );
}

function RemoveConfirm({ data, profile, titleId, onClose, onRemoved }: { data: CapacityPageData; profile: ProfileView; titleId: string; onClose: () => void; onRemoved: () => void }) {
  const { t } = useTranslation();
  const remove = useCapacityAction(data.caseId, () => capacityApi.removeProfile(data.caseId, profile.id));
  return (
    <InlineForm
      titleId={titleId}
      title={t('capacity.profiles.removeTitle', { name: profile.name })}
      intro={t('capacity.profiles.removeIntro')}
      onSubmit={(event) => {
        event.preventDefault();
        remove.run(undefined, onRemoved);
      }}
      errors={remove.errors}
    >
      <ButtonGroup>
        <Button type="submit" variant="danger" busy={remove.busy} aria-label={`${t('capacity.profiles.removeConfirm')}: ${profile.name}`}>
          {t('capacity.profiles.removeConfirm')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </InlineForm>
  );
}

/** Take a profile from the organisation's library onto this case, with its kind and name here. */
function TakeFromLibrary({ caseId, onClose, onTaken }: { caseId: string; onClose: () => void; onTaken: (id: string) => void }) {
  const { t } = useTranslation();
  const library = useLibrary();
  const [libraryId, setLibraryId] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('work_elsewhere');
  const take = useCapacityAction(caseId, (body: { libraryId: string; kind: JobProfileKind; name: string }) => capacityApi.takeFromLibrary(caseId, body), { fallbackField: 'libraryId' });
  const ids = { libraryId: fieldId('library-take', 'libraryId'), kind: fieldId('library-take', 'kind'), name: fieldId('library-take', 'name') };
  const items = library.data?.items ?? [];
  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!libraryId) problems.libraryId = t('capacity.library.choose');
    if (!name.trim()) problems.name = t('capacity.profileForm.nameRequired');
    if (Object.keys(problems).length > 0) return take.setErrors({ fields: problems });
    take.run({ libraryId, kind: kind as JobProfileKind, name: name.trim() }, (answer) => onTaken(answer.id));
  }
  return (
    <InlineForm titleId="library-take-title" title={t('capacity.library.title')} intro={t('capacity.library.intro')} onSubmit={submit} errors={take.errors} fieldIds={ids}>
      {library.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {library.isError ? <Paragraph>{library.error.message}</Paragraph> : null}
      {library.data && items.length === 0 ? <Paragraph className="muted">{t('capacity.library.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <>
          <SelectField
            id={ids.libraryId}
            label={t('capacity.library.profile')}
            required
            placeholder={t('capacity.library.placeholder')}
            value={libraryId}
            options={items.map((p) => ({ value: p.id, label: t('capacity.library.option', { name: p.name, kind: t(`capacity.kind.${p.kind}`), items: p.items, by: p.createdBy }) }))}
            onChange={(value) => {
              setLibraryId(value);
              const chosen = items.find((p) => p.id === value);
              if (chosen && !name.trim()) setName(chosen.name);
            }}
            error={take.errors.fields.libraryId}
          />
          <KindField id={ids.kind} value={kind} onChange={setKind} error={take.errors.fields.kind} />
          <TextField id={ids.name} label={t('capacity.profileForm.name')} required maxLength={200} value={name} onChange={setName} error={take.errors.fields.name} />
        </>
      ) : null}
      <SubmitRow busy={take.busy} label={t('capacity.library.submit')} onClose={onClose} disabled={items.length === 0} />
    </InlineForm>
  );
}
