import type { ReactNode } from 'react';

export interface DataItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** A definition list of label/value pairs (client data, assignment data). */
export function DataList({ items }: { items: DataItem[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows data-list">
      {items.map((item) => (
        <div className="utrecht-data-list__item data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
