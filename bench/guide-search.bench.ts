// 政务信息查询: how long one keystroke's search takes over a county-sized set of guides (the
// core answers every keystroke from its local index), and how long building that index takes when
// a new guides document arrives. Queries are typed letter by letter, as on the kiosk keyboard.
import { buildGuideIndex } from '../terminal/services/info-query/guide-search.ts';
import type { Guide } from '../shared/contract/info-documents.ts';
import { sampleGuides } from '../tests/support/info-samples.ts';

interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

const suffixes = ['（首次申请）', '（变更）', '（补办）', '（注销）', '（延续）', '（个人）', '（单位）', '（异地）'];
const places = ['东村', '西村', '南街', '北街', '新区', '老城', '河口', '山前', '坝上', '镇上'];

/** `n` guides made from the samples with distinct names, like a county catalogue. */
function guides(n: number): Guide[] {
  const base = sampleGuides().items;
  return Array.from({ length: n }, (_, i) => {
    const g = base[i % base.length]!;
    return { ...g, id: `${g.id}-${i}`, name: `${places[(i >> 3) % places.length]}${g.name}${suffixes[i % suffixes.length]}`.slice(0, 40) };
  });
}

function perKeystroke(index: ReturnType<typeof buildGuideIndex>, query: string, rounds: number): number {
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (let i = 1; i <= query.length; i++) index.search(query.slice(0, i));
  return (performance.now() - started) / (rounds * query.length);
}

export async function run(): Promise<BenchTable[]> {
  const rows: (string | number)[][] = [];
  for (const n of [100, 1000, 5000]) {
    const set = guides(n);
    const built = performance.now();
    const index = buildGuideIndex(set);
    const buildMs = performance.now() - built;
    for (const query of ['ylbx', 'yanglao', '养老', 'shenfenzheng']) {
      rows.push([n, query, perKeystroke(index, query, n >= 5000 ? 5 : 20).toFixed(3), buildMs.toFixed(0)]);
    }
  }
  return [
    {
      title: '政务信息查询: search per keystroke (ms) and index build (ms)',
      columns: ['guides', 'typed', 'ms per keystroke', 'index build ms'],
      rows,
      note: 'pinyin-pro readings are computed once per guides document; a keystroke is substring tests only.',
    },
  ];
}
