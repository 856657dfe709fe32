// Sign-in: password, then the authenticator code (or a recovery code), or first-time enrolment.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { api, getSession } from '../api';
import { Alert, Button, ButtonGroup, Checkbox, FormError, LinkButton, PageHeading, Paragraph, TextField } from '../components';
import { errorsFromApi, NO_ERRORS, type FormErrors } from '../forms';
import { refreshSession, useSession } from '../session';
import { Loading } from './LoadingPage';

interface LocationState {
  from?: string;
  signedOut?: boolean;
}

type LocalStep = { kind: 'recovery' } | { kind: 'codes'; codes: string[] } | { kind: 'recovered'; remaining: number } | null;

/** Moves focus to the h1 when the step changes within the page. */
function useFocusHeadingOnStep(step: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('page-heading')?.focus();
  }, [step]);
}

export function SignInPage() {
  const { data: session, isPending } = useSession();
  const location = useLocation();
  const state = (location.state ?? {}) as LocationState;
  const [local, setLocal] = useState<LocalStep>(null);

  const stage = session?.stage ?? 'anonymous';
  const step =
    local?.kind === 'codes' || local?.kind === 'recovered'
      ? local.kind
      : stage === 'totp'
        ? local?.kind === 'recovery'
          ? 'recovery'
          : 'totp'
        : stage;
  useFocusHeadingOnStep(step);

  if (isPending) return <Loading />;
  if (step === 'active') {
    const target = state.from && state.from.startsWith('/') && !state.from.startsWith('/aanmelden') ? state.from : '/';
    return <Navigate to={target} replace />;
  }

  return (
    <div className="page page--narrow">
      {step === 'anonymous' ? <PasswordStep signedOut={Boolean(state.signedOut)} /> : null}
      {step === 'totp' ? <TotpStep onUseRecovery={() => setLocal({ kind: 'recovery' })} /> : null}
      {step === 'recovery' ? (
        <RecoveryStep onUseTotp={() => setLocal(null)} onDone={(remaining) => setLocal({ kind: 'recovered', remaining })} />
      ) : null}
      {step === 'enrol_totp' ? <EnrolStep onDone={(codes) => setLocal({ kind: 'codes', codes })} /> : null}
      {local?.kind === 'codes' ? <RecoveryCodesStep codes={local.codes} onContinue={() => setLocal(null)} /> : null}
      {local?.kind === 'recovered' ? <RecoveredStep remaining={local.remaining} onContinue={() => setLocal(null)} /> : null}
    </div>
  );
}

function PasswordStep({ signedOut }: { signedOut: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!email.trim()) fields.email = t('auth.signIn.emailRequired');
    if (!password) fields.password = t('auth.signIn.passwordRequired');
    if (Object.keys(fields).length) return setErrors({ fields });
    setBusy(true);
    try {
      await api.login(email.trim(), password);
      await refreshSession(queryClient);
    } catch (error) {
      // Wrong credentials name no field on purpose (which one was wrong is not told): a form-level message.
      setErrors(errorsFromApi(error));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>{t('auth.signIn.title')}</PageHeading>
      {signedOut ? <Alert type="ok">{t('auth.signedOut')}</Alert> : null}
      <Paragraph>{t('auth.signIn.intro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <FormError errors={errors} fieldIds={{ email: 'signin-email', password: 'signin-password' }} />
        <TextField
          id="signin-email"
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
        />
        <TextField
          id="signin-password"
          label={t('auth.signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
        />
        <Button type="submit" variant="primary" busy={busy}>
          {t('auth.signIn.submit')}
        </Button>
      </form>
    </>
  );
}

function RestartLink() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  async function restart() {
    await api.logout().catch(() => undefined);
    await refreshSession(queryClient).catch(() => undefined);
  }
  return (
    <Paragraph className="sign-in__restart">
      <LinkButton onClick={() => void restart()}>{t('auth.restart')}</LinkButton>
    </Paragraph>
  );
}

/** A 6-digit code field with the right keyboard and autofill hints. */
function CodeField({ id, label, value, onChange, error, description }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
}) {
  return (
    <TextField
      id={id}
      label={label}
      description={description}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={6}
      required
      inputClassName="code-input"
      value={value}
      onChange={(next) => onChange(next.replace(/\s/g, ''))}
      error={error}
    />
  );
}

function TotpStep({ onUseRecovery }: { onUseRecovery: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) return setErrors({ fields: { code: t('auth.totp.codeInvalid') } });
    setBusy(true);
    try {
      await api.verifyTotp(code);
      await refreshSession(queryClient);
    } catch (error) {
      setErrors(errorsFromApi(error, 'code'));
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>{t('auth.totp.title')}</PageHeading>
      <Paragraph>{t('auth.totp.intro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <FormError errors={errors} fieldIds={{ code: 'signin-code' }} />
        <CodeField
          id="signin-code"
          label={t('auth.totp.code')}
          description={t('auth.totp.codeHint')}
          value={code}
          onChange={setCode}
          error={errors.fields.code}
        />
        <Button type="submit" variant="primary" busy={busy}>
          {t('auth.totp.submit')}
        </Button>
      </form>
      <Paragraph className="sign-in__alternative">
        <LinkButton onClick={onUseRecovery}>{t('auth.totp.useRecovery')}</LinkButton>
      </Paragraph>
      <RestartLink />
    </>
  );
}

function RecoveryStep({ onUseTotp, onDone }: { onUseTotp: () => void; onDone: (remaining: number) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) return setErrors({ fields: { code: t('auth.recovery.codeRequired') } });
    setBusy(true);
    try {
      const answer = await api.useRecoveryCode(code.trim());
      await getSession(); // new CSRF token; the cache follows when the user continues
      onDone(answer.remainingRecoveryCodes);
    } catch (error) {
      setErrors(errorsFromApi(error, 'code'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>{t('auth.recovery.title')}</PageHeading>
      <Paragraph>{t('auth.recovery.intro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <FormError errors={errors} fieldIds={{ code: 'signin-recovery' }} />
        <TextField
          id="signin-recovery"
          label={t('auth.recovery.code')}
          autoComplete="off"
          spellCheck={false}
          required
          inputClassName="code-input"
          value={code}
          onChange={setCode}
          error={errors.fields.code}
        />
        <Button type="submit" variant="primary" busy={busy}>
          {t('auth.recovery.submit')}
        </Button>
      </form>
      <Paragraph className="sign-in__alternative">
        <LinkButton onClick={onUseTotp}>{t('auth.recovery.useTotp')}</LinkButton>
      </Paragraph>
      <RestartLink />
    </>
  );
}

function RecoveredStep({ remaining, onContinue }: { remaining: number; onContinue: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <>
      <PageHeading>{t('auth.recovery.doneTitle')}</PageHeading>
      <Alert type={remaining <= 3 ? 'warning' : 'info'}>
        <p className="utrecht-paragraph">{t('auth.recovery.remaining', { count: remaining })}</p>
        <p className="utrecht-paragraph">{t('auth.recovery.advice')}</p>
      </Alert>
      <Button
        variant="primary"
        onClick={() => {
          void refreshSession(queryClient).then(onContinue);
        }}
      >
        {t('auth.codes.continue')}
      </Button>
    </>
  );
}

/** The secret in groups of four characters, easier to type over. */
function groupSecret(secret: string): string {
  return secret.replace(/\s/g, '').replace(/(.{4})/g, '$1 ').trim();
}

function EnrolStep({ onDone }: { onDone: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const enrolment = useQuery({ queryKey: ['enrolment'], queryFn: api.getEnrolment, staleTime: Infinity, gcTime: 0 });
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) return setErrors({ fields: { code: t('auth.totp.codeInvalid') } });
    setBusy(true);
    try {
      const answer = await api.completeEnrolment(code);
      await getSession(); // new CSRF token; the cache follows after the codes are stored
      onDone(answer.recoveryCodes);
    } catch (error) {
      setErrors(errorsFromApi(error, 'code'));
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>{t('auth.enrol.title')}</PageHeading>
      <Paragraph>{t('auth.enrol.intro')}</Paragraph>
      <ol className="utrecht-ordered-list steps" aria-label={t('auth.enrol.stepsLabel')}>
        <li className="utrecht-ordered-list__item">{t('auth.enrol.step1')}</li>
        <li className="utrecht-ordered-list__item">{t('auth.enrol.step2')}</li>
        <li className="utrecht-ordered-list__item">{t('auth.enrol.step3')}</li>
        <li className="utrecht-ordered-list__item">{t('auth.enrol.step4')}</li>
      </ol>
      {enrolment.isPending ? <Paragraph>{t('auth.enrol.loading')}</Paragraph> : null}
      {enrolment.isError ? <Alert type="error">{enrolment.error.message}</Alert> : null}
      {enrolment.data ? (
        <div className="enrolment">
          <img className="enrolment__qr" src={enrolment.data.qrCodeDataUrl} alt={t('auth.enrol.qrAlt')} width={200} height={200} />
          <dl className="enrolment__secret-list">
            <dt className="enrolment__secret-label">{t('auth.enrol.secret')}</dt>
            <dd>
              <code className="enrolment__secret">{groupSecret(enrolment.data.secret)}</code>
            </dd>
          </dl>
        </div>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <FormError errors={errors} fieldIds={{ code: 'enrol-code' }} />
        <CodeField id="enrol-code" label={t('auth.enrol.code')} value={code} onChange={setCode} error={errors.fields.code} />
        <Button type="submit" variant="primary" busy={busy}>
          {t('auth.enrol.submit')}
        </Button>
      </form>
      <RestartLink />
    </>
  );
}

function RecoveryCodesStep({ codes, onContinue }: { codes: string[]; onContinue: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stored, setStored] = useState(false);
  const [copied, setCopied] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  async function finish(event: FormEvent) {
    event.preventDefault();
    if (!stored) return setErrors({ fields: { stored: t('auth.codes.confirmRequired') } });
    await refreshSession(queryClient);
    onContinue();
  }

  return (
    <>
      <PageHeading>{t('auth.codes.title')}</PageHeading>
      <Paragraph>{t('auth.codes.intro')}</Paragraph>
      <Alert type="warning">{t('auth.codes.warning')}</Alert>
      <ol className="recovery-codes" aria-label={t('auth.codes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <ButtonGroup>
        <Button onClick={() => void copy()}>{t('auth.codes.copy')}</Button>
        <Button onClick={() => window.print()}>{t('auth.codes.print')}</Button>
      </ButtonGroup>
      <p className="utrecht-paragraph" role="status">
        {copied ? t('auth.codes.copied') : ''}
      </p>
      <form noValidate onSubmit={(event) => void finish(event)} className="form">
        <FormError errors={errors} fieldIds={{ stored: 'codes-stored' }} />
        <Checkbox
          id="codes-stored"
          label={t('auth.codes.confirm')}
          checked={stored}
          onChange={setStored}
          error={errors.fields.stored}
        />
        <Button type="submit" variant="primary">
          {t('auth.codes.continue')}
        </Button>
      </form>
    </>
  );
}
