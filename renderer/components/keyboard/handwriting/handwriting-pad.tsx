// The large box a resident writes one character in with a finger (or a pen, or a mouse): the ink
// follows the finger as it moves, and each lifted finger hands the finished stroke over. A 田字格
// (the squared guide of every Chinese exercise book) shows where the character goes.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../../i18n/index.ts';
import type { Point } from './strokes.ts';

const INK = '#1b1b1b';
const GUIDE = '#c9a0a0';

function paint(canvas: HTMLCanvasElement, strokes: readonly (readonly Point[])[]): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = canvas.getBoundingClientRect();
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const g = canvas.getContext('2d');
  if (!g) return null;
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, width, height);
  g.strokeStyle = GUIDE;
  g.lineWidth = 1;
  g.setLineDash([6, 6]);
  g.beginPath();
  g.moveTo(width / 2, 0); g.lineTo(width / 2, height);
  g.moveTo(0, height / 2); g.lineTo(width, height / 2);
  g.stroke();
  g.setLineDash([]);
  g.strokeStyle = INK;
  g.lineWidth = Math.max(6, width / 40);
  g.lineCap = 'round';
  g.lineJoin = 'round';
  for (const stroke of strokes) {
    g.beginPath();
    g.moveTo(stroke[0]![0], stroke[0]![1]);
    for (const [x, y] of stroke.length > 1 ? stroke.slice(1) : stroke) g.lineTo(x, y); // a dot is drawn too
    g.stroke();
  }
  return g;
}

export function HandwritingPad({ strokes, onStroke }: { strokes: readonly Point[][]; onStroke(stroke: Point[]): void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ id: number; points: Point[] } | null>(null);
  useLayoutEffect(() => {
    if (canvas.current) paint(canvas.current, strokes);
  }, [strokes]);

  const at = (e: PointerEvent): Point => {
    const box = canvas.current!.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };
  const down = (e: PointerEvent) => {
    if (drawing.current) return; // one finger writes; a second touch is ignored
    canvas.current!.setPointerCapture(e.pointerId);
    drawing.current = { id: e.pointerId, points: [at(e)] };
  };
  const move = (e: PointerEvent) => {
    const stroke = drawing.current;
    if (!stroke || stroke.id !== e.pointerId) return;
    const g = canvas.current!.getContext('2d');
    const from = stroke.points.length - 1;
    // Coalesced events: every point the finger passed, not only one per frame.
    for (const event of e.getCoalescedEvents?.() ?? [e]) stroke.points.push(at(event));
    if (!g) return;
    g.beginPath();
    g.moveTo(stroke.points[from]![0], stroke.points[from]![1]);
    for (const [x, y] of stroke.points.slice(from + 1)) g.lineTo(x, y);
    g.stroke();
  };
  const up = (e: PointerEvent) => {
    const stroke = drawing.current;
    if (!stroke || stroke.id !== e.pointerId) return;
    drawing.current = null;
    onStroke(stroke.points);
  };
  return (
    <canvas
      ref={canvas}
      class="kb-handwriting-pad"
      role="img"
      aria-label={t.keyboard.handwritingPad}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    />
  );
}
