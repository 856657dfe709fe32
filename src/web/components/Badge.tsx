import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'danger' | 'warning' | 'success' | 'active' | 'inactive' | 'info';

/** A status badge: the status is always in the text; the colour only repeats it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${tone} app-badge app-badge--${tone}`}>{children}</span>;
}
