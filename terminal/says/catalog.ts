// Every message the core composes for a resident, by area. The renderer's zh-CN catalog spreads
// this in as its `says` area, so `npm run i18n:check` holds bo, ug and en to it like any screen text.
import { saysCases } from './cases.ts';
import { saysCore } from './core.ts';

export const saysCatalog = {
  core: saysCore,
  cases: saysCases,
};
