// Turns a document body's validation problems into sentences an admin can act on: a problem in
// `items.12.materials.0.copies` names the item ("养老保险待遇领取", id yanglao-lingqu) as well as the
// field, so a 300-item YAML file need not be counted by hand. kioskctl prints these and sends
// nothing when there is one.
import type { z } from 'zod';

interface NamedItem {
  id?: unknown;
  name?: unknown;
  title?: unknown;
}

function itemLabel(list: unknown, index: number): string {
  const item = (Array.isArray(list) ? list[index] : undefined) as NamedItem | undefined;
  const name = typeof item?.name === 'string' ? item.name : typeof item?.title === 'string' ? item.title : null;
  const id = typeof item?.id === 'string' ? item.id : null;
  const parts = [name ? `"${name}"` : null, id ? `id ${id}` : null].filter(Boolean);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

/** One line per problem: `body.items[13] "养老保险待遇领取", id yanglao: field materials.0.copies: at least 1 copy` (paths as the hub names them). */
export function describeDocumentIssues(body: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [list, index, ...rest] = issue.path;
    if (typeof list === 'string' && typeof index === 'number') {
      const items = (body as Record<string, unknown> | null)?.[list];
      const field = rest.length ? rest.join('.') : '(the whole item)';
      return `body.${list}[${index}]${itemLabel(items, index)}: field ${field}: ${issue.message}`;
    }
    return `field body${issue.path.map((p) => `.${String(p)}`).join('')}: ${issue.message}`;
  });
}
