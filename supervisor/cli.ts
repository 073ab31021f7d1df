// `npm run supervise -- <kiosk args>`: runs the kiosk (cli/kiosk.ts) under the supervisor. Every
// argument goes to the kiosk; the supervisor's settings are KIOSK_SUPERVISOR_* variables
// (supervisor/settings.ts, README "Supervisor and systemd"). A separate process from the kiosk,
// so a kiosk that crashes cannot take its rescuer down.
import { readSettings, type Settings } from './settings.ts';
import { startSupervisor } from './run.ts';

const log = (message: string) => console.error(`supervisor: ${message}`);

let settings: Settings;
try {
  settings = readSettings(process.env);
} catch (err) {
  log(`cannot start: ${(err as Error).message}`);
  process.exit(2);
}

let supervisor: ReturnType<typeof startSupervisor>;
try {
  supervisor = startSupervisor(settings, process.argv.slice(2), log);
} catch (err) {
  // e.g. KIOSK_INSTALL_ROOT without a `current` release (updates, issue 12)
  log(`cannot start: ${(err as Error).message}`);
  process.exit(2);
}
const shutdown = (signal: NodeJS.Signals) => {
  log(`${signal}: stopping the kiosk`);
  void supervisor.stop().then(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
