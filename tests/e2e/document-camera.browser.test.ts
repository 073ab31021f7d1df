// 事项办理 with the document camera (issue 24), end to end: Chromium's fake capture device plays a
// video made here (a page lying at an angle on a dark base), the kiosk as a hall runs it, its hub.
// A resident files 高龄津贴申请 with both sides of the ID card captured (the first retaken); the
// pages reach the hub whole, cropped and under 500 kB, and the kiosk keeps none once the hub has them.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startHallRig, type HallRig } from '../support/hall-rig.ts';
import { pageFrame } from '../renderer/imaging/synthetic-page.ts';
import { MAX_PAGE_BYTES } from '../../shared/contract/case-attachments.ts';
import { typeDigits } from '../support/on-screen-keyboard.ts';

/** A few frames of YUV 4:2:0 (Chromium loops them): luma from the synthetic page, neutral colour. */
function documentVideo(file: string): void {
  const width = 640;
  const height = 480;
  const frame = pageFrame(width, height, [{ x: 170, y: 70 }, { x: 500, y: 110 }, { x: 470, y: 420 }, { x: 130, y: 390 }]);
  const luma = Buffer.alloc(width * height);
  for (let i = 0; i < luma.length; i++) luma[i] = frame.data[i * 4]!;
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const one = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), one, one, one]));
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('事项办理 with the document camera in Chromium', () => {
  let browser: Browser;
  let rig: HallRig | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-camera-'));
  beforeAll(async () => {
    const video = join(dir, 'document.y4m');
    documentVideo(video);
    browser = await launchChromium(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`, '--use-fake-ui-for-media-stream']);
  });
  afterAll(async () => {
    await rig?.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('card → item → form → two pages captured (one retaken) → filed → the hub holds the pages, the kiosk none', async () => {
    rig = await startHallRig();
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(rig.kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
    rig.reader.placeCard('han-zhang-weimin');
    await page.getByText('您好，张*民').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /事项办理/ }).click();
    await page.getByRole('button', { name: /高龄津贴申请/ }).click();
    await page.getByRole('button', { name: '开始填写' }).click();
    await page.getByRole('textbox', { name: '联系电话' }).click();
    await typeDigits(page, '13912345678');
    await page.getByRole('button', { name: '输入完成' }).click();
    await page.getByRole('region', { name: '津贴发放方式' }).getByRole('button', { name: '本人社保卡' }).click();
    await page.getByRole('region', { name: '是否独居' }).getByRole('button', { name: '否' }).click();
    await page.getByRole('region', { name: '以下信息从您的身份证读取' }).getByRole('button', { name: '确认无误' }).click();
    await page.getByRole('button', { name: '检查后提交' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();

    // The camera step: 身份证, two pages, required; nothing can be filed without them but at the counter.
    await page.getByRole('heading', { name: '拍摄材料' }).waitFor({ timeout: 15_000 });
    await page.getByText('居民身份证原件及复印件1份（第 1 页，共 2 页）').waitFor();
    assert.equal(await page.getByRole('button', { name: '拍好了，下一步' }).isDisabled(), true);
    const preview = page.locator('.capture-view video');
    await until('the live preview', async () => ((await preview.evaluate((v: HTMLVideoElement) => v.videoWidth)) > 0 ? true : null));
    await page.getByRole('button', { name: '拍摄这一页' }).click();
    await page.getByRole('button', { name: '重拍' }).click(); // the resident retakes the first page
    await page.getByRole('button', { name: '拍摄这一页' }).click();
    const shot = page.locator('.capture-view img');
    await shot.waitFor();
    const size = await shot.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    assert.ok(Math.abs(size[0]! - 341) < 12 && Math.abs(size[1]! - 323) < 12, `cropped to the page, not the 640×480 frame: ${size}`);
    await page.getByRole('button', { name: '使用这一页' }).click();
    await page.getByText('居民身份证原件及复印件1份（第 2 页，共 2 页）').waitFor();
    await page.getByRole('button', { name: '拍摄这一页' }).click();
    await page.getByRole('button', { name: '使用这一页' }).click();
    await page.screenshot({ path: join(process.env.CAMERA_SCREENSHOTS ?? dir, 'capture-zh-CN.png') });
    await page.getByRole('button', { name: '拍好了，下一步' }).click();

    await page.getByText('申请已提交').waitFor({ timeout: 15_000 });
    const caseNumber = (await page.getByLabel('办件编号').innerText()).trim().replaceAll('-', '');

    const pages = await until('both pages at the hub', async () => {
      const listed = (await rig!.admin('GET', `/v1/admin/cases/${caseNumber}/attachments`)) as { id: string; kind: string; material: number; page: number; bytes: number }[];
      return listed.length === 2 ? listed : null;
    });
    assert.deepEqual(pages.map((p) => [p.kind, p.material, p.page]), [['page', 0, 0], ['page', 0, 1]]);
    for (const p of pages) {
      assert.ok(p.bytes > 5_000 && p.bytes <= MAX_PAGE_BYTES, `${p.bytes} bytes`);
      const download: Response = await fetch(`${rig.central.url}/v1/admin/attachments/${p.id}`, { headers: { authorization: `Bearer ${rig.central.adminToken}` } });
      const jpeg = Buffer.from(await download.arrayBuffer());
      assert.deepEqual([...jpeg.subarray(0, 3)], [0xff, 0xd8, 0xff]);
      assert.equal(jpeg.length, p.bytes);
    }
    const db = new Database(join(rig.dataDir, 'kiosk.db'), { readonly: true });
    try {
      await until('the kiosk to delete its copies', async () => ((db.prepare('SELECT COUNT(*) AS n FROM case_attachments').get() as { n: number }).n === 0 ? true : null));
    } finally {
      db.close();
    }
  });
});
