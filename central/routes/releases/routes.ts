// Releases and rollouts over HTTP (issue 12). Admin: publish a signed release, list releases,
// start and steer rollouts. Terminal: download a bundle by HTTP Range (resumable). The heartbeat
// answer carries the offer itself (heartbeat-hook.ts).
import type { FastifyInstance } from 'fastify';
import { createRolloutRequestSchema, publishReleaseRequestSchema, releaseVersionSchema, rolloutActionSchema } from '../../../shared/contract/releases.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import { appendAdminLog } from '../../commands/command-store.ts';
import { listReleases, publishRelease, readBundleRange } from '../../releases/release-store.ts';
import { actOnRollout, createRollout, listRollouts } from '../../releases/rollout-store.ts';
import type { TerminalAuthenticator } from '../terminal-auth.ts';
import { registerReleaseUploadRoutes } from './upload-routes.ts';
import { recordAudit } from '../../audit/audit-log.ts';

/** A bundle of the app without node_modules is a few MB; this leaves room for one with them. */
const PUBLISH_BODY_LIMIT = 400 * 1024 * 1024;
/** Largest range served at once: a kiosk on a slow link asks for small ranges anyway. */
const MAX_RANGE_BYTES = 8 * 1024 * 1024;

export function registerReleaseAdminRoutes(app: FastifyInstance, db: Database, releasePublicKey: string | null, now: () => number): void {
  app.post('/v1/admin/releases', { bodyLimit: PUBLISH_BODY_LIMIT }, async (request, reply) => {
    const body = parseOr400(publishReleaseRequestSchema, request.body, 'release');
    const bundle = Buffer.from(body.bundleBase64, 'base64');
    const view = await publishRelease(db, releasePublicKey, { manifest: body.manifest, signature: body.signature, bundle }, new Date(now()));
    await appendAdminLog(db, new Date(now()), 'release published', null, `${view.version} (${view.size} bytes, sha256 ${view.sha256})`);
    await recordAudit(db, request, { action: 'release.publish', target: { kind: 'release', id: view.version }, after: { size: view.size, sha256: view.sha256 } });
    return reply.status(201).send(view);
  });

  app.get('/v1/admin/releases', async () => listReleases(db));
  registerReleaseUploadRoutes(app, db, releasePublicKey, now); // resumable, for slow links (issue 21)

  app.post('/v1/admin/rollouts', async (request, reply) => {
    const body = parseOr400(createRolloutRequestSchema, request.body, 'rollout');
    const view = await createRollout(db, body, new Date(now()));
    await appendAdminLog(db, new Date(now()), 'rollout started', null, `${view.version} in stages ${view.stages.join('% → ')}%`);
    await recordAudit(db, request, { action: 'rollout.start', target: { kind: 'rollout', id: view.rolloutId }, after: { version: view.version, stages: view.stages, state: view.state } });
    return reply.status(201).send(view);
  });

  app.get('/v1/admin/rollouts', async () => listRollouts(db));

  app.post('/v1/admin/rollouts/:rolloutId/:action', async (request) => {
    const { rolloutId, action } = request.params as { rolloutId: string; action: string };
    const parsed = rolloutActionSchema.safeParse(action);
    if (!parsed.success) throw new HttpError(404, 'unknown-action', `a rollout can be told: ${rolloutActionSchema.options.join(', ')}; not "${action}"`);
    const reason = typeof (request.body as { reason?: unknown } | undefined)?.reason === 'string' ? String((request.body as { reason: string }).reason).slice(0, 200) : null;
    const before = (await listRollouts(db)).find((r) => r.rolloutId === rolloutId);
    const view = await actOnRollout(db, rolloutId, parsed.data, parsed.data === 'abort' ? (reason ?? 'aborted by the admin') : null, new Date(now()));
    await appendAdminLog(db, new Date(now()), `rollout ${parsed.data}`, null, `${view.version}: now ${view.state} at ${view.percent}%`);
    await recordAudit(db, request, {
      action: `rollout.${parsed.data}`,
      target: { kind: 'rollout', id: view.rolloutId },
      before: before && { state: before.state, percent: before.percent },
      after: { state: view.state, percent: view.percent, reason: view.reason },
    });
    return view;
  });
}

/** "bytes=START-" or "bytes=START-END"; null: no Range header (the whole file). */
function parseRange(header: string | undefined): { start: number; end: number | null } | null {
  if (header === undefined) return null;
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) throw new HttpError(416, 'bad-range', `only a single "bytes=START-[END]" range is served, not "${header}"`);
  return { start: Number(match[1]), end: match[2] ? Number(match[2]) : null };
}

export function registerReleaseDownloadRoute(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator): void {
  app.get('/v1/releases/:version/bundle', async (request, reply) => {
    await authenticate(request);
    const version = (request.params as { version: string }).version;
    if (!releaseVersionSchema.safeParse(version).success) throw new HttpError(404, 'unknown-release', `no release ${version}`);
    const range = parseRange(request.headers.range);
    const start = range?.start ?? 0;
    const wanted = range?.end === null || range === null ? MAX_RANGE_BYTES : range.end - start + 1;
    if (wanted < 1) throw new HttpError(416, 'bad-range', 'the range ends before it starts');
    const part = await readBundleRange(db, version, start, Math.min(wanted, MAX_RANGE_BYTES));
    if (!part) throw new HttpError(404, 'unknown-release', `no release ${version}`);
    if (start >= part.total && part.total > 0) {
      return reply.status(416).header('content-range', `bytes */${part.total}`).send({ error: 'bad-range', message: `the bundle has ${part.total} bytes` });
    }
    const end = start + part.bytes.length - 1;
    const whole = start === 0 && part.bytes.length === part.total;
    void reply.header('accept-ranges', 'bytes').header('content-type', 'application/octet-stream').header('cache-control', 'no-store');
    if (whole && range === null) return reply.status(200).send(part.bytes);
    return reply.status(206).header('content-range', `bytes ${start}-${end}/${part.total}`).send(part.bytes);
  });
}
