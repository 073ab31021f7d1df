// A hub under test and a minimal terminal that talks to it the way a kiosk would: enrolls with
// its own key pair and signs each request with the shared contract code.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { startCentral, type RunningCentral, type StartCentralOptions } from '../../../central/server.ts';
import { publicKeyToBase64, signReplacement, signRequest, type SignedRequestHeaders } from '../../../shared/contract/signing.ts';
import type { PostgresServer } from './postgres.ts';
import { openDatabase } from '../../../central/storage/open-database.ts';
import type { Database } from '../../../central/storage/database.ts';

export interface HubUnderTest extends RunningCentral {
  /** Central's clock offset in ms; move it forward to expire codes. */
  clockOffsetMs: number;
  /** The PostgreSQL database it stores in; undefined for PGlite in memory (reachable only by the hub). */
  databaseUrl: string | undefined;
}

/**
 * Starts a hub on PGlite in memory, or on a fresh database of `postgres`; `openDatabase` opens a
 * fresh migrated database of the same engine, for tests that build hubs over one database.
 */
export type HubFactory = ((options?: { consolePasswordHash?: string; publicUrl?: string; releasePublicKey?: string; timeZone?: string; delivery?: StartCentralOptions['delivery'] }) => Promise<HubUnderTest>) & {
  openDatabase: () => Promise<Database>;
};

let databaseCounter = 0;

export function hubFactory(postgres: () => PostgresServer | null): HubFactory {
  const openFresh = async () => {
    const server = postgres();
    return openDatabase(server ? { databaseUrl: await server.createDatabase(`hub_${process.pid}_${++databaseCounter}`) } : {});
  };
  const start = async (options: Parameters<HubFactory>[0] = {}) => {
    const server = postgres();
    const databaseUrl = server ? await server.createDatabase(`hub_${process.pid}_${++databaseCounter}`) : undefined;
    let offset = 0;
    const central = await startCentral({ port: 0, inMemory: !server, databaseUrl, logLevel: 'silent', now: () => Date.now() + offset, ...options });
    // An accessor (not Object.assign, which would copy a snapshot of the value).
    return Object.defineProperties(central, {
      clockOffsetMs: { get: () => offset, set: (value: number) => (offset = value), enumerable: true },
      databaseUrl: { value: databaseUrl, enumerable: true },
    }) as HubUnderTest;
  };
  return Object.assign(start, { openDatabase: openFresh });
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary answers field by field
  json: any;
}

async function toJson(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

export async function adminCall(hub: RunningCentral, method: string, path: string, body?: unknown, token = hub.adminToken): Promise<JsonResponse> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return toJson(await fetch(`${hub.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
}

export async function unsignedCall(hub: RunningCentral, method: string, path: string, body?: unknown): Promise<JsonResponse> {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  return toJson(await fetch(`${hub.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
}

export interface TestTerminal {
  terminalId: string;
  privateKey: KeyObject;
  publicKey: string;
  centralPublicKey: string;
  /** Its number at the hub (the first digits of its case numbers); 0 when enrollment was refused. */
  terminalNumber: number;
}

export function newKeyPair(): { privateKey: KeyObject; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: publicKeyToBase64(publicKey) };
}

export async function createCode(hub: RunningCentral, options: { siteCode?: string; ttlMinutes?: number } = {}): Promise<string> {
  const response = await adminCall(hub, 'POST', '/v1/admin/enrollment-codes', options);
  if (response.status !== 201) throw new Error(`could not create a code: ${JSON.stringify(response.json)}`);
  return response.json.code;
}

export interface EnrollOptions {
  siteCode?: string;
  siteName?: string;
  /** A code made elsewhere (kioskctl enroll-code); by default one is made through the admin API. */
  code?: string;
  /** Enroll this terminal again under a new key (a replaced disk), handing over its place. */
  replaces?: TestTerminal;
  /** Sign the hand-over with this terminal's key instead of `replaces`' own: a forgery. */
  handOverSignedBy?: TestTerminal;
}

/** Sends an enrollment as a kiosk would, whatever the hub answers (for tests of a refusal). */
export async function tryEnroll(hub: RunningCentral, options: EnrollOptions = {}): Promise<{ response: JsonResponse; terminal: TestTerminal }> {
  const keys = newKeyPair();
  const { replaces } = options;
  const signer = options.handOverSignedBy ?? replaces;
  const response = await unsignedCall(hub, 'POST', '/v1/enroll', {
    code: options.code ?? (await createCode(hub)),
    publicKey: keys.publicKey,
    siteCode: options.siteCode ?? 'SITE-1',
    siteName: options.siteName ?? '示例镇便民服务中心',
    softwareVersion: '0.1.0',
    ...(replaces && signer ? { replaces: { terminalId: replaces.terminalId, signature: signReplacement(signer.privateKey, replaces.terminalId, keys.publicKey) } } : {}),
  });
  return { response, terminal: { ...keys, terminalId: response.json?.terminalId, centralPublicKey: response.json?.centralPublicKey, terminalNumber: response.json?.terminalNumber ?? 0 } };
}

/** An enrolled terminal (at `siteCode`, or as `options` say); fails the test unless the hub answers 201. */
export async function enrollTerminal(hub: RunningCentral, siteOrOptions: string | EnrollOptions = {}): Promise<TestTerminal> {
  const { response, terminal } = await tryEnroll(hub, typeof siteOrOptions === 'string' ? { siteCode: siteOrOptions } : siteOrOptions);
  if (response.status !== 201) throw new Error(`enrollment answered ${response.status}, not 201: ${JSON.stringify(response.json)}`);
  return terminal;
}

export interface SignedCallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Change the signed headers before sending (to forge, age or replay). */
  tamper?: (headers: SignedRequestHeaders) => SignedRequestHeaders;
  /** Send this text instead of the body that was signed. */
  sendBodyText?: string;
  timestamp?: string;
  nonce?: string;
  signWith?: KeyObject;
}

/** Builds a signed request; `send()` may be called more than once to replay it byte for byte. */
export function signedRequest(hub: RunningCentral, terminal: TestTerminal, method: string, path: string, options: SignedCallOptions = {}) {
  const bodyText = options.body === undefined ? '' : JSON.stringify(options.body);
  let headers = signRequest(options.signWith ?? terminal.privateKey, {
    terminalId: terminal.terminalId,
    method,
    path,
    body: bodyText,
    timestamp: options.timestamp,
    nonce: options.nonce,
  });
  if (options.tamper) headers = options.tamper(headers);
  const sentBody = options.sendBodyText ?? bodyText;
  return {
    headers,
    send: async () =>
      toJson(
        await fetch(`${hub.url}${path}`, {
          method,
          headers: { ...headers, ...(sentBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
          body: sentBody || undefined,
        }),
      ),
  };
}

export function signedCall(hub: RunningCentral, terminal: TestTerminal, method: string, path: string, options: SignedCallOptions = {}) {
  return signedRequest(hub, terminal, method, path, options).send();
}

/** A kiosk's delivery of transactions: one signed batch. */
export function sendBatch(hub: RunningCentral, terminal: TestTerminal, items: unknown[]) {
  return signedCall(hub, terminal, 'POST', '/v1/transactions/batch', { body: { items } });
}
