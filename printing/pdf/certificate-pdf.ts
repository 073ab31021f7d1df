// A certificate as an A4 PDF (pdfkit): title, holder (full name and ID number: it is the resident's
// own document), body, issuing authority, issue time, verification code with a QR code pointing
// to the hub's public page, page numbers and the "自助终端打印" mark on every page.
import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';
import { wallClock } from '../../config/zoned-time.ts';
import { cjkFontFiles } from './cjk-font.ts';
import { drawQrCode } from './qr.ts';

export interface CertificateDocument {
  title: string;
  holderName: string;
  idNumber: string;
  body: string;
  authority: string;
  issuedAt: Date;
  verificationCode: string;
  verifyUrl: string;
  /** The hall and terminal that printed it, for the self-service mark. */
  siteName: string;
  siteCode: string;
  /** The site's zone (`site.timeZone`): paper and screen read the same clock (issue 21). */
  timeZone: string;
}

const MARGIN = 64;
const QR_SIZE = 96;

/** 2026年12月01日 09:30 on the site's clock, whatever the operating system's zone. */
export function formatIssueTime(at: Date, timeZone: string): string {
  const c = wallClock(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.year}年${pad(c.month)}月${pad(c.day)}日 ${pad(c.hour)}:${pad(c.minute)}`;
}

function writeFooters(doc: PDFKit.PDFDocument, cert: CertificateDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page: lift the margin while stamping.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 16;
    doc.font('regular').fontSize(9).fillColor('#444');
    doc.text(`自助终端打印 · ${cert.siteName}（${cert.siteCode}）`, MARGIN, y, { width: doc.page.width - 2 * MARGIN, align: 'left', lineBreak: false });
    doc.text(`第 ${i - range.start + 1} 页 共 ${range.count} 页`, MARGIN, y, { width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false });
    // The mark also stands at the top right, where a clerk looks first.
    doc.fontSize(10).fillColor('#a11').text('自助终端打印', doc.page.width - MARGIN - 80, MARGIN - 36, { width: 80, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
    doc.fillColor('black');
  }
}

/** Renders the certificate into `file` (created 0600: it holds personal data until printed). */
export async function renderCertificatePdf(cert: CertificateDocument, file: string): Promise<{ bytes: number; pages: number }> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // Metadata is readable by anyone holding the file: the title only, no name.
    info: { Title: cert.title, Creator: 'township kiosk', Producer: 'township kiosk' },
  });
  const out = createWriteStream(file, { mode: 0o600 });
  const written = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  doc.registerFont('regular', cjkFontFiles().regular);
  doc.registerFont('bold', cjkFontFiles().bold);
  const width = doc.page.width - 2 * MARGIN;

  doc.font('bold').fontSize(26).text(cert.title, { align: 'center', characterSpacing: 4 });
  doc.moveDown(0.4);
  doc.font('regular').fontSize(10).fillColor('#444').text(`核验码：${cert.verificationCode}`, { align: 'right' });
  doc.fillColor('black').moveDown(1.2);

  doc.fontSize(14).text(`持证人：${cert.holderName}`);
  doc.moveDown(0.3).text(`公民身份号码：${cert.idNumber}`);
  doc.moveDown(1.2);
  doc.fontSize(14).text(cert.body, { indent: 28, lineGap: 8, align: 'justify', width });
  doc.moveDown(2);

  // Authority, time and the QR code stay together: start a page when they do not fit.
  const blockHeight = QR_SIZE + 40;
  if (doc.y + blockHeight > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  drawQrCode(doc, cert.verifyUrl, MARGIN, top, QR_SIZE);
  doc.font('regular').fontSize(9).fillColor('#444').text('扫码或访问下列网址核验真伪', MARGIN, top + QR_SIZE + 4, { width: 200 });
  doc.text(cert.verifyUrl, MARGIN, doc.y, { width: 260 });
  doc.fillColor('black').fontSize(14);
  doc.text(`出具单位：${cert.authority}`, MARGIN, top + 24, { width, align: 'right' });
  doc.moveDown(0.4).text(`开具时间：${formatIssueTime(cert.issuedAt, cert.timeZone)}`, MARGIN, doc.y, { width, align: 'right' });

  writeFooters(doc, cert);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  await written;
  return { bytes: out.bytesWritten, pages };
}
