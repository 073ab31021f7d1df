// The statistics as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as
// mojibake), CRLF lines, each table under its title with a blank line between. Numbers are bare so
// Excel takes them as numbers; text is quoted, and text that Excel would run as a formula
// (=, +, -, @ first) is kept as text with a leading apostrophe.
import type { Cell, StatisticsTable } from './statistics-tables.ts';

export const UTF8_BOM = '\uFEFF';

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return `"${text.replace(/"/g, '""')}"`;
}

export function statisticsCsv(heading: string, tables: StatisticsTable[]): string {
  const lines = [csvCell(heading), ''];
  for (const table of tables) {
    lines.push(csvCell(table.title), table.columns.map(csvCell).join(','), ...table.rows.map((row) => row.map(csvCell).join(',')), '');
  }
  return UTF8_BOM + lines.join('\r\n');
}
