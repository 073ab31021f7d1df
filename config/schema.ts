// The terminal configuration: one zod schema that is both the validator and the source of defaults.
// Every key a technician may write in the JSON file is declared here, with its default.
import { hallSchema } from './hall-schema.ts';
import { z } from 'zod';
import { demandConfigSchema } from './demand-sites.ts';
import { DEFAULT_LOCALE, LOCALES } from '../shared/locales.ts';
import { DEFAULT_TIME_ZONE, isTimeZone } from './zoned-time.ts';
import { localizedTexts } from '../shared/localized-text.ts';

const serialPath = z
  .string()
  .min(1, 'must be a serial port path such as /dev/ttyUSB0 or /dev/serial/by-id/…');

const baudRate = z.number().int().positive();

/** Finds a USB-serial adapter that came back under another name (ttyUSB0 → ttyUSB1). */
const usbMatch = z
  .strictObject({
    vendorId: z.string().regex(/^[0-9a-fA-F]{4}$/, '4 hex digits, e.g. 1a86').optional(),
    productId: z.string().regex(/^[0-9a-fA-F]{4}$/, '4 hex digits, e.g. 7523').optional(),
    serialNumber: z.string().min(1).optional(),
  })
  .optional();

export const samCardReaderSchema = z.strictObject({
  protocol: z.literal('idcard-sam'),
  /** Serial port; omit to use the built-in simulator. */
  path: serialPath.optional(),
  baudRate: baudRate.default(115200),
  /**
   * How often the reader is asked whether a card lies on it: the resident waits up to this long
   * before the read starts. A find costs about 2 ms of wire time at 115 200 baud (see bench/).
   */
  pollIntervalMs: z.number().int().min(50).max(10_000).default(80),
  match: usbMatch,
});

export const lineCardReaderSchema = z.strictObject({
  protocol: z.literal('line'),
  path: serialPath.optional(),
  baudRate: baudRate.default(9600),
  match: usbMatch,
  /** What ends one card's line; JSON escapes allowed ("\r\n"). */
  delimiter: z.string().min(1).default('\r\n'),
  /** A regular expression with a named group `card` that extracts the card number from a line. */
  pattern: z
    .string()
    .default('^;?(?<card>\\d{6,32})\\??$')
    .refine((p) => {
      try {
        return new RegExp(p).source.includes('?<card>');
      } catch {
        return false;
      }
    }, 'must be a valid regular expression with a named group (?<card>…)'),
});

export const cardReaderSchema = z.discriminatedUnion('protocol', [samCardReaderSchema, lineCardReaderSchema]);

/**
 * 办件进度查询 (issue 10): a barcode scanner in serial mode, one line per code (the receipt's QR),
 * read by the same line-reader driver as magstripe readers.
 */
export const scannerSchema = z.strictObject({
  protocol: z.literal('line'),
  /** Serial port; omit to use the built-in simulator. */
  path: serialPath.optional(),
  baudRate: baudRate.default(9600),
  match: usbMatch,
  /** What ends one code's line; JSON escapes allowed ("\r\n"). Most scanners send CR or CR LF. */
  delimiter: z.string().min(1).default('\r'),
});

export const printerSchema = z.strictObject({
  protocol: z.literal('escpos'),
  path: serialPath.optional(),
  baudRate: baudRate.default(115200),
  /** Characters per line in the printer's standard font: 32 (58 mm), 42 or 48 (80 mm). */
  columns: z
    .union([z.literal(32), z.literal(42), z.literal(48)], { error: 'must be 32 (58 mm paper), 42 or 48 (80 mm paper)' })
    .default(48),
  /** How often an idle printer is asked for its status: how soon a refill or paper-low is noticed. */
  statusPollSeconds: z.number().min(1).max(300).default(5),
  /**
   * What the printer does with the rest of a job cut short by paper end or an open cover.
   * `unknown`: the kiosk clears the printer's buffer (DLE DC4 fn 8) and reprints after the refill
   * only if the printer confirms the clear; otherwise it may print the rest itself, so the job is not
   * sent again. `dropped`: known to discard it: reprinted once after the refill.
   */
  bufferAtPaperEnd: z.enum(['unknown', 'dropped']).default('unknown'),
  match: usbMatch,
});

/** 证明打印: the A4 printer, a queue of the operating system's print system (CUPS). */
export const documentPrinterSchema = z.strictObject({
  protocol: z.literal('cups'),
  queue: z.string().regex(/^[A-Za-z0-9_.@-]{1,127}$/, 'must be a CUPS queue name as `lpstat -p` lists it (letters, digits, - _ . @)'),
  /** How often the queue is asked whether it is stopped: how soon a fixed printer is noticed. */
  statusPollSeconds: z.number().min(1).max(300).default(10),
  /** A certificate not printed by then is cancelled (and the resident told). */
  jobTimeoutSeconds: z.number().int().min(10).max(900).default(120),
});

/** `site.certificatesAt`'s default: the hall's staffed counter (人工窗口), in every language. */
export const STAFFED_COUNTER = '人工窗口';

export const configSchema = z.strictObject({
  site: z
    .strictObject({
      name: z.string().min(1).max(40).default('示例镇便民服务中心'),
      /** The name in other languages (shared/localized-text.ts); the default name's are in default-site-name.ts. */
      i18n: localizedTexts({ name: z.string().min(1).max(120) }),
      /** Short code used in ticket QR codes and central reports. */
      code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, - and _ only').default('DEMO-001'),
      /**
       * The site's wall clock (issue 21): screens, receipts and PDFs show times in this zone
       * whatever the operating system's zone is, and ticket numbers start again at its midnight.
       */
      timeZone: z
        .string()
        .refine(isTimeZone, 'must be an IANA time zone name such as Asia/Shanghai (Beijing time) or Asia/Urumqi')
        .default(DEFAULT_TIME_ZONE),
      /**
       * Where residents get certificates printed when this kiosk has no A4 printer (证明打印's tile
       * says so instead of reading like a fault), e.g. "一楼3号窗口" or "东升街道便民服务中心（东升路12号）".
       * The default, STAFFED_COUNTER, is told in each language as "a staffed counter"; null: this
       * site sends nobody anywhere, and the tile is not shown.
       */
      certificatesAt: z.string().min(1).max(40).nullable().default(STAFFED_COUNTER),
    })
    .prefault({}),
  session: z
    .strictObject({
      idleTimeoutSeconds: z.number().int().min(1).max(3600).default(60),
      /** WCAG 2.2.1 asks for at least 20 s to extend; shorter values are accepted for tests only. */
      warningSeconds: z.number().int().min(1).max(600).default(20),
      /** 长辈版 is slower: its idle timeout and warning are this many times longer (2: 60 s → 120 s, 20 s → 40 s). */
      elderSlowdown: z.number().min(1).max(5).default(2),
    })
    .prefault({}),
  devices: z
    .strictObject({
      cardReader: cardReaderSchema.default({ protocol: 'idcard-sam', baudRate: 115200, pollIntervalMs: 80 }),
      printer: printerSchema.prefault({ protocol: 'escpos' }),
      /** Omitted: no A4 printing, and 证明打印 shows as out of service. */
      documentPrinter: documentPrinterSchema.optional(),
      /** Omitted: no barcode scanner (the demo simulates one when the card reader is simulated too). */
      scanner: scannerSchema.optional(),
      /** How a device without a `path` is simulated: `memory` (in-process, nothing to install) or
       * `pty` (a socat pseudo-terminal pair: real bytes through the tty layer; needs socat). */
      simulatedLink: z.enum(['memory', 'pty']).default('memory'),
    })
    .prefault({}),
  central: z
    .strictObject({
      /** Base URL of the central API; omitted means the kiosk runs stand-alone. */
      url: z.url({ protocol: /^https?$/ }).optional(),
      /** Where residents' phones reach the hub (the QR on case receipts); default: \`url\`. */
      publicUrl: z.url({ protocol: /^https?$/ }).optional(),
      /** Heartbeats tell the fleet view the terminal is online; three missed ones mark it offline. */
      heartbeatSeconds: z.number().int().min(5).max(3600).default(30),
      /** A request to central that takes longer is abandoned and retried with back-off. */
      requestTimeoutSeconds: z.number().int().min(2).max(300).default(15),
      /** How often the catalog, configuration and announcements are checked for new versions. */
      documentsEverySeconds: z.number().int().min(10).max(86_400).default(60),
    })
    .prefault({}),
  store: z
    .strictObject({
      /** Days the non-personal remainder of an acknowledged transaction is kept for diagnostics. */
      retentionDays: z.number().int().min(1).max(3650).default(30),
    })
    .prefault({}),
  ui: z
    .strictObject({
      /** The site's language (issue 11); a resident may choose another for one visit on the attract screen. */
      locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.map((l) => `"${l}"`).join(', ')}` }).default(DEFAULT_LOCALE),
      /** Start in the elder version (长辈版): bigger type, fewer choices. */
      elderMode: z.boolean().default(false),
      /** Voice guidance loudness, 0–100, until a remote `set-volume` command sets another. */
      volume: z.number().int().min(0).max(100).default(80),
      /** Folder of recorded prompt packs (`<locale>/manifest.json` + WAV files); default: `voice-packs` in the data folder. */
      voicePacksDir: z.string().min(1).optional(),
      /** How the screen is mounted: the UI lays itself out for a tall (portrait) or wide (landscape) display. */
      orientation: z.enum(['portrait', 'landscape'], { error: 'must be "portrait" or "landscape"' }).default('portrait'),
    })
    .prefault({}),
  /** 诉求反映: the compounds and buildings residents pick as the place of a problem (demand-sites.ts). */
  demand: demandConfigSchema.prefault({}),
  /** Technician mode (issue 12): each terminal's own, never pushed by central. */
  technician: z
    .strictObject({
      /**
       * scrypt hash of the technician PIN, as `npm run technician-pin` writes it. Without one,
       * technician mode cannot be entered: set it before the terminal goes to the hall.
       */
      pinHash: z
        .string()
        .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, 'must be a hash written by `npm run technician-pin`, never the PIN itself')
        .optional(),
      /** Technician mode leaves by itself after this long without a touch. */
      idleSeconds: z.number().int().min(10).max(3600).default(180),
      /** Extra folders offered for the log export besides USB sticks mounted under /media, /run/media or /mnt. */
      exportDirs: z.array(z.string().min(1)).max(10).default([]),
    })
    .prefault({}),
  /**
   * Updates (issue 12): each terminal's own, set at provisioning and never pushed by central (a
   * pushed key would let whoever controls the hub choose which releases are trusted).
   */
  updates: z
    .strictObject({
      /** base64 of the raw ed25519 release public key (`kioskctl release keygen` prints it). No key: no updates. */
      releasePublicKey: z
        .string()
        .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be the 44-character base64 public key `kioskctl release keygen` printed')
        .optional(),
      /** Background download speed limit, so a resident's transactions still get through a thin link. */
      maxBytesPerSecond: z.number().int().min(4096).max(1_000_000_000).default(262_144),
    })
    .prefault({}),
  /** The hall's queue (issue 25): counters, the display and the calling rules (hall-schema.ts). */
  hall: hallSchema.prefault({}),
});

export type KioskConfig = z.infer<typeof configSchema>;
export type CardReaderConfig = z.infer<typeof cardReaderSchema>;
export type PrinterConfig = z.infer<typeof printerSchema>;
export type ScannerConfig = z.infer<typeof scannerSchema>;
export type DocumentPrinterConfig = z.infer<typeof documentPrinterSchema>;
