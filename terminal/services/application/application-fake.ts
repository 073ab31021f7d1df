// 事项办理's fake for UI tests: a kiosk whose catalog offers no items; filing is refused. The real
// forms and filing are tested on the real core (tests/terminal/application.test.ts).
import { KioskError } from '../../kiosk-error.ts';
import { said } from '../../says/say.ts';
import type { SliceFakeContext } from '../slice-fake.ts';
import type { ApplicationApi } from './application-api.ts';

export function createApplicationFake(ctx: SliceFakeContext): ApplicationApi {
  return {
    async listApplicationItems() {
      ctx.visit();
      return { items: [] };
    },
    async getApplicationForm() {
      throw new KioskError('not-found', said('cases.itemNotFound'));
    },
    async submitApplication() {
      throw new KioskError('not-found', said('cases.itemNotFound'));
    },
    async putApplicationPage() {
      throw new KioskError('not-found', said('cases.itemNotFound'));
    },
    async removeApplicationPage() {
      throw new KioskError('not-found', said('cases.itemNotFound'));
    },
  };
}
