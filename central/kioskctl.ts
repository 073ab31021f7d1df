// kioskctl: the fleet admin's command line, talking HTTP to a central hub.
//   npm run kioskctl -- [--url URL] [--token TOKEN | --token-file FILE] COMMAND …
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { AdminClientError, createAdminClient } from './admin-client.ts';
import { documentKindSchema, type CommandView } from '../shared/contract/schemas.ts';
import { COMMAND_USAGE, CommandArgsError, parseCommandWords } from './command-args.ts';
import { documentBodySchemas } from '../config/document-bodies.ts';
import { describeDocumentIssues } from '../shared/contract/document-issues.ts';
import { runTerminalsCommand, TERMINALS_USAGE, TerminalsArgsError } from './terminal-commands.ts';
import { describeTranslationGaps, translationGaps } from '../shared/contract/translation-gaps.ts';
import { formatTopicResults } from './topic-results-table.ts';
import { AdminArgsError } from './admin-list-args.ts';
import { CASE_USAGE, runCaseCommand } from './routes/cases/case-commands.ts';
import { RATING_USAGE, runRatingCommand } from './routes/rating/rating-commands.ts';
import { RELEASE_USAGE, ReleaseUsageError, runOfflineReleaseCommand, runReleaseCommand, type PublishUpload } from './release-commands.ts';
import { uploadRelease } from './releases/upload-release.ts';
import { HOLIDAYS_USAGE, runHolidayCommand } from './holidays/holiday-commands.ts';
import { ACCOUNTS_USAGE, runAccountCommand } from './accounts/account-commands.ts';
import { NOTIFY_USAGE, runNotifyCommand } from './notify/notify-commands.ts';

const USAGE = `usage: npm run kioskctl -- [--url URL] [--token TOKEN | --token-file FILE] COMMAND
commands:
  enroll-code [--site CODE] [--ttl MINUTES]     make a one-time enrollment code (default valid 24 h)
  ${TERMINALS_USAGE}
  publish KIND FILE                             sign and publish a document (JSON or YAML file);
                                                KIND: catalog, config, announcements, guides, notices, matters
  topic results TOPIC_ID [--json]                a topic's votes per option, refused votes and comments
  transactions TERMINAL_ID [--after C] [--limit N]   a terminal's transactions as JSON
  certificates load FILE                        load residents' certificate records (JSON or YAML list) into the hub
  ${COMMAND_USAGE}
                                                delivered with the terminal's next heartbeat; --wait waits
                                                for its answer, --out saves a screenshot or log bundle
  commands TERMINAL_ID [--json]                 a terminal's commands and their answers
  attachment COMMAND_ID --out FILE              save a command's screenshot or log bundle
  log-bundles TERMINAL_ID                       log bundles technicians sent from the terminal
  log-bundle BUNDLE_ID --out FILE               save one of them
  backup FILE                                   save a hall's hub (PGlite) database while it serves; restore
                                                with: npm run central -- --restore FILE --data-dir NEW_DIR
  ${CASE_USAGE}
  ${RATING_USAGE}
  ${RELEASE_USAGE}
  ${HOLIDAYS_USAGE}
  ${ACCOUNTS_USAGE}
  ${NOTIFY_USAGE}
defaults: --url from CENTRAL_URL (else http://127.0.0.1:8470), --token from CENTRAL_ADMIN_TOKEN
slow links: KIOSKCTL_TIMEOUT_SECONDS (an answer, default 15), KIOSKCTL_STALL_SECONDS (an upload with no
  progress, default 30), KIOSKCTL_CHUNK_KB (a fixed upload chunk; by default sized to the link)`;

class UsageError extends Error {}
class InvalidDocumentError extends Error {}

function describeView(view: CommandView): string {
  const what = view.command.type === 'out-of-service' ? `out-of-service ${view.command.on ? 'on' : 'off'}` : view.command.type === 'set-volume' ? `set-volume ${view.command.percent}` : view.command.type;
  return `${view.commandId}  ${what.padEnd(18)} ${view.state.padEnd(9)} ${view.createdAt}${view.detail ? `  ${view.detail}` : ''}${view.attachment ? `  [${view.attachment}]` : ''}`;
}

function readDocumentFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(err as Error).message}`);
  }
}

function readTokenFile(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new UsageError(`cannot read the token file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number above 0, not "${value}"`);
  return n;
}

/** Tuning for tests and unusual links, e.g. KIOSKCTL_TIMEOUT_SECONDS=60; unset: the defaults. */
function secondsFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`${name} must be a number of seconds above 0, not "${raw}"`);
  return seconds * 1000;
}

function kilobytesFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const kb = Number(raw);
  if (!Number.isInteger(kb) || kb < 1) throw new UsageError(`${name} must be a whole number of KB above 0, not "${raw}"`);
  return kb * 1024;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      site: { type: 'string' },
      ttl: { type: 'string' },
      json: { type: 'boolean', default: false },
      after: { type: 'string' },
      limit: { type: 'string' },
      message: { type: 'string' },
      reason: { type: 'string' },
      wait: { type: 'string' },
      out: { type: 'string' },
      // updates (issue 12)
      key: { type: 'string' },
      'min-from': { type: 'string' },
      'store-readable-from': { type: 'string' },
      stages: { type: 'string' },
      'halt-after': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      status: { type: 'string' },
      kind: { type: 'string' },
      reply: { type: 'string' },
      bad: { type: 'boolean', default: false },
      note: { type: 'string' },
      by: { type: 'string' },
      year: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      sites: { type: 'string' },
      township: { type: 'string' },
      password: { type: 'string' },
      events: { type: 'string' }, // webhooks (issue 26)
      case: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    if (!command && !values.help) process.exitCode = 2;
    return;
  }
  // The release key's commands run offline (no hub, no token): the key's machine may have no network.
  if (command === 'release' && runOfflineReleaseCommandSafely(rest, values)) return;
  const url = values.url ?? process.env.CENTRAL_URL ?? 'http://127.0.0.1:8470';
  const tokenFromFile = values['token-file'] ? readTokenFile(values['token-file']) : undefined;
  const token = values.token ?? tokenFromFile ?? process.env.CENTRAL_ADMIN_TOKEN;
  if (!token) throw new UsageError('no admin token: pass --token or --token-file, or set CENTRAL_ADMIN_TOKEN (a hub that made its own keeps it in <data dir>/admin-token)');
  const client = createAdminClient(url, token, { timeoutMs: secondsFromEnv('KIOSKCTL_TIMEOUT_SECONDS') });

  // 办件 and 好差评 (issue 10): cases, case, ratings, rating.
  try {
    const print = (text: string) => console.log(text);
    if ((await runCaseCommand(client, command, rest, values, print)) || (await runRatingCommand(client, command, rest, values, print))) return;
    if (await runHolidayCommand(client, command, rest, values, print)) return; // the holiday calendar (issue 23)
    if (await runAccountCommand(client, command, rest, values, print)) return; // console accounts (issue 23)
    if (await runNotifyCommand(client, command, rest, values, print)) return; // webhooks, deliveries, SMS templates (issue 26)
  } catch (err) {
    if (err instanceof AdminArgsError) throw new UsageError(err.message);
    throw err;
  }
  switch (command) {
    case 'enroll-code': {
      const created = await client.createEnrollmentCode({ siteCode: values.site, ttlMinutes: positiveInt(values.ttl, '--ttl') });
      if (values.json) console.log(JSON.stringify(created, null, 2));
      else console.log(`enrollment code: ${created.code}\nvalid until:     ${created.expiresAt}${created.siteCode ? `\nfor site:        ${created.siteCode}` : ''}`);
      return;
    }
    case 'terminals':
      try {
        await runTerminalsCommand(client, rest, values, (text) => console.log(text));
      } catch (err) {
        if (err instanceof TerminalsArgsError) throw new UsageError(err.message);
        throw err;
      }
      return;
    case 'publish': {
      const [kindText, file] = rest;
      const kind = documentKindSchema.safeParse(kindText);
      if (!kind.success || !file) throw new UsageError(`publish needs a kind (${documentKindSchema.options.join(', ')}) and a file`);
      const body = readDocumentFile(file);
      // Checked here first, with the hub's own schema, so every problem is listed with the item it
      // is in, and nothing is sent while one remains.
      const checked = documentBodySchemas[kind.data].safeParse(body);
      if (!checked.success) {
        throw new InvalidDocumentError(`${file} is not a valid ${kind.data} document; nothing was published:\n${describeDocumentIssues(body, checked.error).map((line) => `  - ${line}`).join('\n')}`);
      }
      const published = await client.publishDocument(kind.data, body);
      console.log(`published ${published.kind} version ${published.version}`);
      // Published all the same: residents see what lacks a translation in Chinese, marked as such.
      for (const line of describeTranslationGaps(translationGaps(kind.data, kind.data === 'config' ? body : checked.data))) console.log(`warning: ${line}`);
      return;
    }
    case 'topic': {
      // 议题公告 (issue 9)
      const [sub, topicId] = rest;
      if (sub !== 'results' || !topicId) throw new UsageError('topic needs "results" and a topic id, e.g. topic results road-lights');
      const results = await client.topicResults(topicId);
      console.log(values.json ? JSON.stringify(results, null, 2) : formatTopicResults(results));
      return;
    }
    case 'transactions': {
      const [terminalId] = rest;
      if (!terminalId) throw new UsageError('transactions needs a terminal id (see: kioskctl terminals)');
      const list = await client.listTerminalTransactions(terminalId, { after: values.after, limit: positiveInt(values.limit, '--limit') });
      console.log(JSON.stringify(list, null, 2));
      return;
    }
    case 'certificates': {
      const [action, file] = rest;
      if (action !== 'load' || !file) throw new UsageError('certificates needs: load FILE (a list of records, or { records: [...] })');
      const content = readDocumentFile(file);
      const records = Array.isArray(content) ? content : (content as { records?: unknown } | null)?.records;
      const { loaded } = await client.loadCertificateRecords(records);
      console.log(`loaded ${loaded} certificate record${loaded === 1 ? '' : 's'}`);
      return;
    }
    case 'command': {
      const [terminalId, ...words] = rest;
      if (!terminalId) throw new UsageError('command needs a terminal id (see: kioskctl terminals)');
      let request;
      try {
        request = parseCommandWords(words, { message: values.message, reason: values.reason });
      } catch (err) {
        if (err instanceof CommandArgsError) throw new UsageError(err.message);
        throw err;
      }
      const waitSeconds = values.wait === undefined ? 0 : positiveInt(values.wait, '--wait')!;
      let view = await client.sendCommand(terminalId, { ...request, ttlMinutes: positiveInt(values.ttl, '--ttl') });
      console.log(`queued ${view.commandId} (${view.command.type}): sent with the terminal's next heartbeat, valid until ${view.expiresAt}`);
      const deadline = Date.now() + waitSeconds * 1000;
      while (waitSeconds > 0 && !view.completedAt && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1000));
        view = (await client.listCommands(terminalId)).find((c) => c.commandId === view.commandId) ?? view;
      }
      if (waitSeconds > 0) {
        if (!view.completedAt) {
          console.log(`no answer within ${waitSeconds} s (${view.state}); see later with: kioskctl commands ${terminalId}`);
          process.exitCode = 3;
          return;
        }
        console.log(`${view.state}: ${view.detail ?? ''}`);
        if (view.state !== 'done') process.exitCode = 1;
        if (view.attachment && values.out) {
          writeFileSync(values.out, (await client.downloadAttachment(view.commandId)).bytes, { mode: 0o600 });
          console.log(`saved ${view.attachment} to ${values.out}`);
        }
      }
      return;
    }
    case 'commands': {
      const [terminalId] = rest;
      if (!terminalId) throw new UsageError('commands needs a terminal id (see: kioskctl terminals)');
      const list = await client.listCommands(terminalId);
      console.log(values.json ? JSON.stringify(list, null, 2) : list.length === 0 ? 'no commands sent to this terminal yet' : list.map(describeView).join('\n'));
      return;
    }
    case 'attachment': {
      const [commandId] = rest;
      if (!commandId || !values.out) throw new UsageError('attachment needs a command id and --out FILE');
      const file = await client.downloadAttachment(commandId);
      // Owner-only: a screenshot may show a resident.
      writeFileSync(values.out, file.bytes, { mode: 0o600 });
      console.log(`saved ${file.contentType} (${file.bytes.length} bytes) to ${values.out}`);
      return;
    }
    case 'log-bundles': {
      const [terminalId] = rest;
      if (!terminalId) throw new UsageError('log-bundles needs a terminal id (see: kioskctl terminals)');
      const list = await client.listLogBundles(terminalId);
      console.log(list.length === 0 ? 'no log bundles sent from this terminal yet' : list.map((b) => `${b.id}  ${b.receivedAt}  ${b.bytes} bytes`).join('\n'));
      return;
    }
    case 'log-bundle': {
      const [bundleId] = rest;
      if (!bundleId || !values.out) throw new UsageError('log-bundle needs a bundle id (see: kioskctl log-bundles TERMINAL_ID) and --out FILE');
      const file = await client.downloadLogBundle(bundleId);
      writeFileSync(values.out, file.bytes, { mode: 0o600 });
      console.log(`saved log bundle ${bundleId} (${file.bytes.length} bytes) to ${values.out}`);
      return;
    }
    case 'backup': {
      const [file] = rest;
      if (!file) throw new UsageError('backup needs the FILE to write');
      const backup = await client.downloadBackup();
      // Owner-only and never over an older backup: it holds every resident's case.
      try {
        writeFileSync(file, backup.bytes, { mode: 0o600, flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${file} already exists: give a new file name (an older backup is kept as it is)`);
        throw err;
      }
      console.log(`saved the hub's database (${backup.bytes.length} bytes) to ${file}`);
      return;
    }
    case 'release':
    case 'rollout':
      try {
        const upload: PublishUpload = (signed, bundle) =>
          uploadRelease(signed, bundle, {
            request: client.request,
            hubUrl: url,
            stallMs: secondsFromEnv('KIOSKCTL_STALL_SECONDS'),
            chunkBytes: kilobytesFromEnv('KIOSKCTL_CHUNK_KB'),
            progress: (line) => process.stderr.write(`${line}\n`),
          });
        await runReleaseCommand(command, rest, values, client.call, upload);
      } catch (err) {
        if (err instanceof ReleaseUsageError) throw new UsageError(err.message);
        throw err;
      }
      return;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function runOfflineReleaseCommandSafely(words: string[], flags: Parameters<typeof runOfflineReleaseCommand>[1]): boolean {
  try {
    return runOfflineReleaseCommand(words, flags);
  } catch (err) {
    if (err instanceof ReleaseUsageError) throw new UsageError(err.message);
    throw new InvalidDocumentError((err as Error).message);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`kioskctl: ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  const message = err instanceof AdminClientError || err instanceof InvalidDocumentError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ? (err as Error).message
    : `unexpected error: ${(err as Error).message}`;
  console.error(`kioskctl: ${message}`);
  process.exit(1);
});
