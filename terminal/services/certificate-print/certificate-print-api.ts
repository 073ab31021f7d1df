// 证明打印's slice of KioskApi: the service must be offered and able to run here (A4 printer, live
// link), then print-certificate.ts asks central, prints and records. api.ts reads the answer's
// type off this builder.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskError } from '../../kiosk-error.ts';
import { said } from '../../says/say.ts';
import type { ServiceContext } from '../service-context.ts';
import type { SliceMethods } from '../slice.ts';
import { certificatePrintRequestSchemas } from './certificate-print-contract.ts';
import { printCertificate } from './print-certificate.ts';

/** `spoolDir`: where certificate PDFs wait for CUPS (deleted after each job). */
export function createCertificatePrintApi(ctx: ServiceContext, spoolDir = join(tmpdir(), 'kiosk-print-spool')) {
  return {
    async printCertificate({ serviceId, certificateType }) {
      const session = ctx.visit();
      const entry = ctx.findService(serviceId);
      const service = ctx.serviceView(entry);
      if (service.kind !== 'certificate-print') throw new KioskError('bad-request', said('core.notCertificateService'));
      const reason = ctx.outageOf(entry);
      if (reason) throw new KioskError('unavailable', ctx.unavailableNotice(reason, 'core.outageGoToCounter'));
      const printer = ctx.devices.documentPrinter;
      if (!printer) throw new KioskError('unavailable', ctx.unavailableNotice('a4None', 'core.outageGoToCounter'));
      // Asking central, rendering and printing take a while: the resident is standing there, so the
      // idle countdown must not wipe the session (and its answer) meanwhile.
      const keepAlive = setInterval(() => ctx.activity(), 5000);
      const outcome = await printCertificate(
        {
          link: ctx.hub()?.certificates ?? null,
          printer,
          transactions: ctx.transactions,
          spoolDir,
          site: ctx.config().site,
          now: ctx.now,
          log: ctx.log,
        },
        session,
        ctx.nextSeq(),
        service,
        certificateType,
      ).finally(() => clearInterval(keepAlive));
      ctx.activity();
      return outcome;
    },
  } satisfies SliceMethods<typeof certificatePrintRequestSchemas>;
}

export type CertificatePrintApi = ReturnType<typeof createCertificatePrintApi>;
