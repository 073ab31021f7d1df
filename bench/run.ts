// `npm run bench`: runs every bench/*.bench.ts and prints its tables. Each module exports
// run(): Promise<BenchTable[]>, comparing side by side in one run with what a user would
// otherwise pick. Pass a name fragment to run only some: npm run bench -- escpos
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

function printTable(table: BenchTable): void {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const width = (s: string) => Array.from(s).reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => width(row[i] ?? ''))));
  const line = (row: string[]) => '| ' + row.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join(' | ') + ' |';
  console.log(`\n## ${table.title}`);
  console.log(line(table.columns));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of cells.slice(1)) console.log(line(row));
  if (table.note) console.log(`\n${table.note}`);
}

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run(): Promise<BenchTable[]> };
  console.error(`bench: running ${file}…`);
  for (const table of await mod.run()) printTable(table);
}
