// The demo: `npm start` with no central.url runs a local hub in-process (data under
// DATA_DIR/central, on a free loopback port) and enrolls this kiosk with it, so sync is visible
// working without any setup. A real deployment sets central.url and enrolls with --enroll CODE.
import { join } from 'node:path';
import { startCentral } from '../central/server.ts';
import { createEnrollmentCodeResponseSchema } from '../shared/contract/schemas.ts';
import { loadIdentityIfSound } from '../terminal/sync/identity.ts';
import { publishDemoDocuments } from '../central/samples/publish-samples.ts';

export interface DemoHub {
  url: string;
  /** Set when this kiosk still has to enroll (first start, or the hub's data was removed). */
  enrollCode: string | null;
  close(): Promise<void>;
}

export async function startDemoHub(dataDir: string): Promise<DemoHub> {
  const hub = await startCentral({ port: 0, dataDir: join(dataDir, 'central'), logLevel: 'silent' });
  try {
    const identity = loadIdentityIfSound(dataDir); // damaged: enroll again
    let enrollCode: string | null = null;
    if (!identity || identity.centralPublicKey !== hub.publicKey) {
      const res = await fetch(`${hub.url}/v1/admin/enrollment-codes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ttlMinutes: 10 }),
      });
      if (res.status !== 201) throw new Error(`the demo hub refused to make an enrollment code (${res.status})`);
      enrollCode = createEnrollmentCodeResponseSchema.parse(await res.json()).code;
      // Issue 9: a fresh demo shows 政务信息查询 and 议题公告 with the sample content.
      await publishDemoDocuments(hub.url, hub.adminToken);
    }
    return { url: hub.url, enrollCode, close: () => hub.close() };
  } catch (err) {
    await hub.close();
    throw err;
  }
}
