// c. The register of approved channels (P3, P5, P14–P16): a video or phone channel may be offered
// only with a completed DPIA, a legal basis and a retention period.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CHANNEL_FORMS, channelApprovalProblems, DPIA_STATUSES, RECORDING_POLICIES } from '../../planning';
import { Badge, Button, Checkbox, DataTable, Heading, Paragraph, SelectField, TextAreaField, TextField } from '../../../web/components';
import { InlineForm, SubmitRow } from '../controls';
import { contactAdminApi, contactAdminKeys, type Channel, type ChannelInput } from './api';
import { focusLater, QueryState, SECTION_HEADING_ID, Status, useFields, useFormMutation } from './shared';

export function ChannelsSection() {
  const { t } = useTranslation();
  const channels = useQuery({ queryKey: contactAdminKeys.channels, queryFn: contactAdminApi.channels });
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const items = channels.data?.items ?? [];

  function open(channel: Channel | 'new') {
    setStatus('');
    setEditing(channel);
    focusLater('channel-form-title');
  }

  function close(message?: string) {
    setEditing(null);
    if (message) setStatus(message);
    focusLater(SECTION_HEADING_ID);
  }

  const notSet = <span className="muted">{t('common.notSet')}</span>;
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
          <DataTable
            caption={t('contactAdmin.channels.caption')}
            rows={items}
            rowKey={(channel) => channel.id}
            columns={[
              {
                key: 'name',
                header: t('contactAdmin.channels.name'),
                cell: (channel) => (
                  <>
                    {channel.name}
                    {channel.notes ? <span className="cell-hint">{channel.notes}</span> : null}
                  </>
                ),
              },
              { key: 'form', header: t('contactAdmin.channels.form'), cell: (channel) => t(`enums.contactForm.${channel.form}`) },
              { key: 'builtIn', header: t('contactAdmin.channels.builtIn'), cell: (channel) => (channel.builtIn ? t('common.yes') : t('common.no')) },
              {
                key: 'dpia',
                header: t('contactAdmin.channels.dpiaStatus'),
                cell: (channel) => (
                  <Badge tone={channel.dpiaStatus === 'completed' ? 'success' : channel.dpiaStatus === 'in_progress' ? 'warning' : 'inactive'}>
                    {t(`contactAdmin.channels.dpiaStatusValue.${channel.dpiaStatus}`)}
                  </Badge>
                ),
              },
              { key: 'legalBasis', header: t('contactAdmin.channels.legalBasis'), cell: (channel) => channel.legalBasis ?? notSet },
              {
                key: 'recording',
                header: t('contactAdmin.channels.recordingPolicy'),
                cell: (channel) => t(`contactAdmin.channels.recordingPolicyValue.${channel.recordingPolicy}`),
              },
              { key: 'retention', header: t('contactAdmin.channels.retention'), cell: (channel) => channel.retention ?? notSet },
              {
                key: 'approved',
                header: t('contactAdmin.channels.approved'),
                cell: (channel) => (
                  <Badge tone={channel.approved ? 'success' : 'danger'}>
                    {channel.approved ? t('contactAdmin.channels.isApproved') : t('contactAdmin.channels.notApproved')}
                  </Badge>
                ),
              },
              {
                key: 'actions',
                header: t('common.actions'),
                cell: (channel) => (
                  <Button variant="subtle" onClick={() => open(channel)} aria-label={`${t('contactAdmin.channels.edit')}: ${channel.name}`}>
                    {t('contactAdmin.channels.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )
      ) : null}
      {editing ? (
        <ChannelForm key={editing === 'new' ? 'new' : editing.id} channel={editing === 'new' ? null : editing} onClose={close} />
      ) : channels.data ? (
        <Button onClick={() => open('new')}>{t('contactAdmin.channels.add')}</Button>
      ) : null}
    </>
  );
}

function ChannelForm({ channel, onClose }: { channel: Channel | null; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const { values, bind } = useFields(() => ({
    name: channel?.name ?? '',
    form: (channel?.form ?? 'video') as (typeof CHANNEL_FORMS)[number],
    dpiaStatus: (channel?.dpiaStatus ?? 'not_started') as (typeof DPIA_STATUSES)[number],
    legalBasis: channel?.legalBasis ?? '',
    recordingPolicy: (channel?.recordingPolicy ?? 'never') as (typeof RECORDING_POLICIES)[number],
    retention: channel?.retention ?? '',
    approved: channel?.approved ?? false,
    notes: channel?.notes ?? '',
  }));
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
  const field = bind(ids, save.errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const { name, dpiaStatus, legalBasis, retention, approved } = values;
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = t('contactAdmin.channels.nameRequired');
    if (approved) {
      const fieldOf = { dpia_not_completed: 'dpiaStatus', legal_basis_missing: 'legalBasis', retention_missing: 'retention' } as const;
      for (const problem of channelApprovalProblems({ dpiaStatus, legalBasis, retention })) fields[fieldOf[problem]] = t(`contactAdmin.channels.${problem}`);
    }
    if (Object.keys(fields).length) return save.setErrors({ fields });
    const input: ChannelInput = {
      name: name.trim(),
      form: values.form,
      dpiaStatus,
      legalBasis: legalBasis.trim() || null,
      recordingPolicy: values.recordingPolicy,
      retention: retention.trim() || null,
      approved,
      notes: values.notes.trim() || null,
    };
    save.run(input, (saved) => onClose(t(channel ? 'contactAdmin.channels.saved' : 'contactAdmin.channels.added', { name: saved.name })));
  }

  return (
    <InlineForm
      titleId="channel-form-title"
      title={channel ? t('contactAdmin.channels.editTitle', { name: channel.name }) : t('contactAdmin.channels.addTitle')}
      className="section-form--narrow"
      onSubmit={submit}
      errors={save.errors}
      fieldIds={ids}
    >
      <TextField {...field.text('name')} label={t('contactAdmin.channels.name')} required autoComplete="off" />
      <SelectField
        {...field.text('form')}
        label={t('contactAdmin.channels.form')}
        required
        options={CHANNEL_FORMS.map((f) => ({ value: f, label: t(`enums.contactForm.${f}`) }))}
      />
      <SelectField
        {...field.text('dpiaStatus')}
        label={t('contactAdmin.channels.dpiaStatus')}
        required
        options={DPIA_STATUSES.map((s) => ({ value: s, label: t(`contactAdmin.channels.dpiaStatusValue.${s}`) }))}
      />
      <TextAreaField {...field.text('legalBasis')} label={t('contactAdmin.channels.legalBasis')} description={t('contactAdmin.channels.legalBasisHint')} rows={2} />
      <SelectField
        {...field.text('recordingPolicy')}
        label={t('contactAdmin.channels.recordingPolicy')}
        required
        options={RECORDING_POLICIES.map((p) => ({ value: p, label: t(`contactAdmin.channels.recordingPolicyValue.${p}`) }))}
      />
      <TextAreaField {...field.text('retention')} label={t('contactAdmin.channels.retention')} description={t('contactAdmin.channels.retentionHint')} rows={2} />
      <Checkbox {...field.check('approved')} label={t('contactAdmin.channels.approvedLabel')} description={t('contactAdmin.channels.approvedHint')} />
      <TextAreaField {...field.text('notes')} label={t('contactAdmin.channels.notes')} rows={2} />
      <SubmitRow busy={save.busy} label={channel ? t('contactAdmin.channels.submitEdit') : t('contactAdmin.channels.submitAdd')} onClose={() => onClose()} />
    </InlineForm>
  );
}
