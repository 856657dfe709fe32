/** @jsxImportSource preact */
// "Welke informatie gebruikt de arbeidsdeskundige?" (client only; issue 7): the information the labour
// expert uses for the advice, as far as it is not marked professional-only: what, from whom (in plain
// words), and when. Above it, in short sentences: what this is, that the expert decides what is shown
// here, and that the client may always ask about it or react. The employer never gets this screen
// (navigation.ts), and the server answers only the client (portal.sources).
import { useEffect, useState } from 'preact/hooks';
import type { PortalClient } from './api';
import { BackHome, LoadFailed, Name, Screen, useT } from './components';
import { formatDate } from './format';
import { sourceKey } from './sources';
import type { Loaded, PortalSource } from './types';

export function SourcesScreen({ client, onBack }: { client: PortalClient; onBack: () => void }) {
  const tr = useT();
  const [loaded, setLoaded] = useState<Loaded<PortalSource[]>>({ state: 'loading' });

  function load(): void {
    setLoaded({ state: 'loading' });
    client.sources().then(
      (answer) => setLoaded({ state: 'ready', value: answer.items }),
      (error: unknown) => setLoaded({ state: 'failed', error }),
    );
  }
  useEffect(load, []);

  return (
    // The title ends in one long Dutch word ("arbeidsdeskundige?"): a little smaller on a narrow screen, so
    // the question mark stays with it.
    <Screen id="sources" title={tr.t('sourcesTitle')} heading={<span class="title-long">{tr.t('sourcesTitle')}</span>}>
      <BackHome onBack={onBack} />
      <p>{tr.t('sourcesIntro')}</p>
      <p>{tr.t('sourcesShared')}</p>
      <p class="important">{tr.t('sourcesAsk')}</p>
      {loaded.state === 'loading' ? <p class="busy">{tr.t('loading')}</p> : null}
      {loaded.state === 'failed' ? <LoadFailed text={tr.t('sourcesFailed')} error={loaded.error} onRetry={load} /> : null}
      {loaded.state === 'ready' && loaded.value.length === 0 ? <p>{tr.t('sourcesNone')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? (
        <ul class="cards">
          {loaded.value.map((source) => (
            <li class="card" key={source.id}>
              <h2 class="card-title" dir="auto"><Name>{source.title}</Name></h2>
              <dl class="facts">
                <div class="fact">
                  <dt>{tr.t('sourceFrom')}</dt>
                  <dd>{tr.t(sourceKey(source.sourceType))}</dd>
                </div>
                {source.sourceName ? (
                  <div class="fact">
                    <dt>{tr.t('sourceName')}</dt>
                    <dd dir="auto"><Name>{source.sourceName}</Name></dd>
                  </div>
                ) : null}
                <div class="fact">
                  <dt>{tr.t('labelDate')}</dt>
                  <dd>{formatDate(source.observedOn, tr.language)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
    </Screen>
  );
}
