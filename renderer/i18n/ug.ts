// Uyghur (ئۇيغۇرچە): one file per area of zh-CN.ts, under the same keys. Right-to-left: the page
// gets dir="rtl" (locale-store.ts); numbers and codes inside stay left-to-right (<Ltr>).
import { core } from './ug/core.ts';
import { infoQuery } from './ug/info-query.ts';
import { publicMatters } from './ug/public-matters.ts';
import { keyboardStrings } from './ug/keyboard.ts';
import { progressQueryText } from './ug/progress-query.ts';
import { ratingText } from './ug/rating.ts';
import { application } from './ug/application.ts';
import { demand } from './ug/demand.ts';
import { voice } from './ug/voice.ts';
import { saysCore } from './ug/says-core.ts';
import { saysCases } from './ug/says-cases.ts';

export const ug = {
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
