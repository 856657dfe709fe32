// The kept working-alliance reflections of the case, newest first (seed 002 §3; §5: notice friction
// and address it). Every save is kept, so the expert can see how the alliance developed conversation
// by conversation, and when 'bond first' was suggested. Folded away by default: the form comes first.
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../web/api-types';
import { Alert, DataList, Heading, Paragraph } from '../../web/components';
import { formatDateTime } from '../../web/format';
import { useAllianceHistory, type AllianceHistoryItem } from './api';
import { notedElements } from './helpers';
import { aboutLabel } from './parts';

export function AllianceHistory({ caseId, contacts }: { caseId: string; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const history = useAllianceHistory(caseId);
  const items = history.data?.items ?? [];
  return (
    <section className="alliance-history" aria-labelledby="alliance-history-heading">
      <Heading level={3} id="alliance-history-heading">
        {t('conversation.alliance.history.title')}
      </Heading>
      {history.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {history.isError ? <Alert type="error">{history.error.message}</Alert> : null}
      {history.data && items.length === 0 ? <Paragraph className="muted">{t('conversation.alliance.history.none')}</Paragraph> : null}
      {items.length > 0 ? (
        <details className="alliance-history__all">
          <summary>{t('conversation.alliance.history.show', { count: items.length })}</summary>
          <ol className="version-history">
            {items.map((item) => (
              <HistoryItem key={item.id} item={item} contacts={contacts} />
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function HistoryItem({ item, contacts }: { item: AllianceHistoryItem; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const titleId = `alliance-${item.id}`;
  const noted = notedElements(item.notes);
  return (
    <li className="version-history__item">
      <article aria-labelledby={titleId}>
        <Heading level={4} id={titleId}>
          {t('conversation.alliance.history.item', { when: formatDateTime(item.recordedAt), who: item.recordedBy.displayName })}
        </Heading>
        <p className="utrecht-paragraph muted">{t('conversation.alliance.history.about', { what: aboutLabel(t, contacts, item.contactId) })}</p>
        {item.suggestion === 'turn_to_bond_first' ? (
          <p className="utrecht-paragraph">
            <strong>{t('conversation.alliance.history.bondFirst')}</strong>
          </p>
        ) : null}
        {noted.length > 0 ? (
          <DataList
            items={noted.map(({ element, note }) => ({
              key: element,
              label: t(`conversation.alliance.elements.${element}.title`),
              value: <span className="pre-line">{note}</span>,
            }))}
          />
        ) : (
          <p className="utrecht-paragraph muted">{t('conversation.alliance.history.noNotes')}</p>
        )}
        {item.frictionSignals.length > 0 ? (
          <>
            <p className="utrecht-paragraph alliance-history__signals">{t('conversation.alliance.signals')}:</p>
            <ul className="alliance-element__examples">
              {item.frictionSignals.map((signal) => (
                <li key={signal}>{t(`conversation.alliance.signal.${signal}`)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="utrecht-paragraph muted">{t('conversation.alliance.history.noSignals')}</p>
        )}
      </article>
    </li>
  );
}
