// Every storage-dependent behaviour of central again, on a real PostgreSQL 15 started for this file.
import { describe, test, beforeAll, afterAll } from 'vitest';
import { hubFactory } from './helpers/hub.ts';
import { postgresUnavailableReason, startPostgres, type PostgresServer } from './helpers/postgres.ts';
import { runHubSuites } from './suites/all.ts';

const unavailable = postgresUnavailableReason();

if (unavailable) {
  // Counted and reported as skipped, with the reason (e.g. PostgreSQL is not installed).
  test('central on PostgreSQL 15', (ctx) => ctx.skip(unavailable));
} else describe('central on PostgreSQL 15', () => {
  let server: PostgresServer | null = null;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());
  runHubSuites(hubFactory(() => server));
});
