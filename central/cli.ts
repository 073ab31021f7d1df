// `npm run central -- --port N --data-dir DIR [--host H]`: runs the hub until SIGINT/SIGTERM.
// DATABASE_URL selects PostgreSQL; CENTRAL_ADMIN_TOKEN sets the admin token (otherwise one is
// generated and stored in the data dir, and its path is printed: never the token itself).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCentral, type LogLevel } from './server.ts';
import { writeConsolePassword } from './console-auth.ts';
import { hubTimeZone } from './time-zone.ts';
import { restorePgliteBackup } from './storage/pglite-restore.ts';
import { makeSharedSecrets, secretsFromEnvironment, type GivenSecrets } from './shared-secrets.ts';
import { hubRectificationDays } from './routes/rectification/time-limit.ts';

const USAGE = `usage: npm run central -- [--port N] [--data-dir DIR] [--host HOST] [--log-level silent|error|warn|info]
  --port       TCP port, 0 picks a free one (default 8470)
  --data-dir   signing key, generated admin token and embedded database (default ./.central-data)
  --host       address to listen on (default 127.0.0.1)
  --make-secrets DIR   make the signing key, pseudonym key and admin token that every hub process of
               the county shares (0600 files in DIR, never overwritten), print the environment lines and exit
  --restore FILE   make --data-dir's database from a backup (kioskctl backup FILE) and exit; the data dir
               must be new, and the hub's key files must be copied into it from the old one (or given by environment)
  --set-console-password   read the admin console password from stdin, store its scrypt hash in
               the data dir and exit (e.g. \`read -rs P; echo "$P" | npm run central -- --set-console-password\`)
environment: DATABASE_URL (use PostgreSQL), CENTRAL_ADMIN_TOKEN (admin token, at least 16 characters),
  CENTRAL_SIGNING_KEY (Ed25519 PEM) and CENTRAL_PSEUDONYM_KEY (32 bytes base64): without them the hub makes its own in
  --data-dir; every process behind one balancer needs the same ones. Each of the three may be given as NAME_FILE=path (a file holding it),
  CENTRAL_TRUSTED_PROXIES (comma-separated addresses or CIDR ranges of the balancers in front, whose X-Forwarded-For is believed),
  CENTRAL_RELEASE_PUBLIC_KEY (base64 release public key, from kioskctl release keygen; without it releases are refused),
  CENTRAL_PUBLIC_URL (the address certificates' QR codes point to, e.g. https://central.example.gov.cn),
  CENTRAL_TIME_ZONE (the county's IANA time zone for pages and a ticket's day, default Asia/Shanghai; set the kiosks' site.timeZone alike),
  CENTRAL_RECTIFICATION_WORKING_DAYS (working days a site has to rectify a bad rating, 整改; default 5),
  CENTRAL_SMS_URL and CENTRAL_SMS_SECRET (the county's SMS gateway for residents' notices: a signed POST; without them notices wait in the outbox)`;

function smsGatewayFromEnv(): { smsGateway?: { url: string; secret: string } } {
  const url = process.env.CENTRAL_SMS_URL || undefined;
  const secret = process.env.CENTRAL_SMS_SECRET || undefined;
  if (!url && !secret) return {};
  if (!url || !secret) fail('CENTRAL_SMS_URL and CENTRAL_SMS_SECRET go together: the gateway and the secret its requests are signed with');
  return { smsGateway: { url, secret } };
}

function fail(message: string): never {
  console.error(`central: ${message}\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string', default: '8470' },
        'data-dir': { type: 'string', default: './.central-data' },
        host: { type: 'string', default: '127.0.0.1' },
        'log-level': { type: 'string', default: 'warn' },
        help: { type: 'boolean', default: false },
        'set-console-password': { type: 'boolean', default: false },
        'make-secrets': { type: 'string' },
        restore: { type: 'string' },
      },
    }).values;
  } catch (err) {
    fail((err as Error).message);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be a whole number from 0 to 65535, not "${args.port}"`);
  const logLevel = args['log-level'] as LogLevel;
  if (!['silent', 'error', 'warn', 'info'].includes(logLevel)) fail(`--log-level must be silent, error, warn or info`);
  const dataDir = resolve(args['data-dir']);
  if (args['set-console-password']) {
    // From stdin, never an argument: arguments show in `ps` and in shell history.
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
    try {
      console.log(`console password: hash stored in ${writeConsolePassword(dataDir, password)}`);
    } catch (err) {
      fail((err as Error).message);
    }
    return;
  }
  if (args['make-secrets']) {
    try {
      const lines = makeSharedSecrets(resolve(args['make-secrets']));
      console.log(`secrets made; give every hub process these (e.g. in its systemd unit or EnvironmentFile):\n${lines.join('\n')}`);
    } catch (err) {
      fail((err as Error).message);
    }
    return;
  }
  if (args.restore) {
    try {
      const migrated = await restorePgliteBackup(resolve(args.restore), `${dataDir}/pglite`);
      console.log(`restored ${args.restore} into ${dataDir}/pglite${migrated.length ? ` (migrated: ${migrated.join(', ')})` : ''}; start the hub with --data-dir ${dataDir}`);
    } catch (err) {
      fail((err as Error).message);
    }
    return;
  }
  let secrets: GivenSecrets;
  try {
    secrets = secretsFromEnvironment();
  } catch (err) {
    fail((err as Error).message);
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  let timeZone: string;
  let rectificationWorkingDays: number;
  try {
    timeZone = hubTimeZone();
    rectificationWorkingDays = hubRectificationDays();
  } catch (err) {
    fail((err as Error).message);
  }

  const central = await startCentral({
    port,
    host: args.host,
    dataDir,
    databaseUrl,
    secrets, // stateless hubs (issue 27)
    trustedProxies: (process.env.CENTRAL_TRUSTED_PROXIES ?? '').split(',').map((p) => p.trim()).filter(Boolean),
    publicUrl: process.env.CENTRAL_PUBLIC_URL || undefined,
    timeZone, // issue 21
    rectificationWorkingDays, // 好差评 整改 (issue 23)
    releasePublicKey: process.env.CENTRAL_RELEASE_PUBLIC_KEY || undefined, // updates (issue 12)
    logLevel,
    delivery: smsGatewayFromEnv(), // SMS notices (issue 26)
  });
  console.log(`storage: ${central.databaseKind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}/pglite`}`);
  console.log(
    central.adminTokenFile
      ? `admin token: stored in ${central.adminTokenFile} (give it to kioskctl with --token or CENTRAL_ADMIN_TOKEN)`
      : 'admin token: from CENTRAL_ADMIN_TOKEN',
  );
  const kept = [!secrets.signingKey && 'signing key', !secrets.pseudonymKey && 'pseudonym key'].filter(Boolean);
  if (kept.length > 0 && databaseUrl) {
    // A second process with its own keys would sign documents kiosks reject and split residents' cases.
    console.log(`note: ${kept.join(' and ')} kept in ${dataDir}; before starting a second hub process, give all of them CENTRAL_SIGNING_KEY_FILE and CENTRAL_PSEUDONYM_KEY_FILE (npm run central -- --make-secrets DIR, or point them at these files)`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`central: ${signal}, closing`);
    central.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`central: error while closing: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Only now: whoever reads this line may signal us at once, and must find the handlers in place.
  console.log(`central ready: ${central.url}`);
}

main().catch((err: unknown) => {
  console.error(`central: cannot start: ${(err as Error).message}`);
  process.exit(1);
});
