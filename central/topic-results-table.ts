// kioskctl topic results: a topic's count as a person reads it — each option with its votes and
// share, the total, how many votes were refused (second votes, closed topic), then the comments.
import type { AdminTopicResults } from '../shared/contract/public-matters.ts';
import { matterStateLabels } from '../shared/contract/public-matters.ts';

export function formatTopicResults(r: AdminTopicResults): string {
  const share = (votes: number) => (r.total ? `${Math.round((votes / r.total) * 100)}%` : '-');
  const width = Math.max(...r.options.map((o) => o.label.length * 2), 4);
  const lines = [
    `${r.topicId}: ${r.question}`,
    `state: ${matterStateLabels[r.state]} (closes ${r.closesAt})`,
    ...r.options.map((o) => `  ${o.label}${' '.repeat(Math.max(1, width - o.label.length * 2 + 2))}${String(o.votes).padStart(6)}  ${share(o.votes).padStart(4)}`),
    `total: ${r.total}   refused: ${r.refused}`,
  ];
  if (r.comments.length) {
    const labels = new Map(r.options.map((o) => [o.id, o.label]));
    lines.push('comments:', ...r.comments.map((c) => `  [${labels.get(c.optionId) ?? c.optionId}] ${c.comment}`));
  }
  return lines.join('\n');
}
