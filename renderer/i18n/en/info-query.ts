// English for zh-CN/info-query.ts.
import type { Translation } from '../message.ts';
import type { infoQuery as source } from '../zh-CN/info-query.ts';

export const infoQuery = {
  title: 'Government information',
  searchGuides: 'Search service guides',
  searchHint: 'Type a service name, its pinyin or initials, e.g. ylbx',
  searchField: 'Search for',
  browseByCategory: 'Browse by category',
  notices: 'Notices',
  noticesCount: 'Notices ({n, number})',
  noGuides: 'This kiosk has no service guides yet. Please ask at a staffed counter.',
  noResults: 'Nothing found. Try other words or browse by category.',
  resultCount: '{total, plural, one {# result} other {# results}}',
  resultCountTruncated: '{total, plural, one {# result} other {# results}}, showing the first {shown, number}',
  categoryCount: '{n, plural, one {# item} other {# items}}',
  noNotices: 'There are no notices at the moment.',
  publishedOn: 'Published {date}',
  validUntil: 'Valid until {date}',

  department: 'Handled by',
  audience: 'Who it is for',
  conditions: 'Conditions',
  materials: 'Documents to bring',
  steps: 'Steps',
  legalTimeLimit: 'Statutory time limit',
  promisedTimeLimit: 'Promised time limit',
  fee: 'Fee',
  location: 'Where',
  hours: 'Opening hours',
  phone: 'Enquiries',
  material: '{form} × {copies, plural, one {# copy} other {# copies}} · from: {source}',
  printChecklist: 'Print the checklist',
  takeNumber: 'Take a queue number',
  pageUp: 'Previous page',
  pageDown: 'Next page',
} satisfies Translation<typeof source>;
