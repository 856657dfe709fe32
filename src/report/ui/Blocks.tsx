// What the case gave a section, read-only: subheadings, paragraphs, lists, tables (real tables with a
// caption and header cells; an emphasised row has the ▲ marker and bold, never colour alone) and a
// chart as the table of its numbers.
import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableHead, TableHeaderCell } from '../../web/components';
import type { ReportBlock } from './api';
import { chartRows } from './format';

export function Blocks({ blocks, headingLevel = 3 }: { blocks: readonly ReportBlock[]; headingLevel?: 3 | 4 }) {
  if (blocks.length === 0) return null;
  return (
    <div className="report-blocks">
      {blocks.map((block, index) => (
        <Block key={index} block={block} headingLevel={headingLevel} />
      ))}
    </div>
  );
}

function Block({ block, headingLevel }: { block: ReportBlock; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'paragraph':
      return <p className="utrecht-paragraph report-blocks__paragraph">{block.text}</p>;
    case 'subheading': {
      const Tag = `h${headingLevel}` as const;
      return <Tag className={`utrecht-heading-${headingLevel}`}>{block.text}</Tag>;
    }
    case 'list':
      return (
        <ul className="utrecht-unordered-list report-blocks__list">
          {block.items.map((item, i) => (
            <li key={i} className="utrecht-unordered-list__item">
              {item}
            </li>
          ))}
        </ul>
      );
    case 'table': {
      const emphasised = block.rows.some((row) => row.emphasis);
      return (
        <>
          <Table caption={block.caption}>
            <TableHead>
              {block.columns.map((column, i) => (
                <TableHeaderCell key={i}>{column || <span className="visually-hidden">{t('report.block.emphasis')}</span>}</TableHeaderCell>
              ))}
            </TableHead>
            <TableBody>
              {block.rows.map((row, r) => (
                <tr key={r} className={`utrecht-table__row${row.emphasis ? ' report-row--emphasis' : ''}`}>
                  {row.cells.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row" className="utrecht-table__header-cell">
                        {row.emphasis && !cell.includes('▲') ? <strong>{t('report.block.marker')} </strong> : null}
                        {row.emphasis ? <strong>{cell}</strong> : cell}
                      </th>
                    ) : (
                      <td key={c} className="utrecht-table__cell">
                        {row.emphasis ? <strong>{cell}</strong> : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </TableBody>
          </Table>
          {emphasised ? <p className="utrecht-paragraph muted">{t('report.block.markerMeaning')}</p> : null}
        </>
      );
    }
    case 'chart': {
      const rows = chartRows(block);
      return (
        <>
          <Table caption={block.caption}>
            <TableHead>
              <TableHeaderCell>{t('report.block.chartColumns.label')}</TableHeaderCell>
              <TableHeaderCell>{block.legend.capacity}</TableHeaderCell>
              <TableHeaderCell>{block.legend.demand}</TableHeaderCell>
              <TableHeaderCell>{t('report.block.chartColumns.overshoot')}</TableHeaderCell>
            </TableHead>
            <TableBody>
              {rows.map((row, r) => (
                <tr key={r} className={`utrecht-table__row${row.overshoot ? ' report-row--emphasis' : ''}`}>
                  <th scope="row" className="utrecht-table__header-cell">
                    {row.overshoot ? <strong>{t('report.block.marker')} {row.label}</strong> : row.label}
                  </th>
                  <td className="utrecht-table__cell">{row.overshoot ? <strong>{row.capacity}</strong> : row.capacity}</td>
                  <td className="utrecht-table__cell">{row.overshoot ? <strong>{row.demand}</strong> : row.demand}</td>
                  <td className="utrecht-table__cell">{row.overshoot ? <strong>{t('report.block.yes')}</strong> : t('report.block.no')}</td>
                </tr>
              ))}
            </TableBody>
          </Table>
          <p className="utrecht-paragraph muted">{t('report.block.legend', block.legend)}</p>
        </>
      );
    }
    default:
      return null;
  }
}
