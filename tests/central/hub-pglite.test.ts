// Every storage-dependent behaviour of central, on the embedded PGlite store (in memory).
import { hubFactory } from './helpers/hub.ts';
import { runHubSuites } from './suites/all.ts';

runHubSuites(hubFactory(() => null));
