// 证明打印's fake for UI tests: it prints nothing. The real slice is tested end to end with the
// real core, a fake hub and CUPS (tests/e2e/certificate-print.browser.test.ts).
import { KioskError } from '../../kiosk-error.ts';
import type { CertificatePrintApi } from './certificate-print-api.ts';

export function createCertificatePrintFake(): CertificatePrintApi {
  return {
    async printCertificate() {
      throw new KioskError('unavailable', '这个模拟核心不打印证明：证明打印由 tests/e2e/certificate-print.browser.test.ts 用真实核心检验。');
    },
  };
}
