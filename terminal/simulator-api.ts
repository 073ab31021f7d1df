// The demo's controls for simulated devices (place a card, run the printer out of paper, scan a
// receipt's QR code). A kiosk on real devices refuses them with a plain reason.
import type { SimulatorControl } from '../drivers/create-devices.ts';
import type { Devices } from '../drivers/types.ts';
import type { coreRequestSchemas } from './core-contract.ts';
import { KioskError } from './kiosk-error.ts';
import type { SliceMethods } from './services/slice.ts';

type SimulatorSchemas = Pick<typeof coreRequestSchemas, 'simPlaceCard' | 'simRemoveCard' | 'simSetPrinter' | 'simScan'>;

export function createSimulatorApi(simulator: SimulatorControl | null | undefined, devices: Devices) {
  return {
    async simPlaceCard({ cardId }): Promise<{ ok: true }> {
      if (!simulator) throw new KioskError('unavailable', '没有模拟设备：本机接的是真实读卡器。');
      if (!simulator.cards.some((c) => c.id === cardId)) throw new KioskError('not-found', `没有这张模拟卡：${cardId}`);
      await simulator.placeCard(cardId);
      return { ok: true };
    },
    async simRemoveCard(): Promise<{ ok: true }> {
      if (!simulator) throw new KioskError('unavailable', '没有模拟设备：本机接的是真实读卡器。');
      await simulator.removeCard();
      return { ok: true };
    },
    async simSetPrinter({ paper }): Promise<{ ok: true }> {
      const printer = simulator?.printer;
      if (!printer) throw new KioskError('unavailable', '没有模拟打印机：本机接的是真实打印机。');
      printer.setPaper(paper);
      // The driver's idle poll would notice within a few seconds anyway; asking now lets the person
      // trying the demo see the staff notice (and a waiting ticket print) the moment they press.
      void devices.printer.queryStatus().catch(() => undefined);
      return { ok: true };
    },
    async simScan({ text }): Promise<{ ok: true }> {
      if (!simulator?.scan) throw new KioskError('unavailable', '没有模拟扫码枪：本机接的是真实扫码枪，或没有扫码枪。');
      await simulator.scan(text);
      return { ok: true };
    },
  } satisfies SliceMethods<SimulatorSchemas>;
}
