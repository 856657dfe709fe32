import { useEffect, useId, useRef, useState, type ReactNode, type RefObject, type TdHTMLAttributes, type ThHTMLAttributes } from 'react';

/**
 * A data table with a caption (visually hidden when `hideCaption`). When the table is wider than
 * the screen (a phone, 400 % zoom) it scrolls inside its container, which then becomes a named,
 * focusable region so a keyboard user can scroll it too (WCAG 1.4.10, 2.1.1); a table that fits
 * adds no tab stop.
 */
export function Table({ caption, hideCaption, children }: { caption: ReactNode; hideCaption?: boolean; children: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const scrolls = useScrollsSideways(container);
  return (
    <div ref={container} className="utrecht-table__container table-scroll" {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className={hideCaption ? 'visually-hidden' : 'utrecht-table__caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** Whether the element's content is wider than the element, kept up to date as either changes size. */
function useScrollsSideways(element: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = element.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, [element]);
  return scrolls;
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

/** One column of a DataTable: its header and what a row shows in it. */
export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell names its row (a `th scope="row"`), e.g. the first column of a figures table. */
  rowHeader?: boolean;
}

/**
 * A data table built from its columns: one header cell per column, one row per item. A column
 * given as `false` or `null` is left out (a column only some users see).
 */
export function DataTable<Row>({
  caption,
  hideCaption,
  columns,
  rows,
  rowKey,
}: {
  caption: ReactNode;
  hideCaption?: boolean;
  columns: ReadonlyArray<Column<Row> | false | null>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  const shown = columns.filter((column): column is Column<Row> => Boolean(column));
  return (
    <Table caption={caption} hideCaption={hideCaption}>
      <TableHead>
        {shown.map((column) => (
          <TableHeaderCell key={column.key}>{column.header}</TableHeaderCell>
        ))}
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {shown.map((column) =>
              column.rowHeader ? (
                <th key={column.key} scope="row" className="utrecht-table__header-cell">
                  {column.cell(row)}
                </th>
              ) : (
                <TableCell key={column.key}>{column.cell(row)}</TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
