// Uyghur (ئۇيغۇرچە) for zh-CN/public-matters.ts. Machine-drafted: see renderer/i18n/REVIEW.md.
import type { Translation } from '../message.ts';
import type { publicMatters as source } from '../zh-CN/public-matters.ts';

export const publicMatters = {
  title: 'تېما ۋە ئۇقتۇرۇش',
  openness: 'كەنت (مەھەللە) ئىشلىرى ئاشكارىلىقى',
  topics: 'تېمىلار',
  noDocuments: 'ئاشكارىلانغان مەزمۇن يوق',
  noTopics: 'ھازىرچە تېما يوق.',
  state: { upcoming: 'باشلانمىدى', open: 'ئاۋاز بېرىلىۋاتىدۇ', closed: 'ئاخىرلاشتى' },
  publishedOn: 'ئاشكارىلانغان ۋاقىت {date}',
  period: 'ئاۋاز بېرىش ۋاقتى {from} دىن {to} غىچە',
  results: 'ئاۋاز بېرىش نەتىجىسى',
  totalVotes: 'جەمئىي {n, number} بېلەت',
  votes: '{n, number} بېلەت',
  chooseOption: 'پىكرىڭىزنى تاللاڭ',
  addComment: 'پىكىر قالدۇرۇش (يازمىسىڭىزمۇ بولىدۇ)',
  commentField: 'پىكىر مەزمۇنى',
  confirmVote: 'ئاۋاز بېرىشنى جەزملەش',
  voting: 'يوللىنىۋاتىدۇ…',
  needCard: 'ئاۋاز بېرىش ئۈچۈن كىملىك كېرەك: كىملىكىڭىزنى ئوقۇغۇچقا قويۇڭ، ھەر ئادەم بىر بېلەت.',
  alreadyVoted: 'سىز بۇ تېمىغا ئاۋاز بەرگەن، ھەر ئادەم پەقەت بىر قېتىم ئاۋاز بېرەلەيدۇ.',
  voteRecorded: 'ئاۋاز بېرىش مۇۋەپپەقىيەتلىك بولدى',
  notOpen: { upcoming: 'بۇ تېمىنىڭ ئاۋاز بېرىشى تېخى باشلانمىدى.', closed: 'بۇ تېمىنىڭ ئاۋاز بېرىشى ئاخىرلاشتى.' },
} satisfies Translation<typeof source>;
