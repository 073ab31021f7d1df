// The words of 议题公告 (renderer/screens/public-matters/, which reads them as `mattersText`).
import { icu } from '../../../shared/icu-message.ts';

export const publicMatters = {
  title: '议题公告',
  openness: '村（居）务公开',
  topics: '议题',
  noDocuments: '暂无公开内容',
  noTopics: '目前没有议题。',
  state: { upcoming: '未开始', open: '投票中', closed: '已结束' },
  publishedOn: icu('公开日期 {date}', 'date'),
  period: icu('投票时间 {from} 至 {to}', 'from', 'to'),
  results: '投票结果',
  totalVotes: icu('共 {n, plural, other {# 票}}', 'n'),
  votes: icu('{n, plural, other {# 票}}', 'n'),
  chooseOption: '请选择您的意见',
  addComment: '留言（可不填）',
  commentField: '留言内容',
  confirmVote: '确认投票',
  voting: '正在提交…',
  needCard: '投票需要身份证：请将身份证放在读卡区，一人一票。',
  alreadyVoted: '您已经对这个议题投过票了，每人只能投一次。',
  voteRecorded: '投票成功',
  notOpen: { upcoming: '这个议题还没有开始投票。', closed: '这个议题的投票已经结束。' },
};
