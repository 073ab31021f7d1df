// English for zh-CN/public-matters.ts.
import type { Translation } from '../message.ts';
import type { publicMatters as source } from '../zh-CN/public-matters.ts';

export const publicMatters = {
  title: 'Public matters',
  openness: 'Village affairs',
  topics: 'Topics',
  noDocuments: 'Nothing published yet',
  noTopics: 'There are no topics at the moment.',
  state: { upcoming: 'Not started', open: 'Voting open', closed: 'Closed' },
  publishedOn: 'Published {date}',
  period: 'Voting from {from} to {to}',
  results: 'Results',
  totalVotes: '{n, plural, one {# vote} other {# votes}} in total',
  votes: '{n, plural, one {# vote} other {# votes}}',
  chooseOption: 'Please choose your opinion',
  addComment: 'Comment (optional)',
  commentField: 'Your comment',
  confirmVote: 'Cast my vote',
  voting: 'Sending…',
  needCard: 'Voting needs an ID card: place yours on the reader. One person, one vote.',
  alreadyVoted: 'You have already voted on this topic; each person votes once.',
  voteRecorded: 'Your vote is recorded',
  notOpen: { upcoming: 'Voting on this topic has not started yet.', closed: 'Voting on this topic has ended.' },
} satisfies Translation<typeof source>;
