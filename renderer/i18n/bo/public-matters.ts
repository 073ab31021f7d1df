// Tibetan (བོད་ཡིག) for zh-CN/public-matters.ts. Machine-drafted: see renderer/i18n/REVIEW.md.
import type { Translation } from '../message.ts';
import type { publicMatters as source } from '../zh-CN/public-matters.ts';

export const publicMatters = {
  title: 'གྲོས་གཞི་དང་བརྡ་ཁྱབ།',
  openness: 'གྲོང་ཚོའི་ལས་དོན་གསལ་བསྒྲགས།',
  topics: 'གྲོས་གཞི།',
  noDocuments: 'གསལ་བསྒྲགས་མེད།',
  noTopics: 'ད་ལྟ་གྲོས་གཞི་མེད།',
  state: { upcoming: 'མགོ་མ་བཙུགས།', open: 'འོས་འདེམས་བྱེད་བཞིན་པ།', closed: 'མཇུག་རྫོགས།' },
  publishedOn: 'གསལ་བསྒྲགས་ཚེས། {date}',
  period: 'འོས་འདེམས་དུས་ཚོད། {from} ནས་ {to} བར།',
  results: 'འོས་འདེམས་གྲུབ་འབྲས།',
  totalVotes: 'འོས་ཤོག་བསྡོམས་ {n, number}',
  votes: 'འོས་ཤོག་ {n, number}',
  chooseOption: 'ཁྱེད་ཀྱི་བསམ་ཚུལ་འདེམས་རོགས།',
  addComment: 'བསམ་འཆར། （མི་འབྲི་ཡང་ཆོག）',
  commentField: 'བསམ་འཆར་གྱི་ནང་དོན།',
  confirmVote: 'འོས་ཤོག་གཏན་འཁེལ།',
  voting: 'འབུལ་བཞིན་པ།',
  needCard: 'འོས་ཤོག་འཕེན་པར་ཐོབ་ཐང་ལག་འཁྱེར་དགོས། ཀློག་ཆས་སྟེང་དུ་ཞོག་རོགས། མི་རེར་འོས་ཤོག་གཅིག',
  alreadyVoted: 'ཁྱེད་ཀྱིས་གྲོས་གཞི་འདིར་འོས་ཤོག་ཕུལ་ཟིན། མི་རེས་ཐེངས་གཅིག་ལས་འཕེན་མི་ཆོག',
  voteRecorded: 'འོས་ཤོག་ལེགས་གྲུབ།',
  notOpen: { upcoming: 'གྲོས་གཞི་འདིའི་འོས་འདེམས་ད་དུང་མགོ་མ་བཙུགས།', closed: 'གྲོས་གཞི་འདིའི་འོས་འདེམས་མཇུག་རྫོགས་ཟིན།' },
} satisfies Translation<typeof source>;
