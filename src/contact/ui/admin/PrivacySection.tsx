// d. The privacy notice (P1, P2, P17), in versions: every consent names the version the client saw,
// so a published version is never changed; a change is a new version.
import { Fragment, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, DataTable, Heading, Paragraph, TextAreaField, TitledForm } from '../../../web/components';
import { formatDateTime } from '../../../web/format';
import { contactAdminApi, contactAdminKeys, type PrivacyNotice } from './api';
import { focusLater, QueryState, RecordView, Status, useFields, useFormMutation, VersionCell, ViewAction } from './shared';

export function PrivacySection() {
  const { t } = useTranslation();
  const notices = useQuery({ queryKey: contactAdminKeys.privacyNotices, queryFn: contactAdminApi.privacyNotices });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const items = [...(notices.data?.items ?? [])].sort((a, b) => b.version - a.version);
  const latest = items[0];
  const selected = items.find((n) => n.id === selectedId) ?? latest;

  function show(notice: PrivacyNotice) {
    setSelectedId(notice.id);
    focusLater('privacy-view-title');
  }

  return (
    <>
      <Paragraph>{t('contactAdmin.privacy.intro')}</Paragraph>
      <Status message={status} />
      <QueryState pending={notices.isPending} error={notices.error} />
      {notices.data && items.length === 0 ? <Alert type="warning">{t('contactAdmin.privacy.none')}</Alert> : null}
      {items.length ? (
        <DataTable
          caption={t('contactAdmin.privacy.caption')}
          rows={items}
          rowKey={(notice) => notice.id}
          columns={[
            {
              key: 'version',
              header: t('contactAdmin.privacy.version'),
              cell: (notice) => <VersionCell version={notice.version} current={notice.id === latest?.id} currentLabel={t('contactAdmin.privacy.current')} />,
            },
            { key: 'publishedAt', header: t('contactAdmin.privacy.publishedAt'), cell: (notice) => formatDateTime(notice.publishedAt) },
            { key: 'publishedBy', header: t('contactAdmin.privacy.publishedBy'), cell: (notice) => notice.publishedBy },
            {
              key: 'actions',
              header: t('common.actions'),
              cell: (notice) => (
                <ViewAction viewing={notice.id === selected?.id} viewingLabel={t('contactAdmin.privacy.viewing')}>
                  <Button
                    variant="subtle"
                    onClick={() => show(notice)}
                    aria-label={`${t('contactAdmin.privacy.view')}: ${t('contactAdmin.privacy.viewTitle', { version: notice.version })}`}
                  >
                    {t('contactAdmin.privacy.view')}
                  </Button>
                </ViewAction>
              ),
            },
          ]}
        />
      ) : null}
      {selected ? <PrivacyNoticeView notice={selected} /> : null}
      {notices.data ? (
        <PublishNoticeForm
          key={latest?.id ?? 'none'}
          latest={latest ?? null}
          onPublished={(notice) => {
            setStatus(t('contactAdmin.privacy.published', { version: notice.version }));
            show(notice);
          }}
        />
      ) : null}
    </>
  );
}

function PrivacyNoticeView({ notice }: { notice: PrivacyNotice }) {
  const { t } = useTranslation();
  const texts = [
    { lang: 'nl', title: t('contactAdmin.privacy.textNl'), body: notice.bodyNl },
    { lang: 'en', title: t('contactAdmin.privacy.textEn'), body: notice.bodyEn },
  ];
  return (
    <RecordView className="notice-view" titleId="privacy-view-title" title={t('contactAdmin.privacy.viewTitle', { version: notice.version })}>
      <Paragraph className="muted">{t('contactAdmin.privacy.readOnly', { date: formatDateTime(notice.publishedAt) })}</Paragraph>
      {texts.map((text) => (
        <Fragment key={text.lang}>
          <Heading level={4}>{text.title}</Heading>
          <div className="notice-view__text pre-line" lang={text.lang}>
            {text.body}
          </div>
        </Fragment>
      ))}
    </RecordView>
  );
}

function PublishNoticeForm({ latest, onPublished }: { latest: PrivacyNotice | null; onPublished: (notice: PrivacyNotice) => void }) {
  const { t } = useTranslation();
  const { values, bind } = useFields(() => ({ bodyNl: latest?.bodyNl ?? '', bodyEn: latest?.bodyEn ?? '' }));
  const publish = useFormMutation(contactAdminApi.publishPrivacyNotice);
  const next = (latest?.version ?? 0) + 1;
  const ids = { bodyNl: 'privacy-body-nl', bodyEn: 'privacy-body-en' };
  const field = bind(ids, publish.errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const bodyNl = values.bodyNl.trim();
    const bodyEn = values.bodyEn.trim();
    const fields: Record<string, string> = {};
    if (!bodyNl) fields.bodyNl = t('contactAdmin.privacy.bodyNlRequired');
    if (!bodyEn) fields.bodyEn = t('contactAdmin.privacy.bodyEnRequired');
    if (Object.keys(fields).length) return publish.setErrors({ fields });
    if (!window.confirm(t('contactAdmin.privacy.confirm', { version: next }))) return;
    publish.run({ bodyNl, bodyEn }, onPublished);
  }

  return (
    <TitledForm
      titleId="privacy-publish-title"
      title={t('contactAdmin.privacy.publishTitle')}
      intro={t('contactAdmin.privacy.publishIntro', { version: next })}
      className="form section-form"
      onSubmit={submit}
      errors={publish.errors}
      fieldIds={ids}
    >
      <TextAreaField {...field.text('bodyNl')} label={t('contactAdmin.privacy.bodyNl')} description={t('contactAdmin.privacy.bodyHint')} required rows={8} lang="nl" />
      <TextAreaField {...field.text('bodyEn')} label={t('contactAdmin.privacy.bodyEn')} required rows={8} lang="en" />
      <Button type="submit" variant="primary" busy={publish.busy}>
        {t('contactAdmin.privacy.submit', { version: next })}
      </Button>
    </TitledForm>
  );
}
