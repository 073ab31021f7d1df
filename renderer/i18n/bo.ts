// Tibetan (བོད་ཡིག): one file per area of zh-CN.ts, under the same keys.
import { core } from './bo/core.ts';
import { infoQuery } from './bo/info-query.ts';
import { publicMatters } from './bo/public-matters.ts';
import { keyboardStrings } from './bo/keyboard.ts';
import { progressQueryText } from './bo/progress-query.ts';
import { ratingText } from './bo/rating.ts';
import { application } from './bo/application.ts';
import { demand } from './bo/demand.ts';
import { voice } from './bo/voice.ts';
import { saysCore } from './bo/says-core.ts';
import { saysCases } from './bo/says-cases.ts';

export const bo = {
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
