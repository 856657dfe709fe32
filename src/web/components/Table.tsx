import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

/** A data table with a caption (visually hidden when `hideCaption`). */
export function Table({ caption, hideCaption, children }: { caption: ReactNode; hideCaption?: boolean; children: ReactNode }) {
  return (
    <div className="utrecht-table__container table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className={hideCaption ? 'visually-hidden' : 'utrecht-table__caption'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">{children}</tr>
    </thead>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function TableHeaderCell({ children, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope="col" {...rest} className="utrecht-table__header-cell">
      {children}
    </th>
  );
}

export function TableCell({ children, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td {...rest} className="utrecht-table__cell">
      {children}
    </td>
  );
}
