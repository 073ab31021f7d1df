// English: one file per area of zh-CN.ts, under the same keys.
import { core } from './en/core.ts';
import { infoQuery } from './en/info-query.ts';
import { publicMatters } from './en/public-matters.ts';
import { keyboardStrings } from './en/keyboard.ts';
import { progressQueryText } from './en/progress-query.ts';
import { ratingText } from './en/rating.ts';
import { application } from './en/application.ts';
import { demand } from './en/demand.ts';
import { voice } from './en/voice.ts';
import { saysCore } from './en/says-core.ts';
import { saysCases } from './en/says-cases.ts';

export const en = {
  ...core,
  ...keyboardStrings,
  ...progressQueryText,
  ...ratingText,
  ...application,
  ...demand,
  ...voice,
  info: infoQuery,
  matters: publicMatters,
  says: { core: saysCore, cases: saysCases },
};
