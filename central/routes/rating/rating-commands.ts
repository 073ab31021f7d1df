// kioskctl's 好差评 commands (the admin routes beside this file answer them):
//   ratings [--bad] [--after ID] [--limit N] [--json]          rating ID follow-up STATE [--note TEXT]
import type { AdminClient } from '../../admin-client.ts';
import { AdminArgsError, limitArg, nextPageHint } from '../../admin-list-args.ts';
import { ratingFollowUpStates } from '../../../shared/contract/cases.ts';
import { formatRatings } from './rating-table.ts';

export const RATING_USAGE = `ratings [--bad] [--json]                      好差评; --bad: 不满意 and 非常不满意 with reason and follow-up
    [--limit N] [--after ID]                    paged like cases
  rating ID follow-up STATE [--note TEXT]       STATE: ${ratingFollowUpStates.join(' ')}`;

export interface RatingCommandOptions {
  json: boolean;
  bad: boolean;
  note?: string;
  after?: string;
  limit?: string;
}

/** Runs one of the commands above; false when `command` is not one of them. */
export async function runRatingCommand(client: AdminClient, command: string, words: string[], o: RatingCommandOptions, print: (text: string) => void): Promise<boolean> {
  const out = (value: unknown, text: () => string) => print(o.json ? JSON.stringify(value, null, 2) : text());
  switch (command) {
    case 'ratings': {
      const limit = limitArg(o.limit);
      if (o.after !== undefined && !/^[1-9][0-9]{0,17}$/.test(o.after)) throw new AdminArgsError(`--after must be a rating id (see: kioskctl ratings), not "${o.after}"`);
      const ratings = await client.listRatings(o.bad, { after: o.after, limit });
      const again = ['ratings', o.bad && '--bad', o.limit && `--limit ${limit}`].filter(Boolean).join(' ');
      out(ratings, () => formatRatings(ratings, o.bad) + nextPageHint(ratings.length, limit, again, ratings.at(-1)?.id));
      return true;
    }
    case 'rating': {
      const [id, action, state] = words;
      if (!id || !/^[1-9][0-9]*$/.test(id)) throw new AdminArgsError('rating needs a rating id (see: kioskctl ratings --bad)');
      if (action !== 'follow-up') throw new AdminArgsError(`rating ID takes "follow-up STATE"${action ? `, not "${action}"` : ''}`);
      if (!state || !(ratingFollowUpStates as readonly string[]).includes(state)) {
        throw new AdminArgsError(`follow-up STATE must be one of ${ratingFollowUpStates.join(', ')}${state ? `, not "${state}"` : ''}`);
      }
      const rating = await client.setRatingFollowUp(id, { state, note: o.note ?? null });
      out(rating, () => `rating ${rating.id} (${rating.label}, ${rating.item}): ${rating.followUp?.state}${rating.followUp?.note ? ` — ${rating.followUp.note}` : ''}`);
      return true;
    }
    default:
      return false;
  }
}
