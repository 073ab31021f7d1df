// 证明打印: ask central for the certificate (live; nothing is queued), render it as an A4 PDF,
// print it through CUPS, follow the job, tell the resident, and delete the PDF whatever happened.
// The transaction recorded for central holds the type, the verification code and the outcome;
// the resident's name and ID number go only into its sealed personal column.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { KioskError } from '../../kiosk-error.ts';
import type { ServiceView } from '../../core-contract.ts';
import type { CertificateOutcome, CertificatePrintReport } from './certificate-print-contract.ts';
import type { DocumentPrinterDevice } from '../../../drivers/types.ts';
import { maskName } from '../../../shared/mask.ts';
import type { Session } from '../../session.ts';
import { rethrowStorageError, type TransactionStore } from '../../store/transactions.ts';
import type { CertificateLink } from './central-link.ts';
import type { IssuedCertificate } from '../../../shared/contract/certificates.ts';
import { said } from '../../says/say.ts';

export interface CertificatePrintDeps {
  link: CertificateLink | null;
  printer: DocumentPrinterDevice;
  transactions: TransactionStore;
  /** Where PDFs wait for CUPS to take them (inside the data dir, 0700). */
  spoolDir: string;
  site: { name: string; code: string; timeZone: string };
  now: () => Date;
  log: (line: string) => void;
}

export async function printCertificate(deps: CertificatePrintDeps, session: Session, seq: number, service: ServiceView, typeId: string): Promise<CertificateOutcome> {
  const resident = session.resident;
  if (resident?.kind !== 'id-card') throw new KioskError('no-session', said('core.certificateCardNeeded'));
  const type = service.certificateTypes?.find((t) => t.id === typeId);
  if (!type) throw new KioskError('bad-request', said('core.noSuchCertificateType', { typeId }));
  if (!deps.link) throw new KioskError('unavailable', said('core.certificateNeedsNetwork'));

  const answer = await deps.link.request({ type: type.id, idNumber: resident.idNumber, name: resident.name });
  if (!answer.ok && answer.reason === 'unreachable') {
    deps.log(`certificate-print: central unreachable (${answer.detail})`);
    throw new KioskError('unavailable', said('core.certificateNeedsNetwork'));
  }
  if (!answer.ok) return { ok: false, reason: 'refused', title: type.name, message: answer.message };

  const cert = answer.certificate;
  const print = await renderAndPrint(deps, cert);

  let transactionId: string;
  try {
    transactionId = deps.transactions.record({
      sessionId: session.id,
      seq,
      kind: 'certificate-print',
      serviceId: service.id,
      occurredAt: deps.now(),
      data: { certificateType: cert.type, verificationCode: cert.code, issuedAt: cert.issuedAt, printed: print.state === 'printed', siteCode: deps.site.code },
      personal: { idNumber: resident.idNumber, name: resident.name },
    });
  } catch (err) {
    rethrowStorageError(err);
  }
  session.transactionIds.add(transactionId);
  return {
    ok: true,
    transactionId,
    title: cert.title,
    holderMaskedName: maskName(cert.holderName),
    verificationCode: cert.code,
    issuedAt: cert.issuedAt,
    print,
  };
}

async function renderAndPrint(deps: CertificatePrintDeps, cert: IssuedCertificate): Promise<CertificatePrintReport> {
  // Loaded on first use: pdfkit costs about a second at start-up, which a kiosk that boots on a
  // low-end mini-PC (or never prints certificates) should not pay.
  const [{ renderCertificatePdf }, { charactersMissingFromFont }] = await Promise.all([
    import('../../../printing/pdf/certificate-pdf.ts'),
    import('../../../printing/pdf/font-coverage.ts'),
  ]);
  // The log gets only the count: the characters are part of a name.
  const missing = charactersMissingFromFont([cert.title, cert.holderName, cert.idNumber, cert.body, cert.authority]);
  if (missing.length > 0) {
    deps.log(`certificate-print: ${missing.length} character(s) the certificate font cannot draw; not printed`);
    return { state: 'failed', ...said('core.certificateUnprintableCharacters') };
  }
  mkdirSync(deps.spoolDir, { recursive: true, mode: 0o700 });
  const file = join(deps.spoolDir, `${ulid()}.pdf`);
  try {
    await renderCertificatePdf(
      {
        title: cert.title,
        holderName: cert.holderName,
        idNumber: cert.idNumber,
        body: cert.body,
        authority: cert.authority,
        issuedAt: new Date(cert.issuedAt),
        verificationCode: cert.code,
        verifyUrl: cert.verifyUrl,
        siteName: deps.site.name,
        siteCode: deps.site.code,
        timeZone: deps.site.timeZone,
      },
      file,
    );
    const outcome = await deps.printer.printPdf(file, cert.title);
    if (outcome.ok) return { state: 'printed' };
    deps.log(`certificate-print: ${outcome.reason}: ${outcome.message}`);
    return { state: 'failed', ...said(outcome.reason === 'timeout' ? 'core.certificatePrintTimedOut' : 'core.certificatePrintFailed') };
  } finally {
    rmSync(file, { force: true }); // the PDF carries the full name and ID number: never left behind
  }
}
