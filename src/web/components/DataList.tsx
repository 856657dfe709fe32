import type { ReactNode } from 'react';

export interface DataItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** A definition list of label/value pairs (client data, assignment data). */
export function DataList({ items }: { items: DataItem[] }) {
  return (
    <dl className="data-list">
      {items.map((item) => (
        <div className="data-list__item" key={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
