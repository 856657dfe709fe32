// e. The mail outbox: every invitation, change and reminder as it was (or will be) sent, page by
// page, with the text and the calendar attachment of one message.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Badge, Button, DataList, DataTable, Heading, Pagination, Paragraph } from '../../../web/components';
import { formatDateTime } from '../../../web/format';
import { contactAdminApi, contactAdminKeys, type OutboxMessage } from './api';
import { focusLater, QueryState, RecordView } from './shared';

const OUTBOX_PAGE_SIZE = 20;

export function OutboxSection() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const requested = Number(params.get('pagina') ?? '1');
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  const outbox = useQuery({ queryKey: contactAdminKeys.outbox(page), queryFn: () => contactAdminApi.outbox(page, OUTBOX_PAGE_SIZE) });
  const [openId, setOpenId] = useState<string | null>(null);
  const items = outbox.data?.items ?? [];
  const open = items.find((m) => m.id === openId) ?? null;
  const pageCount = outbox.data ? Math.max(1, Math.ceil(outbox.data.total / outbox.data.pageSize)) : 1;
  const kindLabel = (message: OutboxMessage) => t(`contactAdmin.outbox.kinds.${message.kind}`, { defaultValue: message.kind });

  function toggle(message: OutboxMessage) {
    setOpenId(message.id === openId ? null : message.id);
    if (message.id !== openId) focusLater('outbox-message-title');
  }

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
            <DataTable
              caption={t('contactAdmin.outbox.caption')}
              rows={items}
              rowKey={(message) => message.id}
              columns={[
                { key: 'createdAt', header: t('contactAdmin.outbox.createdAt'), cell: (message) => formatDateTime(message.createdAt) },
                { key: 'kind', header: t('contactAdmin.outbox.kind'), cell: kindLabel },
                { key: 'recipient', header: t('contactAdmin.outbox.recipient'), cell: (message) => (message.channel === 'sms' ? `${t('contactAdmin.outbox.sms')}: ${message.recipient}` : message.recipient) },
                { key: 'subject', header: t('contactAdmin.outbox.subject'), cell: (message) => message.subject },
                { key: 'status', header: t('contactAdmin.outbox.status'), cell: (message) => <MailStatusBadge status={message.status} /> },
                {
                  key: 'sentAt',
                  header: t('contactAdmin.outbox.sentAt'),
                  cell: (message) => (message.sentAt ? formatDateTime(message.sentAt) : <span className="muted">{t('common.none')}</span>),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  cell: (message) => {
                    const label = message.id === openId ? t('contactAdmin.outbox.close') : t('contactAdmin.outbox.open');
                    return (
                      <Button
                        variant="subtle"
                        id={`outbox-open-${message.id}`}
                        aria-expanded={message.id === openId}
                        aria-controls={message.id === openId ? 'outbox-message' : undefined}
                        onClick={() => toggle(message)}
                        aria-label={`${label}: ${message.subject}`}
                      >
                        {label}
                      </Button>
                    );
                  },
                },
              ]}
            />
            <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `?deel=berichten&pagina=${p}`} />
          </>
        )
      ) : null}
      {open ? (
        <OutboxMessageView
          message={open}
          kind={kindLabel(open)}
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

/** A part of a message shown as it is (text, calendar file) in a scrollable region named by its heading. */
function CodeBlock({ id, title, text, wrap, empty }: { id: string; title: string; text: string | null; wrap?: boolean; empty?: string }) {
  return (
    <>
      <Heading level={4} id={id}>
        {title}
      </Heading>
      {text !== null ? (
        <div className="code-block" role="region" aria-labelledby={id} tabIndex={0}>
          <pre className={`code-block__pre${wrap ? ' code-block__pre--wrap' : ''}`}>{text}</pre>
        </div>
      ) : (
        <Paragraph className="muted">{empty}</Paragraph>
      )}
    </>
  );
}

function OutboxMessageView({ message, kind, onClose }: { message: OutboxMessage; kind: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <RecordView
      className="message-view"
      id="outbox-message"
      titleId="outbox-message-title"
      title={t('contactAdmin.outbox.messageTitle', { subject: message.subject })}
    >
      <DataList
        items={[
          { key: 'to', label: t('contactAdmin.outbox.recipient'), value: message.recipient },
          { key: 'kind', label: t('contactAdmin.outbox.kind'), value: kind },
          { key: 'status', label: t('contactAdmin.outbox.status'), value: <MailStatusBadge status={message.status} /> },
          { key: 'created', label: t('contactAdmin.outbox.createdAt'), value: formatDateTime(message.createdAt) },
          { key: 'sent', label: t('contactAdmin.outbox.sentAt'), value: message.sentAt ? formatDateTime(message.sentAt) : t('common.none') },
          { key: 'attempts', label: t('contactAdmin.outbox.attempts'), value: String(message.attempts) },
          ...(message.lastError ? [{ key: 'error', label: t('contactAdmin.outbox.lastError'), value: message.lastError }] : []),
        ]}
      />
      <CodeBlock id="outbox-message-body" title={t('contactAdmin.outbox.body')} text={message.bodyText} wrap />
      <CodeBlock id="outbox-message-ics" title={t('contactAdmin.outbox.ics')} text={message.ics || null} empty={t('contactAdmin.outbox.noIcs')} />
      <Button onClick={onClose}>{t('contactAdmin.outbox.close')}</Button>
    </RecordView>
  );
}
