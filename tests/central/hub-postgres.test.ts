// Every storage-dependent behaviour of central again, on a real PostgreSQL 15 started for this file.
import { after, before, describe } from 'node:test';
import { hubFactory } from './helpers/hub.ts';
import { postgresUnavailableReason, startPostgres, type PostgresServer } from './helpers/postgres.ts';
import { runHubSuites } from './suites/all.ts';

const unavailable = postgresUnavailableReason();

describe('central on PostgreSQL 15', { skip: unavailable ?? false }, () => {
  let server: PostgresServer | null = null;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());
  runHubSuites(hubFactory(() => server));
});
