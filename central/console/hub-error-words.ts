// What the hub refuses, said in the console's language. The hub answers `{ error, message, issues }`
// with an English message for integrators and kioskctl; a clerk working in Chinese reads the
// sentence below for the refusal's code instead. In English the hub's own message shows (it says
// more than a fixed sentence could), and in Chinese it follows a Chinese lead for a code not listed
// here (the fleet's and releases' refusals, which admins also read through kioskctl).
import { getLanguage } from './i18n/language.ts';

const zh: Record<string, string> = {
  'invalid-body': '请检查填写的内容：{field}',
  'invalid-body-any': '请检查填写的内容',
  'role-forbidden': '您的角色不能进行此操作',
  'csrf-token-missing': '页面已过期，请刷新后重试',
  'password-change-required': '请先设置您自己的密码',
  'admin-unauthorized': '登录已过期，请重新登录',
  'wrong-password': '账号或密码不正确',
  'too-many-logins': '密码错误次数过多，请稍后再试',
  'account-disabled': '该账号已停用，请联系管理员',
  'same-password': '新密码不能与管理员设置的临时密码相同',
  'account-exists': '该账号已存在',
  'unknown-account': '找不到该账号',
  'built-in-admin': '内置管理员账号不能在此修改',
  'unknown-case': '找不到该办件（或不在您的站点范围内）',
  'case-closed': '该件已办结，不能再办理',
  'illegal-transition': '该件当前的状态不能这样办理',
  'reply-required': '请填写给申请人的答复',
  'note-required': '这一步需要填写说明',
  'unknown-site': '没有该站点',
  'unknown-clerk': '没有该办事员账号，或该账号已停用',
  'clerk-not-at-site': '该办事员不在接收站点工作',
  'same-site': '该件已在这个站点（和办事员）手中，请选择其他站点或办事员',
  'due-day-past': '要求办结日期已过，请选择今天或以后的日期',
  'unknown-rectification': '找不到该整改（或不在您的站点范围内）',
  'not-a-bad-rating': '只有“不满意”和“非常不满意”的评价需要整改',
  'result-required': '回访请记录群众对整改的意见',
  'result-not-expected': '只有回访才记录群众意见',
  'invalid-case-number': '办件编号格式不正确',
  'invalid-holiday-file': '节假日文件有误：{message}',
  'invalid-period': '统计期间不正确',
  'invalid-rectification-id': '整改编号格式不正确',
  'invalid-township': '乡镇（街道）代码不正确',
  'not-found': '找不到所请求的内容',
  'unknown-rating': '找不到该评价',
  'unknown-terminal': '找不到该终端',
  'console-password-not-set': '控制台密码尚未设置：请在中心服务器上用命令行设置',
  'not-a-wav': '录音不是 WAV 文件，请重新录音',
  'unsupported-wav': '录音格式不支持（需要 16 位 PCM WAV）',
  'recording-too-long': '录音太长：每条提示最长 20 秒',
  'no-speech': '没有录到声音：请检查麦克风后重录',
  'unknown-prompt': '终端没有这条提示语',
  'prompt-varies': '这条提示语含号码或名称，每次内容不同，不能录音',
  'not-recorded': '这条提示语还没有录音',
  'nothing-recorded': '这种语言还没有录音，请先录制至少一条再发布',
  'unknown-locale': '没有这种语言',
  'other': '操作未完成：{message}',
};
/** A sentence with its `{name}` placeholders filled. */
const fill = (sentence: string, values: Record<string, string>) => sentence.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/** The names of the fields the workbench's forms send, as the form labels them. */
const fieldNames: Record<string, string> = {
  reason: '转办理由',
  note: '意见',
  reply: '答复',
  dueDay: '要求办结日期',
  site: '站点',
  sites: '站点',
  clerk: '办事员',
  username: '账号',
  displayName: '姓名',
  password: '密码',
  newPassword: '新密码',
  currentPassword: '当前密码',
  role: '角色',
  township: '乡镇（街道）',
  status: '状态',
  day: '日期',
  name: '名称',
};

export interface HubRefusal {
  error?: string;
  message?: string;
  issues?: Array<{ path?: string; message?: string }>;
}

/** The refusal codes the console says in its own words (a test checks they cover the workbench's routes). */
export const saidCodes = Object.keys(zh).filter((key) => key !== 'other' && key !== 'invalid-body-any');

/** The sentence a console user reads for a refusal with this body and HTTP status. */
export function hubErrorText(status: number, refusal: HubRefusal | null): string {
  const message = refusal?.message ?? `HTTP ${status}`;
  if (getLanguage() !== 'zh-CN') return message;
  const code = refusal?.error;
  if (code === 'invalid-body') {
    const fields = [...new Set((refusal?.issues ?? []).map((i) => fieldNames[String(i.path ?? '').split('.')[0]!]).filter(Boolean))];
    return fields.length ? fill(zh['invalid-body']!, { field: fields.join('、') }) : zh['invalid-body-any']!;
  }
  return fill(code && saidCodes.includes(code) ? zh[code]! : zh.other!, { message });
}
