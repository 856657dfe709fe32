// User administration (beheerder): list, add, change roles, (de)activate, reset 2FA, unlock.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { ROLES, type AdminUser, type NewUser, type Role } from '../../web/api-types';
import {
  Alert,
  Badge,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FormError,
  Heading,
  PageHeading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextField,
} from '../../web/components';
import { errorsFromApi, NO_ERRORS, type FormErrors } from '../../web/forms';
import { formatDateTime } from '../../web/format';

const USERS_KEY = ['admin', 'users'] as const;

function isLocked(user: AdminUser): boolean {
  return Boolean(user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now());
}

/** Runs one admin action, then re-reads the list; errors and a status text for the page. */
function useUserAction<TArgs>(action: (args: TArgs) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const mutation = useMutation({
    mutationFn: action,
    onMutate: () => setErrors(NO_ERRORS),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
    onError: (error) => setErrors(errorsFromApi(error)),
  });
  return {
    run: (args: TArgs, onDone?: () => void) => mutation.mutate(args, { onSuccess: () => onDone?.() }),
    busy: mutation.isPending,
    errors,
    setErrors,
  };
}

export function UsersPage() {
  const { t } = useTranslation();
  const users = useQuery({ queryKey: USERS_KEY, queryFn: api.listUsers });
  const [status, setStatus] = useState('');
  const [editingRoles, setEditingRoles] = useState<AdminUser | null>(null);
  const action = useUserAction(({ kind, user }: { kind: 'activate' | 'deactivate' | 'resetTotp' | 'unlock'; user: AdminUser }) => {
    switch (kind) {
      case 'activate':
        return api.updateUser(user.id, { active: true });
      case 'deactivate':
        return api.updateUser(user.id, { active: false });
      case 'resetTotp':
        return api.resetTotp(user.id);
      case 'unlock':
        return api.unlockUser(user.id);
    }
  });

  function perform(kind: 'activate' | 'deactivate' | 'resetTotp' | 'unlock', user: AdminUser) {
    setStatus('');
    if (kind === 'deactivate' && !window.confirm(t('admin.users.confirmDeactivate', { name: user.displayName }))) return;
    if (kind === 'resetTotp' && !window.confirm(t('admin.users.confirmResetTotp', { name: user.displayName }))) return;
    action.run({ kind, user }, () => setStatus(t(`admin.users.done.${kind}`, { name: user.displayName })));
  }

  const sorted = [...(users.data ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return (
    <div className="page">
      <PageHeading>{t('admin.users.title')}</PageHeading>
      <Paragraph>{t('admin.users.intro')}</Paragraph>
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
      <FormError errors={action.errors} />
      {users.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {users.isError ? <Alert type="error">{users.error.message}</Alert> : null}
      {users.data ? (
        <Table caption={t('admin.users.caption')} hideCaption>
          <TableHead>
            <TableHeaderCell>{t('admin.users.name')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.users.roles')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.users.active')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.users.totp')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.users.locked')}</TableHeaderCell>
            <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
          </TableHead>
          <TableBody>
            {sorted.map((user) => (
              <TableRow key={user.id}>
                <TableCell>
                  {user.displayName}
                  <span className="cell-hint">{user.email}</span>
                </TableCell>
                <TableCell>{user.roles.map((role) => t(`enums.role.${role}`)).join(', ')}</TableCell>
                <TableCell>
                  <Badge tone={user.active ? 'success' : 'inactive'}>{user.active ? t('admin.users.isActive') : t('admin.users.isInactive')}</Badge>
                </TableCell>
                <TableCell>{user.totpEnrolled ? t('admin.users.totpYes') : t('admin.users.totpNo')}</TableCell>
                <TableCell>
                  {isLocked(user) ? (
                    <Badge tone="danger">{t('admin.users.lockedUntil', { date: formatDateTime(user.lockedUntil) })}</Badge>
                  ) : (
                    t('common.no')
                  )}
                </TableCell>
                <TableCell>
                  <UserActions user={user} busy={action.busy} onAction={perform} onEditRoles={() => setEditingRoles(user)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {editingRoles ? (
        <RolesForm
          key={editingRoles.id}
          user={editingRoles}
          onClose={(message) => {
            setEditingRoles(null);
            if (message) setStatus(message);
            requestAnimationFrame(() => document.getElementById('page-heading')?.focus());
          }}
        />
      ) : null}
      <NewUserForm onCreated={(name) => setStatus(t('admin.users.done.created', { name }))} />
    </div>
  );
}

function UserActions({
  user,
  busy,
  onAction,
  onEditRoles,
}: {
  user: AdminUser;
  busy: boolean;
  onAction: (kind: 'activate' | 'deactivate' | 'resetTotp' | 'unlock', user: AdminUser) => void;
  onEditRoles: () => void;
}) {
  const { t } = useTranslation();
  const who = <span className="visually-hidden">: {user.displayName}</span>;
  return (
    <ButtonGroup>
      <Button variant="subtle" onClick={onEditRoles}>
        {t('admin.users.changeRoles')}
        {who}
      </Button>
      {user.active ? (
        <Button variant="subtle" busy={busy} onClick={() => onAction('deactivate', user)}>
          {t('admin.users.deactivate')}
          {who}
        </Button>
      ) : (
        <Button variant="subtle" busy={busy} onClick={() => onAction('activate', user)}>
          {t('admin.users.activate')}
          {who}
        </Button>
      )}
      {user.totpEnrolled ? (
        <Button variant="subtle" busy={busy} onClick={() => onAction('resetTotp', user)}>
          {t('admin.users.resetTotp')}
          {who}
        </Button>
      ) : null}
      {isLocked(user) ? (
        <Button variant="subtle" busy={busy} onClick={() => onAction('unlock', user)}>
          {t('admin.users.unlock')}
          {who}
        </Button>
      ) : null}
    </ButtonGroup>
  );
}

function RoleCheckboxes({
  prefix,
  roles,
  onChange,
  autoFocus,
}: {
  prefix: string;
  roles: Role[];
  onChange: (roles: Role[]) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {ROLES.map((role, index) => (
        <Checkbox
          key={role}
          autoFocus={autoFocus && index === 0}
          id={`${prefix}-${role}`}
          label={t(`enums.role.${role}`)}
          description={t(`admin.roleHints.${role}`)}
          checked={roles.includes(role)}
          onChange={(checked) => onChange(checked ? [...roles, role] : roles.filter((r) => r !== role))}
        />
      ))}
    </>
  );
}

function RolesForm({ user, onClose }: { user: AdminUser; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const save = useUserAction((next: Role[]) => api.updateUser(user.id, { roles: next }));
  const prefix = `roles-${user.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (roles.length === 0) return save.setErrors({ fields: { roles: t('admin.users.rolesRequired') } });
    save.run(roles, () => onClose(t('admin.users.done.roles', { name: user.displayName })));
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby={`${prefix}-title`}>
      <Heading level={2} id={`${prefix}-title`}>
        {t('admin.users.rolesTitle', { name: user.displayName })}
      </Heading>
      <FormError errors={save.errors} fieldIds={{ roles: prefix }} />
      <Fieldset legend={t('admin.users.roles')} id={prefix} error={save.errors.fields.roles}>
        <RoleCheckboxes prefix={prefix} roles={roles} onChange={setRoles} autoFocus />
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('common.save')}
        </Button>
        <Button variant="subtle" onClick={() => onClose()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

const EMPTY_USER = { email: '', displayName: '', initialPassword: '' };

function NewUserForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY_USER);
  const [roles, setRoles] = useState<Role[]>(['labour_expert']);
  const create = useUserAction((input: NewUser) => api.createUser(input));
  const ids = { email: 'new-user-email', displayName: 'new-user-name', roles: 'new-user-roles', initialPassword: 'new-user-password' };
  const set = (key: keyof typeof EMPTY_USER) => (value: string) => setForm({ ...form, [key]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!form.email.trim()) fields.email = t('admin.users.emailRequired');
    if (!form.displayName.trim()) fields.displayName = t('admin.users.nameRequired');
    if (roles.length === 0) fields.roles = t('admin.users.rolesRequired');
    if (form.initialPassword.length < 12) fields.initialPassword = t('admin.users.passwordTooShort');
    if (Object.keys(fields).length) return create.setErrors({ fields });
    const name = form.displayName.trim();
    create.run({ email: form.email.trim(), displayName: name, roles, initialPassword: form.initialPassword }, () => {
      setForm(EMPTY_USER);
      setRoles(['labour_expert']);
      onCreated(name);
    });
  }

  return (
    <form noValidate onSubmit={submit} className="form section-form" aria-labelledby="new-user-title">
      <Heading level={2} id="new-user-title">
        {t('admin.users.addTitle')}
      </Heading>
      <FormError errors={create.errors} fieldIds={ids} />
      <TextField id={ids.email} type="email" label={t('admin.users.email')} autoComplete="off" required value={form.email} onChange={set('email')} error={create.errors.fields.email} />
      <TextField id={ids.displayName} label={t('admin.users.name')} autoComplete="off" required value={form.displayName} onChange={set('displayName')} error={create.errors.fields.displayName} />
      <Fieldset legend={t('admin.users.roles')} id={ids.roles} error={create.errors.fields.roles}>
        <RoleCheckboxes prefix="new-user-role" roles={roles} onChange={setRoles} />
      </Fieldset>
      <TextField
        id={ids.initialPassword}
        type="password"
        label={t('admin.users.initialPassword')}
        description={t('admin.users.initialPasswordHint')}
        autoComplete="new-password"
        required
        value={form.initialPassword}
        onChange={set('initialPassword')}
        error={create.errors.fields.initialPassword}
      />
      <Button type="submit" variant="primary" busy={create.busy}>
        {t('admin.users.addSubmit')}
      </Button>
    </form>
  );
}
