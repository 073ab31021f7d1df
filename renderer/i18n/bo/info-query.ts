// Tibetan (བོད་ཡིག) for zh-CN/info-query.ts. Machine-drafted: see renderer/i18n/REVIEW.md.
import type { Translation } from '../message.ts';
import type { infoQuery as source } from '../zh-CN/info-query.ts';

export const infoQuery = {
  title: 'གཞུང་དོན་ཆ་འཕྲིན་འཚོལ་བ།',
  searchGuides: 'ལས་དོན་ལམ་སྟོན་འཚོལ།',
  searchHint: 'ལས་དོན་གྱི་མིང་ངམ་པིན་ཡིན། ཡང་ན་ཡི་གེ་དང་པོ་འབྲི་རོགས། དཔེར་ན། ylbx',
  searchField: 'འཚོལ་བྱ།',
  browseByCategory: 'རིགས་ལྟར་ལྟ་བ།',
  notices: 'བརྡ་ཁྱབ།',
  noticesCount: 'བརྡ་ཁྱབ།（{n, number}）',
  noGuides: 'འཕྲུལ་ཆས་འདིར་ལས་དོན་ལམ་སྟོན་མེད། མི་སྒེའུ་ཁུང་དུ་འདྲི་རོགས།',
  noResults: 'འབྲེལ་ཡོད་ལས་དོན་མ་རྙེད། ཚིག་གཞན་ནམ་རིགས་ལྟར་ལྟ་རོགས།',
  resultCount: 'རྣམ་གྲངས་ {total, number} རྙེད།',
  resultCountTruncated: 'རྣམ་གྲངས་ {total, number} རྙེད། སྔོན་མ་ {shown, number} སྟོན་ཡོད།',
  categoryCount: 'རྣམ་གྲངས་ {n, number}',
  noNotices: 'ད་ལྟ་བརྡ་ཁྱབ་མེད།',
  publishedOn: 'སྤེལ་ཚེས། {date}',
  validUntil: 'ནུས་ལྡན་དུས་ཚོད། {date} བར།',

  department: 'ལག་བསྟར་བྱེད་མཁན།',
  audience: 'ཞབས་ཞུའི་ཡུལ།',
  conditions: 'སྒྲུབ་པའི་ཆ་རྐྱེན།',
  materials: 'ཞུ་ཡིག་ཡིག་ཆ།',
  steps: 'སྒྲུབ་པའི་གོ་རིམ།',
  legalTimeLimit: 'ཁྲིམས་ལྡན་དུས་ཚད།',
  promisedTimeLimit: 'ཁས་ལེན་དུས་ཚད།',
  fee: 'འབབ་གླ།',
  location: 'སྒྲུབ་ས།',
  hours: 'སྒྲུབ་དུས།',
  phone: 'འདྲི་རྩད་ཁ་པར།',
  material: '{form} ཆ་ {copies, number} · ཁུངས། {source}',
  printChecklist: 'ཡིག་ཆའི་ཐོ་པར་འདེབས།',
  takeNumber: 'ཨང་གྲངས་ལེན་ནས་གྲལ་སྒྲིག',
  pageUp: 'ཤོག་ངོས་སྔོན་མ།',
  pageDown: 'ཤོག་ངོས་རྗེས་མ།',
} satisfies Translation<typeof source>;
