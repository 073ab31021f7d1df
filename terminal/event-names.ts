// Every event the core sends to the UI, listed once: dispatch.ts forwards these, and the
// renderer's message check accepts exactly these. A record keyed by the event type makes the
// compiler insist that a new event in KioskEvents is listed here too.
import type { KioskEventName } from './api.ts';

const everyEvent: Record<KioskEventName, true> = {
  session: true,
  idle: true,
  devices: true,
  cardReading: true,
  cardRefused: true,
  print: true,
  sync: true,
  statusChanged: true,
  reloadUi: true,
  technician: true,
  technicianCard: true,
  progressNotice: true, // 办件进度查询 (issue 10)
  scan: true,
};

export const kioskEventNames = Object.keys(everyEvent) as [KioskEventName, ...KioskEventName[]];
