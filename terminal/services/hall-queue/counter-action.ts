// What a counter may ask of the hall queue (the counter page's buttons), parsed at the boundary.
import { z } from 'zod';

const queueId = z.string().regex(/^[a-z0-9-]{1,40}$/);

export const counterActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('call'), queueId: queueId.optional() }), // 叫号
  z.strictObject({ kind: z.literal('repeat') }), // 重呼
  z.strictObject({ kind: z.literal('skip') }), // 过号
  z.strictObject({ kind: z.literal('recall'), number: z.string().regex(/^[A-Z]\d{3,4}$/) }), // 过号的号码再叫
  z.strictObject({ kind: z.literal('start') }), // 开始办理
  z.strictObject({ kind: z.literal('finish') }), // 完成
  z.strictObject({ kind: z.literal('transfer'), queueId }), // 转窗口
  z.strictObject({ kind: z.literal('pause') }), // 暂停
  z.strictObject({ kind: z.literal('resume') }),
]);

export type CounterAction = z.infer<typeof counterActionSchema>;

export type Refusal =
  | 'unknown-counter'
  | 'not-your-queue'
  | 'no-such-queue'
  | 'paused'
  | 'busy'
  | 'nobody-waiting'
  | 'no-ticket'
  | 'wrong-state'
  | 'no-such-ticket'
  | 'recall-limit';

export type ActionOutcome = { ok: true; ticket: { number: string; state: string } | null } | { ok: false; reason: Refusal; message: string };

/** What the clerk reads when an action is refused (counter staff read Chinese, as technicians do). */
export const refusalText: Record<Refusal, string> = {
  'unknown-counter': '这个窗口没有登记，请联系管理员。',
  'not-your-queue': '这个号码不属于本窗口办理的业务，不能在本窗口叫号。',
  'no-such-queue': '没有这个业务队列。',
  paused: '本窗口已暂停，请先恢复叫号。',
  busy: '本窗口还有号码未办完，请先完成、过号或转窗口。',
  'nobody-waiting': '本窗口的业务暂时无人排队。',
  'no-ticket': '本窗口当前没有号码。',
  'wrong-state': '这个号码现在不能这样操作。',
  'no-such-ticket': '今天没有这个号码。',
  'recall-limit': '这个号码过号次数已满，请办事人重新取号。',
};
