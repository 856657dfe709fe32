// Contact-form administration (beheerder, /beheer/contactvorm): the advice rules as versioned data
// (seed 000 §2, foreword: advice, never policy), appointment guards (P10, P12, P13), the approved-
// channel register (P3, P5, P14–P16), versioned privacy notices (P1, P2, P17) and the mail outbox.
// One page, five parts reached through a sub-navigation of links (?deel=…), so every part has its
// own address and the browser's back button works.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { CONTACT_FORMS, type ContactForm } from '../../../cases/domain';
import { PRECONDITIONS, STRENGTH_ORDER, validateRuleSet, type Precondition, type Rule, type RuleEffect, type Strength } from '../../domain';
import { CHANNEL_FORMS, channelApprovalProblems, DPIA_STATUSES, RECORDING_POLICIES } from '../../planning';
import {
  Alert,
  Badge,
  Button,
  ButtonGroup,
  Checkbox,
  DataList,
  Fieldset,
  FormError,
  Heading,
  PageHeading,
  Pagination,
  Paragraph,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  TextAreaField,
  TextField,
} from '../../../web/components';
import { errorsFromApi, NO_ERRORS, type FormErrors } from '../../../web/forms';
import { formatDate, formatDateTime } from '../../../web/format';
import { currentLanguage } from '../../../web/i18n';
import {
  CONTACT_ADMIN_KEY,
  contactAdminApi,
  contactAdminKeys,
  SHIPPED_RULE_SET_ID,
  type Channel,
  type ChannelInput,
  type ContactSettings,
  type OutboxMessage,
  type PrivacyNotice,
  type RuleSetDetail,
  type RuleSetSummary,
} from './api';
import { describeCondition, describeEffect } from './describeCondition';

// ---- shared helpers -----------------------------------------------------------------------------

const SECTIONS = [
  { key: 'rules', slug: 'adviesregels' },
  { key: 'settings', slug: 'afspraakregels' },
  { key: 'channels', slug: 'kanalen' },
  { key: 'privacy', slug: 'privacyverklaring' },
  { key: 'outbox', slug: 'berichten' },
] as const;
type SectionKey = (typeof SECTIONS)[number]['key'];

const SECTION_HEADING_ID = 'contact-admin-section';
const OUTBOX_PAGE_SIZE = 20;

/** Today in Amsterdam as YYYY-MM-DD (the organisation's calendar). */
function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Moves focus (and the view) to an element once React has rendered it. */
function focusLater(id: string): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    element?.scrollIntoView({ block: 'start' });
    element?.focus();
  });
}

/**
 * A mutation with form errors: cleared on start, filled from the server's answer on failure. The
 * `onDone` callback runs before the lists are re-read, from the mutation itself, so it also runs
 * when the re-read replaces the form that started it (a new version, a new privacy notice).
 */
function useFormMutation<TArgs, TResult>(action: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const done = useRef<((result: TResult) => void) | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: action,
    onMutate: () => setErrors(NO_ERRORS),
    onSuccess: (result) => {
      done.current?.(result);
      void queryClient.invalidateQueries({ queryKey: CONTACT_ADMIN_KEY });
    },
    onError: (error) => setErrors(errorsFromApi(error)),
  });
  return {
    run: (args: TArgs, onDone?: (result: TResult) => void) => {
      done.current = onDone;
      mutation.mutate(args);
    },
    busy: mutation.isPending,
    errors,
    setErrors,
  };
}

function Status({ message }: { message: string }) {
  return (
    <p className="utrecht-paragraph status-line" role="status">
      {message}
    </p>
  );
}

function QueryState({ pending, error }: { pending: boolean; error: Error | null }) {
  const { t } = useTranslation();
  if (error) return <Alert type="error">{error.message}</Alert>;
  if (pending) return <Paragraph>{t('app.loading')}</Paragraph>;
  return null;
}

// ---- the page -----------------------------------------------------------------------------------

/** Changes to the rules not yet saved as a version; kept while the administrator visits other parts. */
interface RuleDraft {
  baseId: string;
  baseVersion: string;
  rules: Rule[];
  changes: Array<{ kind: 'changed' | 'added' | 'removed'; id: string }>;
}

export function ContactAdminPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const active = SECTIONS.find((section) => section.slug === params.get('deel')) ?? SECTIONS[0];
  const [draft, setDraft] = useState<RuleDraft | null>(null);

  // A new part is a new view: move focus to its heading (not on the first render: the page h1 has it).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => document.getElementById(SECTION_HEADING_ID)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [active.key]);

  return (
    <div className="page contact-admin">
      <PageHeading>{t('contactAdmin.page.title')}</PageHeading>
      <Paragraph>{t('contactAdmin.page.intro')}</Paragraph>
      <nav className="section-nav sub-nav" aria-label={t('contactAdmin.page.sectionsNav')}>
        <ul className="section-nav__list sub-nav__list">
          {SECTIONS.map((section) => {
            const current = section.key === active.key;
            return (
              <li key={section.key} className={`sub-nav__item${current ? ' sub-nav__item--current' : ''}`}>
                <Link
                  className={`utrecht-link utrecht-link--html-a sub-nav__link${current ? ' sub-nav__link--current' : ''}`}
                  to={{ pathname, search: `?deel=${section.slug}` }}
                  aria-current={current ? 'page' : undefined}
                >
                  {t(`contactAdmin.page.sections.${section.key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <section className="contact-admin__section" aria-labelledby={SECTION_HEADING_ID}>
        <h2 className="utrecht-heading-2" id={SECTION_HEADING_ID} tabIndex={-1}>
          {t(`contactAdmin.page.sections.${active.key}`)}
        </h2>
        <SectionContent section={active.key} draft={draft} setDraft={setDraft} />
      </section>
    </div>
  );
}

function SectionContent({ section, draft, setDraft }: { section: SectionKey; draft: RuleDraft | null; setDraft: (draft: RuleDraft | null) => void }) {
  switch (section) {
    case 'rules':
      return <RulesSection draft={draft} setDraft={setDraft} />;
    case 'settings':
      return <SettingsSection />;
    case 'channels':
      return <ChannelsSection />;
    case 'privacy':
      return <PrivacySection />;
    case 'outbox':
      return <OutboxSection />;
  }
}

// ---- a. advice rules ----------------------------------------------------------------------------

function RulesSection({ draft, setDraft }: { draft: RuleDraft | null; setDraft: (draft: RuleDraft | null) => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<{ rule: Rule | null } | null>(null);
  const history = useQuery({ queryKey: contactAdminKeys.ruleSets, queryFn: contactAdminApi.ruleSetHistory });
  const items = history.data?.items ?? [];
  const currentSummary = items.find((item) => item.current) ?? items[0];
  const viewingId = params.get('versie');
  const viewingSummary = viewingId && viewingId !== currentSummary?.id ? items.find((item) => item.id === viewingId) : undefined;
  const current = useQuery({
    queryKey: contactAdminKeys.ruleSet(currentSummary?.id ?? ''),
    queryFn: () => contactAdminApi.ruleSet(currentSummary?.id ?? ''),
    enabled: Boolean(currentSummary),
  });

  // A draft made on an older version than the one now in force is dropped, not silently merged.
  const base = current.data;
  const activeDraft = draft && base && draft.baseId === base.id ? draft : null;
  const rules = activeDraft?.rules ?? base?.rules ?? [];

  function applyRule(original: Rule | null, rule: Rule) {
    if (!base) return;
    const start: RuleDraft = activeDraft ?? { baseId: base.id, baseVersion: base.version, rules: base.rules, changes: [] };
    const nextRules = original ? start.rules.map((r) => (r.id === original.id ? rule : r)) : [...start.rules, rule];
    const kind = original ? 'changed' : 'added';
    const changes = start.changes.some((c) => c.id === rule.id) ? start.changes : [...start.changes, { kind, id: rule.id } as const];
    setDraft({ ...start, rules: nextRules, changes });
    setEditing(null);
    setStatus(t('contactAdmin.rules.draft.applied', { id: rule.id }));
    focusLater('rules-draft-title');
  }

  function removeRule(rule: Rule) {
    if (!base) return;
    if (!window.confirm(t('contactAdmin.rules.confirmRemove', { id: rule.id }))) return;
    const start: RuleDraft = activeDraft ?? { baseId: base.id, baseVersion: base.version, rules: base.rules, changes: [] };
    const wasAdded = start.changes.some((c) => c.id === rule.id && c.kind === 'added');
    const changes = start.changes.filter((c) => c.id !== rule.id);
    setDraft({
      ...start,
      rules: start.rules.filter((r) => r.id !== rule.id),
      changes: wasAdded ? changes : [...changes, { kind: 'removed', id: rule.id }],
    });
    if (editing?.rule?.id === rule.id) setEditing(null);
    setStatus(t('contactAdmin.rules.draft.removedStatus', { id: rule.id }));
    focusLater('rules-draft-title');
  }

  function discardDraft() {
    if (!window.confirm(t('contactAdmin.rules.draft.confirmDiscard'))) return;
    setDraft(null);
    setEditing(null);
    setStatus(t('contactAdmin.rules.draft.discarded'));
    focusLater(SECTION_HEADING_ID);
  }

  return (
    <>
      <Paragraph>{t('contactAdmin.rules.intro')}</Paragraph>
      <Status message={status} />
      <QueryState pending={history.isPending || (Boolean(currentSummary) && current.isPending)} error={history.error ?? current.error} />
      {viewingSummary ? (
        <OlderVersion summary={viewingSummary} backTo={{ pathname, search: '?deel=adviesregels' }} />
      ) : base ? (
        <>
          <div className="rules-current">
            <h3 className="utrecht-heading-3" id="rules-current-title" tabIndex={-1}>
              {t('contactAdmin.rules.currentTitle')}
            </h3>
            <RuleSetFacts set={base} />
          </div>
          {activeDraft ? (
            <div className="draft-panel">
              <h3 className="utrecht-heading-3" id="rules-draft-title" tabIndex={-1}>
                {t('contactAdmin.rules.draft.title')}
              </h3>
              <Paragraph>{t('contactAdmin.rules.draft.intro')}</Paragraph>
              <ul className="draft-panel__changes">
                {activeDraft.changes.map((change) => (
                  <li key={`${change.kind}-${change.id}`}>{t(`contactAdmin.rules.draft.${change.kind}`, { id: change.id })}</li>
                ))}
              </ul>
              <SaveVersionForm
                draft={activeDraft}
                onSaved={(version) => {
                  setDraft(null);
                  setStatus(t('contactAdmin.rules.save.saved', { version }));
                  focusLater(SECTION_HEADING_ID);
                }}
              />
              <Button variant="subtle" onClick={discardDraft}>
                {t('contactAdmin.rules.draft.discard')}
              </Button>
            </div>
          ) : null}
          <RulesTable
            caption={
              activeDraft
                ? t('contactAdmin.rules.draftTableCaption', { version: activeDraft.baseVersion })
                : t('contactAdmin.rules.tableCaption', { version: base.version })
            }
            rules={rules}
            onEdit={(rule) => {
              setEditing({ rule });
              focusLater('rule-form-title');
            }}
            onRemove={removeRule}
          />
          {editing ? (
            <RuleForm
              key={editing.rule?.id ?? 'new'}
              rule={editing.rule}
              existingIds={rules.map((r) => r.id)}
              onApply={(rule) => applyRule(editing.rule, rule)}
              onCancel={() => {
                setEditing(null);
                focusLater(SECTION_HEADING_ID);
              }}
            />
          ) : (
            <Button
              onClick={() => {
                setEditing({ rule: null });
                focusLater('rule-form-title');
              }}
            >
              {t('contactAdmin.rules.add')}
            </Button>
          )}
        </>
      ) : null}
      {items.length ? <RuleSetHistoryTable items={items} viewingId={viewingSummary?.id ?? currentSummary?.id ?? ''} /> : null}
      {!viewingSummary && base ? (
        <ResetToShipped
          hasDraft={Boolean(activeDraft)}
          onDone={(version) => {
            setDraft(null);
            setEditing(null);
            setStatus(t('contactAdmin.rules.reset.done', { version }));
            focusLater(SECTION_HEADING_ID);
          }}
        />
      ) : null}
    </>
  );
}

function RuleSetFacts({ set }: { set: RuleSetSummary }) {
  const { t } = useTranslation();
  return (
    <DataList
      items={[
        {
          key: 'version',
          label: t('contactAdmin.rules.version'),
          value: (
            <>
              {set.version}{' '}
              {set.current ? <Badge tone="active">{t('contactAdmin.rules.inUse')}</Badge> : null}{' '}
              {set.shipped ? <Badge tone="info">{t('contactAdmin.rules.shipped')}</Badge> : null}
            </>
          ),
        },
        { key: 'effectiveFrom', label: t('contactAdmin.rules.effectiveFrom'), value: formatDate(set.effectiveFrom) },
        {
          key: 'recorded',
          label: t('contactAdmin.rules.recordedBy'),
          value: set.shipped || !set.createdBy ? t('contactAdmin.rules.shipped') : set.createdBy,
        },
        ...(set.createdAt ? [{ key: 'at', label: t('contactAdmin.rules.recordedAt'), value: formatDateTime(set.createdAt) }] : []),
        { key: 'note', label: t('contactAdmin.rules.changeNote'), value: set.changeNote || t('common.none') },
        { key: 'count', label: t('contactAdmin.rules.ruleCount'), value: String(set.ruleCount) },
      ]}
    />
  );
}

function RulesTable({
  caption,
  rules,
  onEdit,
  onRemove,
}: {
  caption: string;
  rules: Rule[];
  onEdit?: (rule: Rule) => void;
  onRemove?: (rule: Rule) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const editable = Boolean(onEdit && onRemove);
  return (
    <Table caption={caption}>
      <TableHead>
        <TableHeaderCell>{t('contactAdmin.rules.id')}</TableHeaderCell>
        <TableHeaderCell>{t('contactAdmin.rules.condition')}</TableHeaderCell>
        <TableHeaderCell>{t('contactAdmin.rules.effects')}</TableHeaderCell>
        <TableHeaderCell>{t('contactAdmin.rules.source')}</TableHeaderCell>
        <TableHeaderCell>{t('contactAdmin.rules.ruleEffectiveFrom')}</TableHeaderCell>
        {editable ? <TableHeaderCell>{t('common.actions')}</TableHeaderCell> : null}
      </TableHead>
      <TableBody>
        {rules.map((rule) => (
          <TableRow key={rule.id}>
            <TableCell>
              <span className="rule-id">{rule.id}</span>
            </TableCell>
            <TableCell>{describeCondition(rule.condition, language)}</TableCell>
            <TableCell>
              <ul className="plain-effects">
                {(Array.isArray(rule.effects) ? rule.effects : []).map((effect, index) => (
                  <li key={index}>{describeEffect(effect, language)}</li>
                ))}
              </ul>
            </TableCell>
            <TableCell>{rule.source}</TableCell>
            <TableCell>{formatDate(rule.effectiveFrom)}</TableCell>
            {editable ? (
              <TableCell>
                <ButtonGroup>
                  <Button variant="subtle" onClick={() => onEdit?.(rule)} aria-label={`${t('contactAdmin.rules.edit')}: ${rule.id}`}>
                    {t('contactAdmin.rules.edit')}
                  </Button>
                  <Button variant="subtle" onClick={() => onRemove?.(rule)} aria-label={`${t('contactAdmin.rules.remove')}: ${rule.id}`}>
                    {t('contactAdmin.rules.remove')}
                  </Button>
                </ButtonGroup>
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function OlderVersion({ summary, backTo }: { summary: RuleSetSummary; backTo: { pathname: string; search: string } }) {
  const { t } = useTranslation();
  const detail = useQuery({ queryKey: contactAdminKeys.ruleSet(summary.id), queryFn: () => contactAdminApi.ruleSet(summary.id) });
  return (
    <div className="older-version">
      <h3 className="utrecht-heading-3" id="rules-viewing-title" tabIndex={-1}>
        {t('contactAdmin.rules.viewing.title', { version: summary.version })}
      </h3>
      <Paragraph>{t('contactAdmin.rules.viewing.intro')}</Paragraph>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={backTo}>
          {t('contactAdmin.rules.viewing.back')}
        </Link>
      </p>
      <RuleSetFacts set={summary} />
      <QueryState pending={detail.isPending} error={detail.error} />
      {detail.data ? <RulesTable caption={t('contactAdmin.rules.tableCaption', { version: summary.version })} rules={detail.data.rules} /> : null}
    </div>
  );
}

function RuleSetHistoryTable({ items, viewingId }: { items: RuleSetSummary[]; viewingId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="rules-history">
      <Heading level={3} id="rules-history-title">
        {t('contactAdmin.rules.history.title')}
      </Heading>
      <Table caption={t('contactAdmin.rules.history.caption')} hideCaption>
        <TableHead>
          <TableHeaderCell>{t('contactAdmin.rules.version')}</TableHeaderCell>
          <TableHeaderCell>{t('contactAdmin.rules.effectiveFrom')}</TableHeaderCell>
          <TableHeaderCell>{t('contactAdmin.rules.recordedBy')}</TableHeaderCell>
          <TableHeaderCell>{t('contactAdmin.rules.changeNote')}</TableHeaderCell>
          <TableHeaderCell>{t('contactAdmin.rules.ruleCount')}</TableHeaderCell>
          <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableCell>
                {item.version}
                {item.current ? (
                  <>
                    {' '}
                    <Badge tone="active">{t('contactAdmin.rules.inUse')}</Badge>
                  </>
                ) : null}
              </TableCell>
              <TableCell>{formatDate(item.effectiveFrom)}</TableCell>
              <TableCell>
                {item.shipped || !item.createdBy ? t('contactAdmin.rules.shipped') : item.createdBy}
                {item.createdAt ? <span className="cell-hint">{formatDateTime(item.createdAt)}</span> : null}
              </TableCell>
              <TableCell>{item.changeNote}</TableCell>
              <TableCell>{item.ruleCount}</TableCell>
              <TableCell>
                {item.id === viewingId ? (
                  <span className="muted">{t('contactAdmin.rules.history.viewing')}</span>
                ) : (
                  <Link
                    className="utrecht-link utrecht-link--html-a"
                    to={{ pathname, search: item.current ? '?deel=adviesregels' : `?deel=adviesregels&versie=${encodeURIComponent(item.id)}` }}
                    onClick={() => focusLater(item.current ? 'rules-current-title' : 'rules-viewing-title')}
                    aria-label={`${t('contactAdmin.rules.history.view')}: ${item.version}`}
                  >
                    {t('contactAdmin.rules.history.view')}
                  </Link>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

// -- the rule form --

interface EffectRow {
  form: ContactForm;
  /** A strength, or `blocks:<precondition>`. */
  kind: string;
}

function effectToRow(effect: RuleEffect): EffectRow {
  return 'blocks' in effect ? { form: effect.form, kind: `blocks:${effect.blocks}` } : { form: effect.form, kind: effect.strength };
}

function rowToEffect(row: EffectRow): RuleEffect {
  if (row.kind.startsWith('blocks:')) return { form: 'video', blocks: row.kind.slice('blocks:'.length) as Precondition };
  return { form: row.form, strength: row.kind as Strength };
}

interface RuleFormState {
  id: string;
  effects: EffectRow[];
  explanationNl: string;
  explanationEn: string;
  statisticNl: string;
  statisticEn: string;
  source: string;
  effectiveFrom: string;
  condition: string;
}

function ruleToState(rule: Rule | null): RuleFormState {
  if (!rule) {
    return {
      id: '',
      effects: [{ form: 'video', kind: 'possible' }],
      explanationNl: '',
      explanationEn: '',
      statisticNl: '',
      statisticEn: '',
      source: 'seed 000 §',
      effectiveFrom: todayInAmsterdam(),
      condition: JSON.stringify({ fact: 'activity', in: ['checking_facts'] }, null, 2),
    };
  }
  return {
    id: rule.id,
    effects: (Array.isArray(rule.effects) ? rule.effects : []).map(effectToRow),
    explanationNl: rule.explanation?.nl ?? '',
    explanationEn: rule.explanation?.en ?? '',
    statisticNl: rule.statistic?.nl ?? '',
    statisticEn: rule.statistic?.en ?? '',
    source: rule.source ?? '',
    effectiveFrom: rule.effectiveFrom ?? '',
    condition: JSON.stringify(rule.condition, null, 2),
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function RuleForm({
  rule,
  existingIds,
  onApply,
  onCancel,
}: {
  rule: Rule | null;
  existingIds: string[];
  onApply: (rule: Rule) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form, setForm] = useState<RuleFormState>(() => ruleToState(rule));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const prefix = 'rule-form';
  const ids = {
    id: `${prefix}-id`,
    effects: `${prefix}-effects`,
    explanationNl: `${prefix}-explanation-nl`,
    explanationEn: `${prefix}-explanation-en`,
    statistic: `${prefix}-statistic-nl`,
    source: `${prefix}-source`,
    effectiveFrom: `${prefix}-effective-from`,
    condition: `${prefix}-condition`,
  };
  const set = <K extends keyof RuleFormState>(key: K) => (value: RuleFormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const parsed = parseJson(form.condition);

  const kindOptions = [
    ...STRENGTH_ORDER.map((strength) => ({ value: strength, label: t(`contactAdmin.strength.${strength}`) })),
    ...PRECONDITIONS.map((p) => ({ value: `blocks:${p}`, label: `${t('contactAdmin.rules.form.blocksGroup')}: ${t(`contactAdmin.blocks.${p}`)}` })),
  ];
  const formOptions = CONTACT_FORMS.map((f) => ({ value: f, label: t(`enums.contactForm.${f}`) }));

  function updateEffect(index: number, patch: Partial<EffectRow>) {
    setForm((f) => ({ ...f, effects: f.effects.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const id = form.id.trim();
    if (!id) fields.id = t('contactAdmin.rules.form.idRequired');
    else if (!rule && existingIds.includes(id)) fields.id = t('contactAdmin.rules.form.idTaken');
    if (form.effects.length === 0) fields.effects = t('contactAdmin.rules.form.effectsRequired');
    const blockedRow = form.effects.findIndex((row) => row.kind.startsWith('blocks:') && row.form !== 'video');
    if (blockedRow >= 0) fields.effects = t('contactAdmin.rules.form.blocksOnlyVideo', { n: blockedRow + 1 });
    if (!form.explanationNl.trim()) fields.explanationNl = t('contactAdmin.rules.form.explanationNlRequired');
    if (!form.explanationEn.trim()) fields.explanationEn = t('contactAdmin.rules.form.explanationEnRequired');
    if (Boolean(form.statisticNl.trim()) !== Boolean(form.statisticEn.trim())) fields.statistic = t('contactAdmin.rules.form.statisticBoth');
    if (!/§\d/.test(form.source)) fields.source = t('contactAdmin.rules.form.sourceSection');
    if (!isIsoDate(form.effectiveFrom)) fields.effectiveFrom = t('contactAdmin.rules.form.dateInvalid');
    if (!parsed.ok) fields.condition = t('contactAdmin.rules.form.conditionJson', { message: parsed.message });
    if (Object.keys(fields).length) return setErrors({ fields });

    const candidate: Rule = {
      id,
      condition: (parsed.ok ? parsed.value : null) as Rule['condition'],
      effects: form.effects.map(rowToEffect),
      explanation: { nl: form.explanationNl.trim(), en: form.explanationEn.trim() },
      source: form.source.trim(),
      ...(form.statisticNl.trim() ? { statistic: { nl: form.statisticNl.trim(), en: form.statisticEn.trim() } } : {}),
      effectiveFrom: form.effectiveFrom,
    };
    // The same check the server makes, before anything is sent.
    const problems = validateRuleSet({ version: 'check', effectiveFrom: form.effectiveFrom, rules: [candidate] }).map((p) => p.message);
    const conditionProblems = problems.filter((message) => message.startsWith('condition'));
    const otherProblems = problems.filter((message) => !message.startsWith('condition'));
    if (problems.length) {
      return setErrors({
        ...(otherProblems.length ? { form: t('contactAdmin.rules.form.ruleInvalid', { problems: otherProblems.join('; ') }) } : {}),
        fields: conditionProblems.length ? { condition: t('contactAdmin.rules.form.conditionInvalid', { problems: conditionProblems.join('; ') }) } : {},
      });
    }
    setErrors(NO_ERRORS);
    onApply(candidate);
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form rule-form" aria-labelledby="rule-form-title">
      <h3 className="utrecht-heading-3" id="rule-form-title" tabIndex={-1}>
        {rule ? t('contactAdmin.rules.form.titleEdit', { id: rule.id }) : t('contactAdmin.rules.form.titleAdd')}
      </h3>
      <FormError errors={errors} fieldIds={ids} />
      {rule ? null : (
        <TextField
          id={ids.id}
          label={t('contactAdmin.rules.form.id')}
          description={t('contactAdmin.rules.form.idHint')}
          required
          autoComplete="off"
          value={form.id}
          onChange={set('id')}
          error={errors.fields.id}
        />
      )}
      <Fieldset legend={t('contactAdmin.rules.form.effects')} id={ids.effects} description={t('contactAdmin.rules.form.effectsHint')} error={errors.fields.effects}>
        {form.effects.map((row, index) => (
          <div className="effect-row" key={index} role="group" aria-label={t('contactAdmin.rules.form.effectRow', { n: index + 1 })}>
            <SelectField
              id={`${prefix}-effect-${index}-form`}
              label={t('contactAdmin.rules.form.effectForm')}
              markOptional={false}
              value={row.kind.startsWith('blocks:') ? 'video' : row.form}
              onChange={(value) => updateEffect(index, { form: value as ContactForm })}
              options={formOptions}
              disabled={row.kind.startsWith('blocks:')}
            />
            <SelectField
              id={`${prefix}-effect-${index}-kind`}
              label={t('contactAdmin.rules.form.effectKind')}
              markOptional={false}
              value={row.kind}
              onChange={(value) => updateEffect(index, value.startsWith('blocks:') ? { kind: value, form: 'video' } : { kind: value })}
              options={kindOptions}
            />
            <Button
              variant="subtle"
              className="effect-row__remove"
              onClick={() => setForm((f) => ({ ...f, effects: f.effects.filter((_, i) => i !== index) }))}
            >
              {t('contactAdmin.rules.form.removeEffect', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          className="effect-add"
          onClick={() => setForm((f) => ({ ...f, effects: [...f.effects, { form: 'physical', kind: 'preferred' }] }))}
        >
          {t('contactAdmin.rules.form.addEffect')}
        </Button>
      </Fieldset>
      <TextAreaField
        id={ids.explanationNl}
        label={t('contactAdmin.rules.form.explanationNl')}
        description={t('contactAdmin.rules.form.explanationHint')}
        required
        lang="nl"
        value={form.explanationNl}
        onChange={set('explanationNl')}
        error={errors.fields.explanationNl}
      />
      <TextAreaField
        id={ids.explanationEn}
        label={t('contactAdmin.rules.form.explanationEn')}
        required
        lang="en"
        value={form.explanationEn}
        onChange={set('explanationEn')}
        error={errors.fields.explanationEn}
      />
      <TextAreaField
        id={ids.statistic}
        label={t('contactAdmin.rules.form.statisticNl')}
        description={t('contactAdmin.rules.form.statisticHint')}
        rows={2}
        lang="nl"
        value={form.statisticNl}
        onChange={set('statisticNl')}
        error={errors.fields.statistic}
      />
      <TextAreaField
        id={`${prefix}-statistic-en`}
        label={t('contactAdmin.rules.form.statisticEn')}
        rows={2}
        lang="en"
        value={form.statisticEn}
        onChange={set('statisticEn')}
      />
      <TextField
        id={ids.source}
        label={t('contactAdmin.rules.form.source')}
        description={t('contactAdmin.rules.form.sourceHint')}
        required
        autoComplete="off"
        value={form.source}
        onChange={set('source')}
        error={errors.fields.source}
      />
      <TextField
        id={ids.effectiveFrom}
        type="date"
        label={t('contactAdmin.rules.form.effectiveFrom')}
        required
        value={form.effectiveFrom}
        onChange={set('effectiveFrom')}
        error={errors.fields.effectiveFrom}
      />
      <div className="code-field">
        <TextAreaField
          id={ids.condition}
          label={t('contactAdmin.rules.form.condition')}
          description={t('contactAdmin.rules.form.conditionHint')}
          required
          rows={8}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          value={form.condition}
          onChange={set('condition')}
          error={errors.fields.condition}
        />
      </div>
      <div className="condition-preview">
        <p className="utrecht-paragraph condition-preview__label">{t('contactAdmin.rules.form.preview')}</p>
        <p className="utrecht-paragraph">{parsed.ok ? describeCondition(parsed.value, language) : t('contactAdmin.rules.form.previewInvalid')}</p>
      </div>
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {t('contactAdmin.rules.form.apply')}
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

// -- saving a version --

function SaveVersionForm({ draft, onSaved }: { draft: RuleDraft; onSaved: (version: string) => void }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(todayInAmsterdam());
  const [changeNote, setChangeNote] = useState('');
  const save = useFormMutation(contactAdminApi.saveRuleSet);
  const ids = { version: 'save-version-name', effectiveFrom: 'save-version-date', changeNote: 'save-version-note', rules: 'rules-draft-title' };

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const name = version.trim();
    if (!name) fields.version = t('contactAdmin.rules.save.versionRequired');
    else if (name.length > 60) fields.version = t('contactAdmin.rules.save.versionTooLong');
    if (!isIsoDate(effectiveFrom)) fields.effectiveFrom = t('contactAdmin.rules.save.dateInvalid');
    if (!changeNote.trim()) fields.changeNote = t('contactAdmin.rules.save.changeNoteRequired');
    if (Object.keys(fields).length) return save.setErrors({ fields });
    const problems = validateRuleSet({ version: name, effectiveFrom, rules: draft.rules });
    if (problems.length) {
      return save.setErrors({
        form: `${t('contactAdmin.rules.save.setInvalid')} ${problems.map((p) => (p.ruleId ? `${p.ruleId}: ${p.message}` : p.message)).join('; ')}`,
        fields: {},
      });
    }
    save.run({ version: name, effectiveFrom, rules: draft.rules, changeNote: changeNote.trim() }, (saved) => onSaved(saved.version));
  }

  return (
    <form noValidate onSubmit={submit} className="form" aria-labelledby="save-version-title">
      <Heading level={4} id="save-version-title">
        {t('contactAdmin.rules.save.title')}
      </Heading>
      <FormError errors={save.errors} fieldIds={ids} />
      <TextField
        id={ids.version}
        label={t('contactAdmin.rules.save.version')}
        description={t('contactAdmin.rules.save.versionHint')}
        required
        autoComplete="off"
        maxLength={60}
        value={version}
        onChange={setVersion}
        error={save.errors.fields.version}
      />
      <TextField
        id={ids.effectiveFrom}
        type="date"
        label={t('contactAdmin.rules.save.effectiveFrom')}
        description={t('contactAdmin.rules.save.effectiveFromHint')}
        required
        value={effectiveFrom}
        onChange={setEffectiveFrom}
        error={save.errors.fields.effectiveFrom}
      />
      <TextAreaField
        id={ids.changeNote}
        label={t('contactAdmin.rules.save.changeNote')}
        description={t('contactAdmin.rules.save.changeNoteHint')}
        required
        rows={3}
        value={changeNote}
        onChange={setChangeNote}
        error={save.errors.fields.changeNote}
      />
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('contactAdmin.rules.save.submit')}
      </Button>
    </form>
  );
}

function ResetToShipped({ hasDraft, onDone }: { hasDraft: boolean; onDone: (version: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shipped = useQuery({
    queryKey: contactAdminKeys.ruleSet(SHIPPED_RULE_SET_ID),
    queryFn: () => contactAdminApi.ruleSet(SHIPPED_RULE_SET_ID),
    enabled: open,
  });
  const today = todayInAmsterdam();
  const [version, setVersion] = useState('');
  const [changeNote, setChangeNote] = useState('');
  const save = useFormMutation(contactAdminApi.saveRuleSet);
  const ids = { version: 'reset-version-name', changeNote: 'reset-version-note', rules: 'reset-title' };

  useEffect(() => {
    if (shipped.data) {
      setVersion((v) => v || `${today}-${shipped.data.version}`.slice(0, 60));
      setChangeNote((n) => n || t('contactAdmin.rules.reset.defaultNote', { version: shipped.data.version }));
    }
  }, [shipped.data, today, t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!shipped.data) return;
    const fields: Record<string, string> = {};
    if (!version.trim()) fields.version = t('contactAdmin.rules.save.versionRequired');
    if (!changeNote.trim()) fields.changeNote = t('contactAdmin.rules.save.changeNoteRequired');
    if (Object.keys(fields).length) return save.setErrors({ fields });
    save.run({ version: version.trim(), effectiveFrom: today, rules: shipped.data.rules, changeNote: changeNote.trim() }, (saved) => {
      setOpen(false);
      onDone(saved.version);
    });
  }

  return (
    <div className="reset-panel">
      <h3 className="utrecht-heading-3" id="reset-title" tabIndex={-1}>
        {t('contactAdmin.rules.reset.title')}
      </h3>
      <Paragraph>{t('contactAdmin.rules.reset.intro')}</Paragraph>
      {!open ? (
        <Button
          onClick={() => {
            setOpen(true);
            focusLater('reset-version-name');
          }}
        >
          {t('contactAdmin.rules.reset.open')}
        </Button>
      ) : (
        <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby="reset-title">
          {hasDraft ? <Alert type="warning">{t('contactAdmin.rules.reset.draftWarning')}</Alert> : null}
          <QueryState pending={shipped.isPending} error={shipped.error} />
          <FormError errors={save.errors} fieldIds={ids} />
          <TextField
            id={ids.version}
            label={t('contactAdmin.rules.save.version')}
            description={t('contactAdmin.rules.save.versionHint')}
            required
            autoComplete="off"
            maxLength={60}
            value={version}
            onChange={setVersion}
            error={save.errors.fields.version}
          />
          <TextAreaField
            id={ids.changeNote}
            label={t('contactAdmin.rules.save.changeNote')}
            required
            rows={2}
            value={changeNote}
            onChange={setChangeNote}
            error={save.errors.fields.changeNote}
          />
          <ButtonGroup>
            <Button type="submit" variant="primary" busy={save.busy} disabled={!shipped.data}>
              {t('contactAdmin.rules.reset.submit')}
            </Button>
            <Button variant="subtle" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </div>
  );
}

// ---- b. appointment rules -----------------------------------------------------------------------

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function SettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: contactAdminKeys.settings, queryFn: contactAdminApi.settings });
  const [status, setStatus] = useState('');
  return (
    <>
      <Paragraph>{t('contactAdmin.settings.intro')}</Paragraph>
      <Status message={status} />
      <QueryState pending={settings.isPending} error={settings.error} />
      {settings.data ? <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} setStatus={setStatus} /> : null}
    </>
  );
}

function SettingsForm({ settings, setStatus }: { settings: ContactSettings; setStatus: (message: string) => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<number[]>(settings.officeDays);
  const [officeStart, setOfficeStart] = useState(settings.officeStart);
  const [officeEnd, setOfficeEnd] = useState(settings.officeEnd);
  const [minLead, setMinLead] = useState(String(settings.minLeadHours));
  const [warn, setWarn] = useState(settings.warnUnequalChannels);
  const [reminder, setReminder] = useState(String(settings.reminderHours));
  const [contactEmail, setContactEmail] = useState(settings.contactEmail ?? '');
  const [contactPhone, setContactPhone] = useState(settings.contactPhone ?? '');
  const save = useFormMutation(contactAdminApi.saveSettings);
  const ids = {
    officeDays: 'settings-days',
    officeStart: 'settings-start',
    officeEnd: 'settings-end',
    minLeadHours: 'settings-lead',
    warnUnequalChannels: 'settings-warn',
    reminderHours: 'settings-reminder',
    contactEmail: 'settings-contact-email',
    contactPhone: 'settings-contact-phone',
  };
  const time = /^([01]\d|2[0-3]):[0-5]\d$/;
  const wholeIn = (text: string, min: number, max: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const fields: Record<string, string> = {};
    if (days.length === 0) fields.officeDays = t('contactAdmin.settings.daysRequired');
    if (!time.test(officeStart)) fields.officeStart = t('contactAdmin.settings.timeInvalid');
    if (!time.test(officeEnd)) fields.officeEnd = t('contactAdmin.settings.timeInvalid');
    else if (time.test(officeStart) && officeEnd <= officeStart) fields.officeEnd = t('contactAdmin.settings.endBeforeStart');
    if (!wholeIn(minLead, 0, 720)) fields.minLeadHours = t('contactAdmin.settings.leadInvalid');
    if (!wholeIn(reminder, 1, 336)) fields.reminderHours = t('contactAdmin.settings.reminderInvalid');
    if (contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail.trim())) fields.contactEmail = t('contactAdmin.settings.emailInvalid');
    if (contactPhone.trim().length > 40) fields.contactPhone = t('contactAdmin.settings.phoneTooLong');
    if (Object.keys(fields).length) return save.setErrors({ fields });
    save.run(
      {
        officeDays: [...days].sort((a, b) => a - b),
        officeStart,
        officeEnd,
        minLeadHours: Number(minLead),
        warnUnequalChannels: warn,
        reminderHours: Number(reminder),
        contactEmail: contactEmail.trim() || null,
        contactPhone: contactPhone.trim() || null,
      },
      () => setStatus(t('contactAdmin.settings.saved')),
    );
  }

  return (
    <form noValidate onSubmit={submit} className="form settings-form" aria-labelledby={SECTION_HEADING_ID}>
      <FormError errors={save.errors} fieldIds={ids} />
      <Fieldset legend={t('contactAdmin.settings.officeDays')} id={ids.officeDays} description={t('contactAdmin.settings.officeDaysHint')} error={save.errors.fields.officeDays}>
        <div className="weekday-grid">
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              id={`settings-day-${day}`}
              label={t(`contactAdmin.settings.weekday.d${day}`)}
              checked={days.includes(day)}
              onChange={(checked) => setDays(checked ? [...days, day] : days.filter((d) => d !== day))}
            />
          ))}
        </div>
      </Fieldset>
      <div className="field-pair">
        <TextField
          id={ids.officeStart}
          type="time"
          label={t('contactAdmin.settings.officeStart')}
          description={t('contactAdmin.settings.officeHoursHint')}
          required
          inputClassName="number-input"
          value={officeStart}
          onChange={setOfficeStart}
          error={save.errors.fields.officeStart}
        />
        <TextField
          id={ids.officeEnd}
          type="time"
          label={t('contactAdmin.settings.officeEnd')}
          required
          inputClassName="number-input"
          value={officeEnd}
          onChange={setOfficeEnd}
          error={save.errors.fields.officeEnd}
        />
      </div>
      <TextField
        id={ids.minLeadHours}
        type="number"
        inputMode="numeric"
        min={0}
        max={720}
        step={1}
        label={t('contactAdmin.settings.minLeadHours')}
        description={t('contactAdmin.settings.minLeadHoursHint')}
        required
        inputClassName="number-input"
        value={minLead}
        onChange={setMinLead}
        error={save.errors.fields.minLeadHours}
      />
      <Checkbox
        id={ids.warnUnequalChannels}
        label={t('contactAdmin.settings.warnUnequalChannels')}
        description={t('contactAdmin.settings.warnUnequalChannelsHint')}
        checked={warn}
        onChange={setWarn}
        error={save.errors.fields.warnUnequalChannels}
      />
      <TextField
        id={ids.reminderHours}
        type="number"
        inputMode="numeric"
        min={1}
        max={336}
        step={1}
        label={t('contactAdmin.settings.reminderHours')}
        description={t('contactAdmin.settings.reminderHoursHint')}
        required
        inputClassName="number-input"
        value={reminder}
        onChange={setReminder}
        error={save.errors.fields.reminderHours}
      />
      <Fieldset legend={t('contactAdmin.settings.clientContactTitle')} description={t('contactAdmin.settings.clientContactHint')}>
        <TextField
          id={ids.contactEmail}
          type="email"
          label={t('contactAdmin.settings.contactEmail')}
          description={t('contactAdmin.settings.contactEmailHint')}
          autoComplete="off"
          value={contactEmail}
          onChange={setContactEmail}
          error={save.errors.fields.contactEmail}
        />
        <TextField
          id={ids.contactPhone}
          type="tel"
          label={t('contactAdmin.settings.contactPhone')}
          autoComplete="off"
          maxLength={40}
          value={contactPhone}
          onChange={setContactPhone}
          error={save.errors.fields.contactPhone}
        />
      </Fieldset>
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('contactAdmin.settings.submit')}
      </Button>
    </form>
  );
}

// ---- c. channels --------------------------------------------------------------------------------

function ChannelsSection() {
  const { t } = useTranslation();
  const channels = useQuery({ queryKey: contactAdminKeys.channels, queryFn: contactAdminApi.channels });
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const items = channels.data?.items ?? [];

  function close(message?: string) {
    setEditing(null);
    if (message) setStatus(message);
    focusLater(SECTION_HEADING_ID);
  }

  return (
    <>
      <Paragraph>{t('contactAdmin.channels.intro')}</Paragraph>
      <div className="why-panel">
        <Heading level={3}>{t('contactAdmin.channels.whyTitle')}</Heading>
        <ul className="why-panel__list">
          <li>{t('contactAdmin.channels.whyDpia')}</li>
          <li>{t('contactAdmin.channels.whyLegalBasis')}</li>
          <li>{t('contactAdmin.channels.whyRetention')}</li>
        </ul>
      </div>
      <Status message={status} />
      <QueryState pending={channels.isPending} error={channels.error} />
      {channels.data ? (
        items.length === 0 ? (
          <Paragraph className="muted">{t('contactAdmin.channels.empty')}</Paragraph>
        ) : (
          <Table caption={t('contactAdmin.channels.caption')}>
            <TableHead>
              <TableHeaderCell>{t('contactAdmin.channels.name')}</TableHeaderCell>
              <TableHeaderCell>{t('contactAdmin.channels.form')}</TableHeaderCell>
              <TableHeaderCell>{t('contactAdmin.channels.builtIn')}</TableHeaderCell>
              <TableHeaderCell>{t('contactAdmin.channels.dpiaStatus')}</TableHeaderCell>
              <TableHeaderCell>{t('contactAdmin.channels.legalBasis')}</TableHeaderCell>
              <TableHeaderCell>{t('contactAdmin.channels.recordingPolicy')}</TableHeaderCell>
              <TableHeaderCell>{t('contactAdmin.channels.retention')}</TableHeaderCell>
              <TableHeaderCell>{t('contactAdmin.channels.approved')}</TableHeaderCell>
              <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
            </TableHead>
            <TableBody>
              {items.map((channel) => (
                <TableRow key={channel.id}>
                  <TableCell>
                    {channel.name}
                    {channel.notes ? <span className="cell-hint">{channel.notes}</span> : null}
                  </TableCell>
                  <TableCell>{t(`enums.contactForm.${channel.form}`)}</TableCell>
                  <TableCell>{channel.builtIn ? t('common.yes') : t('common.no')}</TableCell>
                  <TableCell>
                    <Badge tone={channel.dpiaStatus === 'completed' ? 'success' : channel.dpiaStatus === 'in_progress' ? 'warning' : 'inactive'}>
                      {t(`contactAdmin.channels.dpiaStatusValue.${channel.dpiaStatus}`)}
                    </Badge>
                  </TableCell>
                  <TableCell>{channel.legalBasis ?? <span className="muted">{t('common.notSet')}</span>}</TableCell>
                  <TableCell>{t(`contactAdmin.channels.recordingPolicyValue.${channel.recordingPolicy}`)}</TableCell>
                  <TableCell>{channel.retention ?? <span className="muted">{t('common.notSet')}</span>}</TableCell>
                  <TableCell>
                    <Badge tone={channel.approved ? 'success' : 'danger'}>
                      {channel.approved ? t('contactAdmin.channels.isApproved') : t('contactAdmin.channels.notApproved')}
                    </Badge>
                  </TableCell>
                  <TableCell>
                    <Button
                      variant="subtle"
                      onClick={() => {
                        setStatus('');
                        setEditing(channel);
                        focusLater('channel-form-title');
                      }}
                      aria-label={`${t('contactAdmin.channels.edit')}: ${channel.name}`}
                    >
                      {t('contactAdmin.channels.edit')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      ) : null}
      {editing ? (
        <ChannelForm
          key={editing === 'new' ? 'new' : editing.id}
          channel={editing === 'new' ? null : editing}
          onClose={close}
        />
      ) : channels.data ? (
        <Button
          onClick={() => {
            setStatus('');
            setEditing('new');
            focusLater('channel-form-title');
          }}
        >
          {t('contactAdmin.channels.add')}
        </Button>
      ) : null}
    </>
  );
}

function ChannelForm({ channel, onClose }: { channel: Channel | null; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(channel?.name ?? '');
  const [form, setForm] = useState<(typeof CHANNEL_FORMS)[number]>(channel?.form ?? 'video');
  const [dpiaStatus, setDpiaStatus] = useState<(typeof DPIA_STATUSES)[number]>(channel?.dpiaStatus ?? 'not_started');
  const [legalBasis, setLegalBasis] = useState(channel?.legalBasis ?? '');
  const [recordingPolicy, setRecordingPolicy] = useState<(typeof RECORDING_POLICIES)[number]>(channel?.recordingPolicy ?? 'never');
  const [retention, setRetention] = useState(channel?.retention ?? '');
  const [approved, setApproved] = useState(channel?.approved ?? false);
  const [notes, setNotes] = useState(channel?.notes ?? '');
  const save = useFormMutation((input: ChannelInput) => (channel ? contactAdminApi.updateChannel(channel.id, input) : contactAdminApi.addChannel(input)));
  const ids = {
    name: 'channel-name',
    form: 'channel-form-kind',
    dpiaStatus: 'channel-dpia',
    legalBasis: 'channel-legal-basis',
    recordingPolicy: 'channel-recording',
    retention: 'channel-retention',
    approved: 'channel-approved',
    notes: 'channel-notes',
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = t('contactAdmin.channels.nameRequired');
    if (approved) {
      const field = { dpia_not_completed: 'dpiaStatus', legal_basis_missing: 'legalBasis', retention_missing: 'retention' } as const;
      for (const problem of channelApprovalProblems({ dpiaStatus, legalBasis, retention })) fields[field[problem]] = t(`contactAdmin.channels.${problem}`);
    }
    if (Object.keys(fields).length) return save.setErrors({ fields });
    const input: ChannelInput = {
      name: name.trim(),
      form,
      dpiaStatus,
      legalBasis: legalBasis.trim() || null,
      recordingPolicy,
      retention: retention.trim() || null,
      approved,
      notes: notes.trim() || null,
    };
    save.run(input, (saved) => onClose(t(channel ? 'contactAdmin.channels.saved' : 'contactAdmin.channels.added', { name: saved.name })));
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form section-form--narrow" aria-labelledby="channel-form-title">
      <h3 className="utrecht-heading-3" id="channel-form-title" tabIndex={-1}>
        {channel ? t('contactAdmin.channels.editTitle', { name: channel.name }) : t('contactAdmin.channels.addTitle')}
      </h3>
      <FormError errors={save.errors} fieldIds={ids} />
      <TextField id={ids.name} label={t('contactAdmin.channels.name')} required autoComplete="off" value={name} onChange={setName} error={save.errors.fields.name} />
      <SelectField
        id={ids.form}
        label={t('contactAdmin.channels.form')}
        required
        value={form}
        onChange={(value) => setForm(value as typeof form)}
        options={CHANNEL_FORMS.map((f) => ({ value: f, label: t(`enums.contactForm.${f}`) }))}
        error={save.errors.fields.form}
      />
      <SelectField
        id={ids.dpiaStatus}
        label={t('contactAdmin.channels.dpiaStatus')}
        required
        value={dpiaStatus}
        onChange={(value) => setDpiaStatus(value as typeof dpiaStatus)}
        options={DPIA_STATUSES.map((s) => ({ value: s, label: t(`contactAdmin.channels.dpiaStatusValue.${s}`) }))}
        error={save.errors.fields.dpiaStatus}
      />
      <TextAreaField
        id={ids.legalBasis}
        label={t('contactAdmin.channels.legalBasis')}
        description={t('contactAdmin.channels.legalBasisHint')}
        rows={2}
        value={legalBasis}
        onChange={setLegalBasis}
        error={save.errors.fields.legalBasis}
      />
      <SelectField
        id={ids.recordingPolicy}
        label={t('contactAdmin.channels.recordingPolicy')}
        required
        value={recordingPolicy}
        onChange={(value) => setRecordingPolicy(value as typeof recordingPolicy)}
        options={RECORDING_POLICIES.map((p) => ({ value: p, label: t(`contactAdmin.channels.recordingPolicyValue.${p}`) }))}
        error={save.errors.fields.recordingPolicy}
      />
      <TextAreaField
        id={ids.retention}
        label={t('contactAdmin.channels.retention')}
        description={t('contactAdmin.channels.retentionHint')}
        rows={2}
        value={retention}
        onChange={setRetention}
        error={save.errors.fields.retention}
      />
      <Checkbox
        id={ids.approved}
        label={t('contactAdmin.channels.approvedLabel')}
        description={t('contactAdmin.channels.approvedHint')}
        checked={approved}
        onChange={setApproved}
        error={save.errors.fields.approved}
      />
      <TextAreaField id={ids.notes} label={t('contactAdmin.channels.notes')} rows={2} value={notes} onChange={setNotes} error={save.errors.fields.notes} />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {channel ? t('contactAdmin.channels.submitEdit') : t('contactAdmin.channels.submitAdd')}
        </Button>
        <Button variant="subtle" onClick={() => onClose()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

// ---- d. privacy notice --------------------------------------------------------------------------

function PrivacySection() {
  const { t } = useTranslation();
  const notices = useQuery({ queryKey: contactAdminKeys.privacyNotices, queryFn: contactAdminApi.privacyNotices });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const items = [...(notices.data?.items ?? [])].sort((a, b) => b.version - a.version);
  const latest = items[0];
  const selected = items.find((n) => n.id === selectedId) ?? latest;

  return (
    <>
      <Paragraph>{t('contactAdmin.privacy.intro')}</Paragraph>
      <Status message={status} />
      <QueryState pending={notices.isPending} error={notices.error} />
      {notices.data && items.length === 0 ? <Alert type="warning">{t('contactAdmin.privacy.none')}</Alert> : null}
      {items.length ? (
        <Table caption={t('contactAdmin.privacy.caption')}>
          <TableHead>
            <TableHeaderCell>{t('contactAdmin.privacy.version')}</TableHeaderCell>
            <TableHeaderCell>{t('contactAdmin.privacy.publishedAt')}</TableHeaderCell>
            <TableHeaderCell>{t('contactAdmin.privacy.publishedBy')}</TableHeaderCell>
            <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
          </TableHead>
          <TableBody>
            {items.map((notice) => (
              <TableRow key={notice.id}>
                <TableCell>
                  {notice.version}
                  {notice.id === latest?.id ? (
                    <>
                      {' '}
                      <Badge tone="active">{t('contactAdmin.privacy.current')}</Badge>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>{formatDateTime(notice.publishedAt)}</TableCell>
                <TableCell>{notice.publishedBy}</TableCell>
                <TableCell>
                  {notice.id === selected?.id ? (
                    <span className="muted">{t('contactAdmin.privacy.viewing')}</span>
                  ) : (
                    <Button
                      variant="subtle"
                      onClick={() => {
                        setSelectedId(notice.id);
                        focusLater('privacy-view-title');
                      }}
                      aria-label={`${t('contactAdmin.privacy.view')}: ${t('contactAdmin.privacy.viewTitle', { version: notice.version })}`}
                    >
                      {t('contactAdmin.privacy.view')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {selected ? <PrivacyNoticeView notice={selected} /> : null}
      {notices.data ? (
        <PublishNoticeForm
          key={latest?.id ?? 'none'}
          latest={latest ?? null}
          onPublished={(notice) => {
            setSelectedId(notice.id);
            setStatus(t('contactAdmin.privacy.published', { version: notice.version }));
            focusLater('privacy-view-title');
          }}
        />
      ) : null}
    </>
  );
}

function PrivacyNoticeView({ notice }: { notice: PrivacyNotice }) {
  const { t } = useTranslation();
  return (
    <article className="notice-view" aria-labelledby="privacy-view-title">
      <h3 className="utrecht-heading-3" id="privacy-view-title" tabIndex={-1}>
        {t('contactAdmin.privacy.viewTitle', { version: notice.version })}
      </h3>
      <Paragraph className="muted">{t('contactAdmin.privacy.readOnly', { date: formatDateTime(notice.publishedAt) })}</Paragraph>
      <Heading level={4}>{t('contactAdmin.privacy.textNl')}</Heading>
      <div className="notice-view__text pre-line" lang="nl">
        {notice.bodyNl}
      </div>
      <Heading level={4}>{t('contactAdmin.privacy.textEn')}</Heading>
      <div className="notice-view__text pre-line" lang="en">
        {notice.bodyEn}
      </div>
    </article>
  );
}

function PublishNoticeForm({ latest, onPublished }: { latest: PrivacyNotice | null; onPublished: (notice: PrivacyNotice) => void }) {
  const { t } = useTranslation();
  const [bodyNl, setBodyNl] = useState(latest?.bodyNl ?? '');
  const [bodyEn, setBodyEn] = useState(latest?.bodyEn ?? '');
  const publish = useFormMutation(contactAdminApi.publishPrivacyNotice);
  const next = (latest?.version ?? 0) + 1;
  const ids = { bodyNl: 'privacy-body-nl', bodyEn: 'privacy-body-en' };

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!bodyNl.trim()) fields.bodyNl = t('contactAdmin.privacy.bodyNlRequired');
    if (!bodyEn.trim()) fields.bodyEn = t('contactAdmin.privacy.bodyEnRequired');
    if (Object.keys(fields).length) return publish.setErrors({ fields });
    if (!window.confirm(t('contactAdmin.privacy.confirm', { version: next }))) return;
    publish.run({ bodyNl: bodyNl.trim(), bodyEn: bodyEn.trim() }, onPublished);
  }

  return (
    <form noValidate onSubmit={submit} className="form section-form" aria-labelledby="privacy-publish-title">
      <Heading level={3} id="privacy-publish-title">
        {t('contactAdmin.privacy.publishTitle')}
      </Heading>
      <Paragraph>{t('contactAdmin.privacy.publishIntro', { version: next })}</Paragraph>
      <FormError errors={publish.errors} fieldIds={ids} />
      <TextAreaField
        id={ids.bodyNl}
        label={t('contactAdmin.privacy.bodyNl')}
        description={t('contactAdmin.privacy.bodyHint')}
        required
        rows={8}
        lang="nl"
        value={bodyNl}
        onChange={setBodyNl}
        error={publish.errors.fields.bodyNl}
      />
      <TextAreaField
        id={ids.bodyEn}
        label={t('contactAdmin.privacy.bodyEn')}
        required
        rows={8}
        lang="en"
        value={bodyEn}
        onChange={setBodyEn}
        error={publish.errors.fields.bodyEn}
      />
      <Button type="submit" variant="primary" busy={publish.busy}>
        {t('contactAdmin.privacy.submit', { version: next })}
      </Button>
    </form>
  );
}

// ---- e. outbox ----------------------------------------------------------------------------------

function OutboxSection() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const requested = Number(params.get('pagina') ?? '1');
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  const outbox = useQuery({ queryKey: contactAdminKeys.outbox(page), queryFn: () => contactAdminApi.outbox(page, OUTBOX_PAGE_SIZE) });
  const [openId, setOpenId] = useState<string | null>(null);
  const items = outbox.data?.items ?? [];
  const open = items.find((m) => m.id === openId) ?? null;
  const pageCount = outbox.data ? Math.max(1, Math.ceil(outbox.data.total / outbox.data.pageSize)) : 1;

  return (
    <>
      <Paragraph>{t('contactAdmin.outbox.intro')}</Paragraph>
      <QueryState pending={outbox.isPending} error={outbox.error} />
      {outbox.data ? (
        items.length === 0 ? (
          <Paragraph className="muted">{t('contactAdmin.outbox.empty')}</Paragraph>
        ) : (
          <>
            <Paragraph className="result-count">{t('contactAdmin.outbox.total', { total: outbox.data.total })}</Paragraph>
            <Table caption={t('contactAdmin.outbox.caption')}>
              <TableHead>
                <TableHeaderCell>{t('contactAdmin.outbox.createdAt')}</TableHeaderCell>
                <TableHeaderCell>{t('contactAdmin.outbox.kind')}</TableHeaderCell>
                <TableHeaderCell>{t('contactAdmin.outbox.recipient')}</TableHeaderCell>
                <TableHeaderCell>{t('contactAdmin.outbox.subject')}</TableHeaderCell>
                <TableHeaderCell>{t('contactAdmin.outbox.status')}</TableHeaderCell>
                <TableHeaderCell>{t('contactAdmin.outbox.sentAt')}</TableHeaderCell>
                <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
              </TableHead>
              <TableBody>
                {items.map((message) => (
                  <TableRow key={message.id}>
                    <TableCell>{formatDateTime(message.createdAt)}</TableCell>
                    <TableCell>{t(`contactAdmin.outbox.kinds.${message.kind}`, { defaultValue: message.kind })}</TableCell>
                    <TableCell>{message.recipient}</TableCell>
                    <TableCell>{message.subject}</TableCell>
                    <TableCell>
                      <MailStatusBadge status={message.status} />
                    </TableCell>
                    <TableCell>{message.sentAt ? formatDateTime(message.sentAt) : <span className="muted">{t('common.none')}</span>}</TableCell>
                    <TableCell>
                      <Button
                        variant="subtle"
                        id={`outbox-open-${message.id}`}
                        aria-expanded={message.id === openId}
                        aria-controls={message.id === openId ? 'outbox-message' : undefined}
                        onClick={() => {
                          setOpenId(message.id === openId ? null : message.id);
                          if (message.id !== openId) focusLater('outbox-message-title');
                        }}
                        aria-label={`${message.id === openId ? t('contactAdmin.outbox.close') : t('contactAdmin.outbox.open')}: ${message.subject}`}
                      >
                        {message.id === openId ? t('contactAdmin.outbox.close') : t('contactAdmin.outbox.open')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `?deel=berichten&pagina=${p}`} />
          </>
        )
      ) : null}
      {open ? (
        <OutboxMessageView
          message={open}
          onClose={() => {
            const id = open.id;
            setOpenId(null);
            requestAnimationFrame(() => document.getElementById(`outbox-open-${id}`)?.focus());
          }}
        />
      ) : null}
    </>
  );
}

function MailStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = status === 'sent' ? 'success' : status === 'failed' ? 'danger' : status === 'kept' ? 'info' : 'warning';
  return <Badge tone={tone}>{t(`contactAdmin.outbox.statuses.${status}`, { defaultValue: status })}</Badge>;
}

function OutboxMessageView({ message, onClose }: { message: OutboxMessage; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <article className="message-view" id="outbox-message" aria-labelledby="outbox-message-title">
      <h3 className="utrecht-heading-3" id="outbox-message-title" tabIndex={-1}>
        {t('contactAdmin.outbox.messageTitle', { subject: message.subject })}
      </h3>
      <DataList
        items={[
          { key: 'to', label: t('contactAdmin.outbox.recipient'), value: message.recipient },
          { key: 'kind', label: t('contactAdmin.outbox.kind'), value: t(`contactAdmin.outbox.kinds.${message.kind}`, { defaultValue: message.kind }) },
          { key: 'status', label: t('contactAdmin.outbox.status'), value: <MailStatusBadge status={message.status} /> },
          { key: 'created', label: t('contactAdmin.outbox.createdAt'), value: formatDateTime(message.createdAt) },
          { key: 'sent', label: t('contactAdmin.outbox.sentAt'), value: message.sentAt ? formatDateTime(message.sentAt) : t('common.none') },
          { key: 'attempts', label: t('contactAdmin.outbox.attempts'), value: String(message.attempts) },
          ...(message.lastError ? [{ key: 'error', label: t('contactAdmin.outbox.lastError'), value: message.lastError }] : []),
        ]}
      />
      <Heading level={4} id="outbox-message-body">
        {t('contactAdmin.outbox.body')}
      </Heading>
      <div className="code-block" role="region" aria-labelledby="outbox-message-body" tabIndex={0}>
        <pre className="code-block__pre code-block__pre--wrap">{message.bodyText}</pre>
      </div>
      <Heading level={4} id="outbox-message-ics">
        {t('contactAdmin.outbox.ics')}
      </Heading>
      {message.ics ? (
        <div className="code-block" role="region" aria-labelledby="outbox-message-ics" tabIndex={0}>
          <pre className="code-block__pre">{message.ics}</pre>
        </div>
      ) : (
        <Paragraph className="muted">{t('contactAdmin.outbox.noIcs')}</Paragraph>
      )}
      <Button onClick={onClose}>{t('contactAdmin.outbox.close')}</Button>
    </article>
  );
}
