// The portal doors of a case for the labour expert and office staff (issue 5, docs/portal.md): who has
// a page of their own, how they confirm it is them, whether a link is active or locked; send a link,
// replace a lost one (old links and sessions stop), and sign someone out everywhere.
import './portal-staff.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseSection } from '../../cases/ui/Section';
import { Alert, Button, ButtonGroup, DataTable, Paragraph, SelectField } from '../../web/components';
import { useCase, caseKey } from '../../cases/ui/useCase';
import { request } from '../../web/api';
import { formatDateTime } from '../../web/format';

export interface PortalDoor {
  id: string | null;
  documents: Array<{ id: string; fileName: string; sharedAt: string }>;
  audience: 'client' | 'employer';
  partyId: string | null;
  name: string;
  secondChannel: 'email' | 'sms' | null;
  canSendLink: boolean;
  activeLinks: number;
  openSessions: number;
  lastUsedAt: string | null;
  lockedUntil: string | null;
}

const doorsKey = (caseId: string) => ['cases', caseId, 'portal'] as const;
const doorKey = (door: PortalDoor) => door.id ?? `${door.audience}-${door.partyId ?? 'client'}`;

export function PortalSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const doors = useQuery({ queryKey: doorsKey(caseId), queryFn: () => request<{ doors: PortalDoor[] }>('GET', `/api/cases/${encodeURIComponent(caseId)}/portal`) });
  const caseData = useCase(caseId).data;
  const act = useMutation({
    mutationFn: async ({ door, action, documentId }: { door: PortalDoor; action: 'send' | 'replace' | 'end' | 'share' | 'unshare'; documentId?: string }) => {
      const base = `/api/cases/${encodeURIComponent(caseId)}/portal`;
      if (action === 'share') {
        await request<void>('POST', `${base}/${door.id}/documents`, { body: { documentId } });
        return { door, action, answer: null };
      }
      if (action === 'unshare') {
        await request<void>('DELETE', `${base}/${door.id}/documents/${documentId}`);
        return { door, action, answer: null };
      }
      if (action === 'send') return { door, action, answer: await request<{ sentTo: string }>('POST', base, { body: { audience: door.audience, partyId: door.partyId } }) };
      if (action === 'replace') return { door, action, answer: await request<{ sentTo: string }>('POST', `${base}/${door.id}/replace-link`) };
      await request<void>('POST', `${base}/${door.id}/end-sessions`);
      return { door, action, answer: null };
    },
    onMutate: () => setNotice(null),
    onSuccess: ({ door, action, answer }) => {
      const text = action === 'end' ? t('portalStaff.section.ended', { name: door.name })
        : action === 'share' ? t('portalStaff.section.docShared', { name: door.name })
        : action === 'unshare' ? t('portalStaff.section.docUnshared', { name: door.name })
        : t(action === 'replace' ? 'portalStaff.section.replaced' : 'portalStaff.section.sent', { to: answer?.sentTo ?? '' });
      setNotice({ type: 'ok', text });
      void queryClient.invalidateQueries({ queryKey: doorsKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
    },
    onError: (error: Error) => setNotice({ type: 'error', text: error.message }),
  });

  const stateOf = (door: PortalDoor) => {
    const parts = [door.activeLinks > 0 ? t('portalStaff.section.links', { count: door.activeLinks }) : t('portalStaff.section.noLink')];
    if (door.lastUsedAt) parts.push(t('portalStaff.section.lastUsed', { when: formatDateTime(door.lastUsedAt) }));
    if (door.openSessions > 0) parts.push(t('portalStaff.section.sessions', { count: door.openSessions }));
    return parts.join(', ');
  };

  return (
    <CaseSection id="portal" title={t('portalStaff.section.title')}>
      <Paragraph>{t('portalStaff.section.intro')}</Paragraph>
      <div role="status" aria-live="polite">
        {notice ? <Alert type={notice.type === 'ok' ? 'ok' : 'error'}>{notice.text}</Alert> : null}
      </div>
      {doors.isError ? <Alert type="error">{doors.error.message}</Alert> : null}
      {doors.data ? (
        <DataTable
          caption={t('portalStaff.section.caption')}
          rows={doors.data.doors}
          rowKey={doorKey}
          columns={[
            { key: 'who', header: t('portalStaff.section.who'), cell: (door) => `${door.name} (${t(`portalStaff.section.audience.${door.audience}`)})` },
            { key: 'confirmation', header: t('portalStaff.section.confirmation'), cell: (door) => t(`portalStaff.section.channel.${door.secondChannel ?? 'none'}`) },
            {
              key: 'state', header: t('portalStaff.section.state'), cell: (door) => (
                <>
                  {stateOf(door)}
                  {door.lockedUntil && Date.parse(door.lockedUntil) > Date.now() ? <span className="cell-hint">{t('portalStaff.section.locked', { when: formatDateTime(door.lockedUntil) })}</span> : null}
                </>
              ),
            },
            {
              key: 'actions', header: t('portalStaff.section.actions'), cell: (door) => {
                if (!door.canSendLink) return <span className="muted">{t('portalStaff.section.noEmail')}</span>;
                const label = `${door.name}`;
                return (
                  <ButtonGroup>
                    <Button disabled={act.isPending} aria-label={`${door.activeLinks > 0 ? t('portalStaff.section.sendAnother') : t('portalStaff.section.send')}: ${label}`} onClick={() => act.mutate({ door, action: 'send' })}>
                      {door.activeLinks > 0 ? t('portalStaff.section.sendAnother') : t('portalStaff.section.send')}
                    </Button>
                    {door.id && door.activeLinks > 0 ? (
                      <Button disabled={act.isPending} aria-label={`${t('portalStaff.section.replace')}: ${label}`} title={t('portalStaff.section.replaceHint')} onClick={() => act.mutate({ door, action: 'replace' })}>
                        {t('portalStaff.section.replace')}
                      </Button>
                    ) : null}
                    {door.id && door.openSessions > 0 ? (
                      <Button disabled={act.isPending} aria-label={`${t('portalStaff.section.endSessions')}: ${label}`} onClick={() => act.mutate({ door, action: 'end' })}>
                        {t('portalStaff.section.endSessions')}
                      </Button>
                    ) : null}
                  </ButtonGroup>
                );
              },
            },
          ]}
        />
      ) : null}
      {doors.data?.doors.filter((door) => door.id !== null).map((door) => (
        <SharedDocuments
          key={doorKey(door)}
          door={door}
          caseDocuments={caseData?.documents ?? []}
          busy={act.isPending}
          onShare={(documentId) => act.mutate({ door, action: 'share', documentId })}
          onUnshare={(documentId) => act.mutate({ door, action: 'unshare', documentId })}
        />
      ))}
    </CaseSection>
  );
}

/** The documents one door sees in the portal: shared ones with "stop sharing", and one to add. */
function SharedDocuments({ door, caseDocuments, busy, onShare, onUnshare }: {
  door: PortalDoor;
  caseDocuments: Array<{ id: string; fileName: string }>;
  busy: boolean;
  onShare: (documentId: string) => void;
  onUnshare: (documentId: string) => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const shareable = caseDocuments.filter((d) => !door.documents.some((s) => s.id === d.id));
  const who = `${door.name} (${t(`portalStaff.section.audience.${door.audience}`)})`;
  const selectId = `portal-share-${door.id}`;
  return (
    <div className="portal-documents">
      <h3 className="utrecht-heading-3">{t('portalStaff.section.documentsFor', { who })}</h3>
      {door.documents.length === 0 ? <Paragraph className="muted">{t('portalStaff.section.noDocuments')}</Paragraph> : (
        <ul className="plain-bullets">
          {door.documents.map((d) => (
            <li key={d.id}>
              {d.fileName} <span className="cell-hint">{t('portalStaff.section.sharedOn', { when: formatDateTime(d.sharedAt) })}</span>{' '}
              <Button disabled={busy} aria-label={`${t('portalStaff.section.unshare')}: ${d.fileName}, ${who}`} onClick={() => onUnshare(d.id)}>{t('portalStaff.section.unshare')}</Button>
            </li>
          ))}
        </ul>
      )}
      {shareable.length > 0 ? (
        <form
          className="inline-share"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) onShare(chosen);
            setChosen('');
          }}
        >
          <SelectField
            id={selectId}
            label={t('portalStaff.section.shareLabel', { who })}
            value={chosen}
            onChange={setChosen}
            placeholder={t('portalStaff.section.choose')}
            options={shareable.map((d) => ({ value: d.id, label: d.fileName }))}
          />
          <Button type="submit" disabled={busy || !chosen}>{t('portalStaff.section.share')}</Button>
        </form>
      ) : null}
    </div>
  );
}
