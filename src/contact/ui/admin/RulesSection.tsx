// a. The advice rules as versioned data (seed 000 §2, foreword: advice, never policy): the version in
// force, a draft of changes kept while the administrator visits other parts, saving the draft as a
// new version, the history with a read-only view of older versions, and a reset to the shipped set.
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { validateRuleSet, type Rule } from '../../domain';
import { Alert, Badge, Button, ButtonGroup, DataList, DataTable, FormError, Heading, Paragraph, TextAreaField, TextField, TitledForm } from '../../../web/components';
import { formatDate, formatDateTime } from '../../../web/format';
import { currentLanguage } from '../../../web/i18n';
import { todayInAmsterdam } from '../../../platform/time';
import { SubmitRow } from '../controls';
import { isIsoDate } from '../time';
import { contactAdminApi, contactAdminKeys, SHIPPED_RULE_SET_ID, type RuleSetSummary } from './api';
import { describeCondition, describeEffect } from './describeCondition';
import { RuleForm } from './RuleForm';
import { focusLater, QueryState, SECTION_HEADING_ID, Status, useFields, useFormMutation, VersionCell, ViewAction } from './shared';

/** Changes to the rules not yet saved as a version; kept while the administrator visits other parts. */
export interface RuleDraft {
  baseId: string;
  baseVersion: string;
  rules: Rule[];
  changes: Array<{ kind: 'changed' | 'added' | 'removed'; id: string }>;
}

const RULES_SEARCH = '?deel=adviesregels';

export function RulesSection({ draft, setDraft }: { draft: RuleDraft | null; setDraft: (draft: RuleDraft | null) => void }) {
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

  /** Records a change in the draft (started from the version in force) and shows it. */
  function changeDraft(change: (start: RuleDraft) => RuleDraft, message: string) {
    if (!base) return;
    setDraft(change(activeDraft ?? { baseId: base.id, baseVersion: base.version, rules: base.rules, changes: [] }));
    setStatus(message);
    focusLater('rules-draft-title');
  }

  /** Ends the work on the draft (saved, discarded, reset) and returns focus to the part's heading. */
  function finish(message: string) {
    setDraft(null);
    setEditing(null);
    setStatus(message);
    focusLater(SECTION_HEADING_ID);
  }

  function edit(rule: Rule | null) {
    setEditing({ rule });
    focusLater('rule-form-title');
  }

  function applyRule(original: Rule | null, rule: Rule) {
    setEditing(null);
    changeDraft((start) => {
      const nextRules = original ? start.rules.map((r) => (r.id === original.id ? rule : r)) : [...start.rules, rule];
      const kind = original ? 'changed' : 'added';
      const changes = start.changes.some((c) => c.id === rule.id) ? start.changes : [...start.changes, { kind, id: rule.id } as const];
      return { ...start, rules: nextRules, changes };
    }, t('contactAdmin.rules.draft.applied', { id: rule.id }));
  }

  function removeRule(rule: Rule) {
    if (!base) return;
    if (!window.confirm(t('contactAdmin.rules.confirmRemove', { id: rule.id }))) return;
    if (editing?.rule?.id === rule.id) setEditing(null);
    changeDraft((start) => {
      const wasAdded = start.changes.some((c) => c.id === rule.id && c.kind === 'added');
      const changes = start.changes.filter((c) => c.id !== rule.id);
      return {
        ...start,
        rules: start.rules.filter((r) => r.id !== rule.id),
        changes: wasAdded ? changes : [...changes, { kind: 'removed', id: rule.id }],
      };
    }, t('contactAdmin.rules.draft.removedStatus', { id: rule.id }));
  }

  function discardDraft() {
    if (!window.confirm(t('contactAdmin.rules.draft.confirmDiscard'))) return;
    finish(t('contactAdmin.rules.draft.discarded'));
  }

  return (
    <>
      <Paragraph>{t('contactAdmin.rules.intro')}</Paragraph>
      <Status message={status} />
      <QueryState pending={history.isPending || (Boolean(currentSummary) && current.isPending)} error={history.error ?? current.error} />
      {viewingSummary ? (
        <OlderVersion summary={viewingSummary} backTo={{ pathname, search: RULES_SEARCH }} />
      ) : base ? (
        <>
          <div className="rules-current">
            <Heading level={3} id="rules-current-title" focusable>
              {t('contactAdmin.rules.currentTitle')}
            </Heading>
            <RuleSetFacts set={base} />
          </div>
          {activeDraft ? (
            <div className="draft-panel">
              <Heading level={3} id="rules-draft-title" focusable>
                {t('contactAdmin.rules.draft.title')}
              </Heading>
              <Paragraph>{t('contactAdmin.rules.draft.intro')}</Paragraph>
              <ul className="draft-panel__changes">
                {activeDraft.changes.map((change) => (
                  <li key={`${change.kind}-${change.id}`}>{t(`contactAdmin.rules.draft.${change.kind}`, { id: change.id })}</li>
                ))}
              </ul>
              <SaveVersionForm draft={activeDraft} onSaved={(version) => finish(t('contactAdmin.rules.save.saved', { version }))} />
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
            onEdit={edit}
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
            <Button onClick={() => edit(null)}>{t('contactAdmin.rules.add')}</Button>
          )}
        </>
      ) : null}
      {items.length ? <RuleSetHistoryTable items={items} viewingId={viewingSummary?.id ?? currentSummary?.id ?? ''} /> : null}
      {!viewingSummary && base ? (
        <ResetToShipped hasDraft={Boolean(activeDraft)} onDone={(version) => finish(t('contactAdmin.rules.reset.done', { version }))} />
      ) : null}
    </>
  );
}

/** Who recorded a version: the shipped set has no author. */
function recordedBy(t: TFunction, set: RuleSetSummary): string {
  return set.shipped || !set.createdBy ? t('contactAdmin.rules.shipped') : set.createdBy;
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
        { key: 'recorded', label: t('contactAdmin.rules.recordedBy'), value: recordedBy(t, set) },
        ...(set.createdAt ? [{ key: 'at', label: t('contactAdmin.rules.recordedAt'), value: formatDateTime(set.createdAt) }] : []),
        { key: 'note', label: t('contactAdmin.rules.changeNote'), value: set.changeNote || t('common.none') },
        { key: 'count', label: t('contactAdmin.rules.ruleCount'), value: String(set.ruleCount) },
      ]}
    />
  );
}

/** The rules of a version as sentences; with `onEdit` and `onRemove`, each row can be changed. */
function RulesTable({ caption, rules, onEdit, onRemove }: { caption: string; rules: Rule[]; onEdit?: (rule: Rule) => void; onRemove?: (rule: Rule) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const actionButton = (label: string, rule: Rule, action: ((rule: Rule) => void) | undefined) => (
    <Button variant="subtle" onClick={() => action?.(rule)} aria-label={`${label}: ${rule.id}`}>
      {label}
    </Button>
  );
  return (
    <DataTable
      caption={caption}
      rows={rules}
      rowKey={(rule) => rule.id}
      columns={[
        { key: 'id', header: t('contactAdmin.rules.id'), cell: (rule) => <span className="rule-id">{rule.id}</span> },
        { key: 'condition', header: t('contactAdmin.rules.condition'), cell: (rule) => describeCondition(rule.condition, language) },
        {
          key: 'effects',
          header: t('contactAdmin.rules.effects'),
          cell: (rule) => (
            <ul className="plain-effects">
              {(Array.isArray(rule.effects) ? rule.effects : []).map((effect, index) => (
                <li key={index}>{describeEffect(effect, language)}</li>
              ))}
            </ul>
          ),
        },
        { key: 'source', header: t('contactAdmin.rules.source'), cell: (rule) => rule.source },
        { key: 'effectiveFrom', header: t('contactAdmin.rules.ruleEffectiveFrom'), cell: (rule) => formatDate(rule.effectiveFrom) },
        onEdit && onRemove
          ? {
              key: 'actions',
              header: t('common.actions'),
              cell: (rule) => (
                <ButtonGroup>
                  {actionButton(t('contactAdmin.rules.edit'), rule, onEdit)}
                  {actionButton(t('contactAdmin.rules.remove'), rule, onRemove)}
                </ButtonGroup>
              ),
            }
          : null,
      ]}
    />
  );
}

function OlderVersion({ summary, backTo }: { summary: RuleSetSummary; backTo: { pathname: string; search: string } }) {
  const { t } = useTranslation();
  const detail = useQuery({ queryKey: contactAdminKeys.ruleSet(summary.id), queryFn: () => contactAdminApi.ruleSet(summary.id) });
  return (
    <div className="older-version">
      <Heading level={3} id="rules-viewing-title" focusable>
        {t('contactAdmin.rules.viewing.title', { version: summary.version })}
      </Heading>
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
      <DataTable
        caption={t('contactAdmin.rules.history.caption')}
        hideCaption
        rows={items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: 'version',
            header: t('contactAdmin.rules.version'),
            cell: (item) => <VersionCell version={item.version} current={item.current} currentLabel={t('contactAdmin.rules.inUse')} />,
          },
          { key: 'effectiveFrom', header: t('contactAdmin.rules.effectiveFrom'), cell: (item) => formatDate(item.effectiveFrom) },
          {
            key: 'recordedBy',
            header: t('contactAdmin.rules.recordedBy'),
            cell: (item) => (
              <>
                {recordedBy(t, item)}
                {item.createdAt ? <span className="cell-hint">{formatDateTime(item.createdAt)}</span> : null}
              </>
            ),
          },
          { key: 'changeNote', header: t('contactAdmin.rules.changeNote'), cell: (item) => item.changeNote },
          { key: 'ruleCount', header: t('contactAdmin.rules.ruleCount'), cell: (item) => item.ruleCount },
          {
            key: 'actions',
            header: t('common.actions'),
            cell: (item) => (
              <ViewAction viewing={item.id === viewingId} viewingLabel={t('contactAdmin.rules.history.viewing')}>
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={{ pathname, search: item.current ? RULES_SEARCH : `${RULES_SEARCH}&versie=${encodeURIComponent(item.id)}` }}
                  onClick={() => focusLater(item.current ? 'rules-current-title' : 'rules-viewing-title')}
                  aria-label={`${t('contactAdmin.rules.history.view')}: ${item.version}`}
                >
                  {t('contactAdmin.rules.history.view')}
                </Link>
              </ViewAction>
            ),
          },
        ]}
      />
    </div>
  );
}

// -- saving a version --

interface VersionDraft {
  version: string;
  changeNote: string;
}

/**
 * Messages for a new version, in the order of the form: the name (required, at most `maxLength`
 * long), the date it takes effect (when the form asks for one), the change note (required).
 */
function versionErrors(t: TFunction, draft: VersionDraft, check: { maxLength?: number; effectiveFrom?: string } = {}): Record<string, string> {
  const fields: Record<string, string> = {};
  const name = draft.version.trim();
  if (!name) fields.version = t('contactAdmin.rules.save.versionRequired');
  else if (name.length > (check.maxLength ?? Infinity)) fields.version = t('contactAdmin.rules.save.versionTooLong');
  if (check.effectiveFrom !== undefined && !isIsoDate(check.effectiveFrom)) fields.effectiveFrom = t('contactAdmin.rules.save.dateInvalid');
  if (!draft.changeNote.trim()) fields.changeNote = t('contactAdmin.rules.save.changeNoteRequired');
  return fields;
}

function VersionNameField(props: { id: string | undefined; value: string; onChange: (value: string) => void; error: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      label={t('contactAdmin.rules.save.version')}
      description={t('contactAdmin.rules.save.versionHint')}
      required
      autoComplete="off"
      maxLength={60}
    />
  );
}

function SaveVersionForm({ draft, onSaved }: { draft: RuleDraft; onSaved: (version: string) => void }) {
  const { t } = useTranslation();
  const { values, bind } = useFields(() => ({ version: '', effectiveFrom: todayInAmsterdam(), changeNote: '' }));
  const save = useFormMutation(contactAdminApi.saveRuleSet);
  const ids = { version: 'save-version-name', effectiveFrom: 'save-version-date', changeNote: 'save-version-note', rules: 'rules-draft-title' };
  const field = bind(ids, save.errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const { effectiveFrom } = values;
    const fields = versionErrors(t, values, { maxLength: 60, effectiveFrom });
    if (Object.keys(fields).length) return save.setErrors({ fields });
    const version = values.version.trim();
    const problems = validateRuleSet({ version, effectiveFrom, rules: draft.rules });
    if (problems.length) {
      return save.setErrors({
        form: `${t('contactAdmin.rules.save.setInvalid')} ${problems.map((p) => (p.ruleId ? `${p.ruleId}: ${p.message}` : p.message)).join('; ')}`,
        fields: {},
      });
    }
    save.run({ version, effectiveFrom, rules: draft.rules, changeNote: values.changeNote.trim() }, (saved) => onSaved(saved.version));
  }

  return (
    <TitledForm titleId="save-version-title" title={t('contactAdmin.rules.save.title')} level={4} onSubmit={submit} errors={save.errors} fieldIds={ids}>
      <VersionNameField {...field.text('version')} />
      <TextField
        {...field.text('effectiveFrom')}
        type="date"
        label={t('contactAdmin.rules.save.effectiveFrom')}
        description={t('contactAdmin.rules.save.effectiveFromHint')}
        required
      />
      <TextAreaField
        {...field.text('changeNote')}
        label={t('contactAdmin.rules.save.changeNote')}
        description={t('contactAdmin.rules.save.changeNoteHint')}
        required
        rows={3}
      />
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('contactAdmin.rules.save.submit')}
      </Button>
    </TitledForm>
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
  const { values, setValues, bind } = useFields<VersionDraft>({ version: '', changeNote: '' });
  const save = useFormMutation(contactAdminApi.saveRuleSet);
  const ids = { version: 'reset-version-name', changeNote: 'reset-version-note', rules: 'reset-title' };
  const field = bind(ids, save.errors);

  useEffect(() => {
    if (shipped.data) {
      const version = `${today}-${shipped.data.version}`.slice(0, 60);
      const changeNote = t('contactAdmin.rules.reset.defaultNote', { version: shipped.data.version });
      // Proposals only: what the administrator already typed stays.
      setValues((v) => ({ version: v.version || version, changeNote: v.changeNote || changeNote }));
    }
  }, [shipped.data, today, t, setValues]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!shipped.data) return;
    const fields = versionErrors(t, values);
    if (Object.keys(fields).length) return save.setErrors({ fields });
    save.run({ version: values.version.trim(), effectiveFrom: today, rules: shipped.data.rules, changeNote: values.changeNote.trim() }, (saved) => {
      setOpen(false);
      onDone(saved.version);
    });
  }

  return (
    <div className="reset-panel">
      <Heading level={3} id="reset-title" focusable>
        {t('contactAdmin.rules.reset.title')}
      </Heading>
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
          <VersionNameField {...field.text('version')} />
          <TextAreaField {...field.text('changeNote')} label={t('contactAdmin.rules.save.changeNote')} required rows={2} />
          <SubmitRow busy={save.busy} disabled={!shipped.data} label={t('contactAdmin.rules.reset.submit')} onClose={() => setOpen(false)} />
        </form>
      )}
    </div>
  );
}
