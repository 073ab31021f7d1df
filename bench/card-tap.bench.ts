// Card placed → greeting on screen, with an emulated SAM reader at 115 200 baud (replies paced at
// the wire rate) on a real pty, the real driver, the core, the browser shell and the UI in
// Chromium: the old default polling (400 ms) beside the new one (80 ms). Each placement lands at
// a random moment of the poll cycle, as a resident's hand does, after the previous visit ended and
// the card was lifted. Also times the core's `session` event (the KioskApi event the UI renders
// from), and the idle CPU each polling interval costs.
// CARD_TAP_INTERVALS=400,80,50 CARD_TAP_PLACEMENTS=40 npm run bench -- card-tap  to vary it.
import { cpus, loadavg } from 'node:os';
import { CARD_FIXTURES } from '../drivers/sim/fixtures/cards.ts';
import { idleCost } from './card-tap/idle-cpu.ts';
import { startTapRig } from './card-tap/kiosk-rig.ts';
import { openScreenProbe, screenProbeUnavailable, type ScreenProbe } from './card-tap/screen-probe.ts';

interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

const OLD_DEFAULT_MS = 400;
const NEW_DEFAULT_MS = 80;
const INTERVALS = (process.env.CARD_TAP_INTERVALS ?? `${OLD_DEFAULT_MS},${NEW_DEFAULT_MS}`).split(',').map(Number);
const PLACEMENTS = Number(process.env.CARD_TAP_PLACEMENTS ?? 25);
const IDLE_SECONDS = 20;
/** The 1 295-byte text+photo read reply alone, at 10 bits per byte. */
const READ_WIRE_MS = (1295 * 10 * 1000) / 115200;

/** The system clock, shared with the simulator process and the page (see card-tap/screen-probe.ts). */
const nowMs = () => Date.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Taps {
  core: number[];
  screen: number[];
}

async function timeTaps(pollIntervalMs: number, withScreen: boolean): Promise<Taps> {
  const rig = await startTapRig(pollIntervalMs);
  let probe: ScreenProbe | undefined;
  const taps: Taps = { core: [], screen: [] };
  try {
    if (withScreen) probe = await openScreenProbe(rig.kiosk.api);
    for (let i = 0; i < PLACEMENTS; i++) {
      await probe?.arm();
      await sleep(Math.random() * pollIntervalMs); // anywhere in the poll cycle
      const greeted = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`card tap bench: no greeting 10 s after placement ${i + 1}`)), 10_000);
        const off = rig.kiosk.api.on('session', ({ session }) => {
          if (!session?.resident) return;
          clearTimeout(timer);
          off();
          resolve(nowMs());
        });
      });
      const placedAt = await rig.reader.place(CARD_FIXTURES[i % CARD_FIXTURES.length]!.id);
      taps.core.push((await greeted) - placedAt);
      if (probe) taps.screen.push((await probe.greetedAt()) - placedAt);

      await rig.kiosk.api.endSession({}); // the resident presses 退出
      await probe?.attractShown();
      await rig.reader.lift();
    }
    return taps;
  } finally {
    await probe?.close();
    await rig.close();
  }
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const ms = (v: number) => v.toFixed(0);

export async function run(): Promise<BenchTable[]> {
  const noScreen = screenProbeUnavailable();
  const rows: (string | number)[][] = [];
  const baseline = await idleCost(null, IDLE_SECONDS);
  for (const interval of INTERVALS) {
    const taps = await timeTaps(interval, noScreen === null);
    const idle = await idleCost(interval, IDLE_SECONDS);
    const label = interval === OLD_DEFAULT_MS ? `${interval} ms (old default)` : interval === NEW_DEFAULT_MS ? `${interval} ms (new default)` : `${interval} ms`;
    rows.push([
      label,
      taps.core.length,
      noScreen ? '—' : ms(median(taps.screen)),
      noScreen ? '—' : ms(Math.max(...taps.screen)),
      ms(median(taps.core)),
      ms(Math.max(...taps.core)),
      idle.driverPercent.toFixed(2),
      idle.pollsPerSecond.toFixed(1),
    ]);
  }
  const screenNote = noScreen
    ? `No screen timing here: ${noScreen}; only the core's session event was timed.`
    : '"screen": the frame in which Chromium shows 您好，<name> (browser shell, as in a hall); "session event": the KioskApi event the UI renders from.';
  return [
    {
      title: 'Card tap → greeting (SAM reader emulated at 115200 baud on a pty)',
      columns: ['card polling', 'placements', 'screen median ms', 'screen worst ms', 'session event median ms', 'session event worst ms', 'idle CPU % of a core', 'polls/s'],
      rows,
      note:
        `Goal: median ≤ 200 ms, worst ≤ 350 ms to the screen. Floor: the ${ms(READ_WIRE_MS)} ms read reply plus find and select (~3 ms) on the wire; ` +
        `the rest is the wait for the next poll (uniform over the interval) and the software. ${screenNote} ` +
        `Idle CPU: the driver's process over ${IDLE_SECONDS} s with no card (the same process with the driver stopped: ${baseline.driverPercent.toFixed(2)} %); ` +
        `the simulated module answers from its own process and is not counted. The machine's load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores. ` +
        `A real module also spends its own time reading the card over the air, which no polling can shorten.`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const table of await run()) console.log(JSON.stringify(table, null, 2));
}
