import { describe, expect, it } from 'vitest';
import { cropPage } from '../../../renderer/imaging/crop-page.ts';
import { findDocumentQuad, orderCorners, type Point, type Quad } from '../../../renderer/imaging/document-quad.ts';
import { grayOf } from '../../../renderer/imaging/gray-image.ts';
import { judgeFrame } from '../../../renderer/imaging/frame-quality.ts';
import { homography, project } from '../../../renderer/imaging/perspective.ts';
import { boxBlur, pageFrame } from './synthetic-page.ts';

const worstCornerError = (found: readonly Point[], truth: readonly Point[]) => Math.max(...found.map((p, i) => Math.hypot(p.x - truth[i]!.x, p.y - truth[i]!.y)));

const cases: { name: string; quad: Quad }[] = [
  { name: 'turned 12° on the base', quad: [{ x: 190, y: 60 }, { x: 560, y: 140 }, { x: 490, y: 440 }, { x: 120, y: 360 }] },
  { name: 'photographed at an angle (a trapezoid)', quad: [{ x: 170, y: 60 }, { x: 470, y: 70 }, { x: 560, y: 440 }, { x: 80, y: 430 }] },
  { name: 'turned 35°', quad: [{ x: 260, y: 40 }, { x: 530, y: 230 }, { x: 380, y: 445 }, { x: 110, y: 255 }] },
];

describe('finding the page in a frame (crop and deskew)', () => {
  for (const c of cases) {
    it(`finds each corner within 2 px when the page is ${c.name}`, () => {
      const frame = pageFrame(640, 480, c.quad);
      const found = findDocumentQuad(grayOf(frame.data, frame.width, frame.height));
      expect(found).not.toBeNull();
      expect(worstCornerError(found!, c.quad)).toBeLessThan(2);
    });
  }

  it('finds the corners of a full-size frame within 3 px (found on the shrunk copy, mapped back)', () => {
    const quad: Quad = [{ x: 420, y: 170 }, { x: 1500, y: 260 }, { x: 1420, y: 1010 }, { x: 300, y: 930 }];
    const { quad: found, page } = cropPage(pageFrame(1920, 1080, quad));
    expect(found).not.toBeNull();
    expect(worstCornerError(found!, quad)).toBeLessThan(3);
    // Upright and as large as the page's longer sides (bottom 1 123 px, left side 769 px).
    expect(Math.abs(page.width - 1123)).toBeLessThan(4);
    expect(Math.abs(page.height - 769)).toBeLessThan(4);
  });

  it('straightens the page: the dark block at the bottom left lands at the bottom left', () => {
    const quad = cases[0]!.quad;
    const { page } = cropPage(pageFrame(640, 480, quad));
    const at = (u: number, v: number) => page.data[(Math.floor(v * page.height) * page.width + Math.floor(u * page.width)) * 4]!;
    expect(at(0.25, 0.8)).toBeLessThan(80);
    expect(at(0.7, 0.8)).toBeGreaterThan(170);
    expect(at(0.05, 0.05)).toBeGreaterThan(170); // paper, not the dark base: the crop is tight
  });

  it('keeps the whole frame when no page stands out from the base', () => {
    const quad: Quad = [{ x: 300, y: 220 }, { x: 330, y: 220 }, { x: 330, y: 250 }, { x: 300, y: 250 }];
    const { quad: found, page } = cropPage(pageFrame(640, 480, quad));
    expect(found).toBeNull();
    expect([page.width, page.height]).toEqual([640, 480]);
  });

  it('orders corners top-left first, clockwise, whatever order they come in', () => {
    const q: Quad = [{ x: 10, y: 12 }, { x: 90, y: 8 }, { x: 95, y: 80 }, { x: 5, y: 85 }];
    expect(orderCorners([q[2], q[0], q[3], q[1]])).toEqual(q);
  });

  it('maps corners to corners (the homography behind the warp)', () => {
    const q = cases[1]!.quad;
    const rect = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 140 }, { x: 0, y: 140 }];
    const h = homography(rect, q);
    expect(worstCornerError(rect.map((p) => project(h, p)), q)).toBeLessThan(1e-6);
  });
});

describe('is the page readable (brightness and sharpness)', () => {
  const quad = cases[0]!.quad;

  it('accepts a sharp, well-lit page', () => {
    expect(cropPage(pageFrame(640, 480, quad)).verdict.ok).toBe(true);
  });

  it('asks for a retake of a dark frame', () => {
    const dark = pageFrame(640, 480, quad, { base: 8, paper: 25 });
    expect(judgeFrame(grayOf(dark.data, 640, 480))).toMatchObject({ ok: false, reason: 'too-dark' });
    expect(cropPage(dark).verdict).toMatchObject({ ok: false, reason: 'too-dark' });
  });

  it('asks for a retake of a blurred frame', () => {
    const sharp = cropPage(pageFrame(640, 480, quad)).verdict;
    const blurred = cropPage(boxBlur(pageFrame(640, 480, quad), 3)).verdict;
    expect(blurred).toMatchObject({ ok: false, reason: 'blurred' });
    expect(sharp.sharpness).toBeGreaterThan(4 * blurred.sharpness);
  });
});
