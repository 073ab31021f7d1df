// SMS notice templates (issue 26): data an admin edits per kiosk language, with the only
// placeholders a notice may carry: the case number, its new status and the progress link. A
// provider's approved template has fixed variables, and a notice carries nothing more personal
// than these; any other {placeholder} is refused when the template is saved, so rendering never
// meets one it cannot fill.
import { formatCaseNumber } from '../../../shared/contract/cases.ts';
import { HttpError } from '../../http-errors.ts';

export const templatePlaceholders = ['caseNumber', 'status', 'link'] as const;
export type TemplateValues = Record<(typeof templatePlaceholders)[number], string>;

export const MAX_TEMPLATE_LENGTH = 300;

/** Used for a language without its own template (and for Chinese until an admin edits it). */
export const defaultTemplates: Record<string, string> = {
  'zh-CN': '您的办件{caseNumber}进度更新：{status}。查看详情：{link}',
  en: 'Your case {caseNumber} is now: {status}. Details: {link}',
};
export const FALLBACK_LANGUAGE = 'zh-CN';

/** The template's text, or a 400 naming the placeholder that is not allowed. */
export function checkTemplate(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new HttpError(400, 'invalid-template', 'the template is empty');
  if (trimmed.length > MAX_TEMPLATE_LENGTH) throw new HttpError(400, 'invalid-template', `the template is ${trimmed.length} characters; at most ${MAX_TEMPLATE_LENGTH}`);
  for (const match of trimmed.matchAll(/\{([^{}]*)\}/g)) {
    if (!(templatePlaceholders as readonly string[]).includes(match[1]!)) {
      throw new HttpError(400, 'unknown-placeholder', `{${match[1]!.slice(0, 30)}} is not a placeholder a notice may carry; allowed: ${templatePlaceholders.map((p) => `{${p}}`).join(', ')}`);
    }
  }
  if (/[{}]/.test(trimmed.replace(/\{[^{}]*\}/g, ''))) throw new HttpError(400, 'invalid-template', 'a lone { or } in the template: placeholders are written {name}');
  return trimmed;
}

export function renderTemplate(text: string, values: { caseNumber: string; status: string; link: string }): string {
  const filled: TemplateValues = { caseNumber: formatCaseNumber(values.caseNumber), status: values.status, link: values.link };
  return text.replace(/\{(caseNumber|status|link)\}/g, (_, name: keyof TemplateValues) => filled[name]);
}
