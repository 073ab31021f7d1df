// Uyghur (ئۇيغۇرچە) for zh-CN/info-query.ts. Machine-drafted: see renderer/i18n/REVIEW.md.
import type { Translation } from '../message.ts';
import type { infoQuery as source } from '../zh-CN/info-query.ts';

export const infoQuery = {
  title: 'ھۆكۈمەت ئۇچۇرلىرىنى سۈرۈشتۈرۈش',
  searchGuides: 'ئىش بېجىرىش قوللانمىسىنى ئىزدەش',
  searchHint: 'ئىش نامى، پىنيىنى ياكى باش ھەرپلىرىنى كىرگۈزۈڭ، مەسىلەن ylbx',
  searchField: 'ئىزدەش مەزمۇنى',
  browseByCategory: 'تۈر بويىچە كۆرۈش',
  notices: 'ئۇقتۇرۇشلار',
  noticesCount: 'ئۇقتۇرۇشلار ({n, number})',
  noGuides: 'بۇ ماشىنىدا ئىش بېجىرىش قوللانمىسى يوق، خادىم كۆزنىكىدىن سوراڭ.',
  noResults: 'مۇناسىۋەتلىك ئىش تېپىلمىدى، باشقىچە ئىزدەڭ ياكى تۈر بويىچە كۆرۈڭ.',
  resultCount: '{total, number} تۈر تېپىلدى',
  resultCountTruncated: '{total, number} تۈر تېپىلدى، ئالدىنقى {shown, number} تۈرى كۆرسىتىلدى',
  categoryCount: '{n, number} تۈر',
  noNotices: 'ھازىرچە ئۇقتۇرۇش يوق.',
  publishedOn: 'ئېلان قىلىنغان ۋاقىت {date}',
  validUntil: '{date} گىچە كۈچكە ئىگە',

  department: 'ئىجرا قىلغۇچى ئورۇن',
  audience: 'مۇلازىمەت ئوبيېكتى',
  conditions: 'بېجىرىش شەرتى',
  materials: 'ئىلتىماس ماتېرىياللىرى',
  steps: 'بېجىرىش تەرتىپى',
  legalTimeLimit: 'قانۇنىي مۆھلەت',
  promisedTimeLimit: 'ۋەدە قىلىنغان مۆھلەت',
  fee: 'ھەق',
  location: 'بېجىرىش ئورنى',
  hours: 'بېجىرىش ۋاقتى',
  phone: 'مەسلىھەت تېلېفونى',
  material: '{form} {copies, number} نۇسخا · مەنبەسى: {source}',
  printChecklist: 'ماتېرىيال تىزىملىكىنى بېسىش',
  takeNumber: 'نومۇر ئېلىپ ئۆچرەت تۇرۇش',
  pageUp: 'ئالدىنقى بەت',
  pageDown: 'كېيىنكى بەت',
} satisfies Translation<typeof source>;
