// 好差评 整改 (issue 23): the states a rectification goes through, the steps that move it, who may
// take each step and what each step must record. Data, like caseTransitions: the hub checks every
// step against these tables and the console draws its buttons from them. No imports beyond the
// roles: the console page bundles this file too.
import type { Role } from '../../accounts/roles.ts';

/**
 * 待核实: opened by a bad rating, the site has not looked yet. 整改中: the clerk found what happened.
 * 待回访: the fix is in place, the resident has not been asked. 待审核: asked; the supervisor decides.
 * 已退回: the supervisor sent it back with a note. 已办结: closed by the supervisor.
 */
export const rectificationStates = ['待核实', '整改中', '待回访', '待审核', '已退回', '已办结'] as const;
export type RectificationState = (typeof rectificationStates)[number];

/** 核实 (what was found), 整改 (the fix), 回访 (the resident's view of the fix), then 办结 or 退回. */
export const rectificationActions = ['核实', '整改', '回访', '办结', '退回'] as const;
export type RectificationAction = (typeof rectificationActions)[number];

/** Where each step leads. */
export const actionResults: Record<RectificationAction, RectificationState> = {
  核实: '整改中',
  整改: '待回访',
  回访: '待审核',
  办结: '已办结',
  退回: '已退回',
};

/**
 * The steps allowed from each state. A rectification sent back (已退回) may be taken up again at
 * whichever step the supervisor's note names: found again, fixed again, or the resident asked again.
 */
export const rectificationTransitions: Record<RectificationState, readonly RectificationAction[]> = {
  待核实: ['核实'],
  整改中: ['整改'],
  待回访: ['回访'],
  待审核: ['办结', '退回'],
  已退回: ['核实', '整改', '回访'],
  已办结: [],
};

/**
 * Who takes each step: the responsible site's clerk does the work, a supervisor judges it; an
 * admin may do both (a county without supervisors yet). An auditor only reads.
 */
export const actionRoles: Record<RectificationAction, readonly Role[]> = {
  核实: ['clerk', 'admin'],
  整改: ['clerk', 'admin'],
  回访: ['clerk', 'admin'],
  办结: ['supervisor', 'admin'],
  退回: ['supervisor', 'admin'],
};

/** Steps that must say something: what was found, what was done, what the resident said, why it goes back. */
export const actionsNeedingNote: readonly RectificationAction[] = ['核实', '整改', '回访', '退回'];

/** The resident's view of the fix, asked at 回访 (the scale the reference's 7-day rule uses). */
export const followUpResults = ['满意', '基本满意', '不满意'] as const;
export type FollowUpResult = (typeof followUpResults)[number];

/** States in which the site still owes work: past its due day, such a rectification is overdue. */
export const awaitingSite: readonly RectificationState[] = ['待核实', '整改中', '待回访', '已退回'];

/** What this role may do from this state. */
export function allowedActions(state: RectificationState, role: Role): RectificationAction[] {
  return rectificationTransitions[state].filter((action) => actionRoles[action].includes(role));
}
