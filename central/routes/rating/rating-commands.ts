// kioskctl's 好差评 commands (the admin routes beside this file answer them):
//   ratings [--bad] [--after ID] [--limit N] [--json]
import type { AdminClient } from '../../admin-client.ts';
import { AdminArgsError, limitArg, nextPageHint } from '../../admin-list-args.ts';
import { formatRatings } from './rating-table.ts';

export const RATING_USAGE = `ratings [--bad] [--json]                      好差评; --bad: 不满意 and 非常不满意 with reason and the state of
    [--limit N] [--after ID]                    their 整改 (worked in the console's 整改 page); paged like cases`;

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
    case 'rating':
      // The follow-up state this command set is now the 整改's, worked step by step where its notes are kept.
      throw new AdminArgsError('a bad rating is followed up by its 整改 (核实, 整改, 回访, 办结) in the console\'s 整改 page; kioskctl ratings --bad shows each one\'s state');
    default:
      return false;
  }
}
