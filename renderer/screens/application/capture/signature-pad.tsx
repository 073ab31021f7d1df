// The signature pad of the 承诺书 step (issue 24): pointer events (finger, pen or mouse), pressure
// where the screen reports it (0.5 where it does not), strokes smoothed through their midpoints.
// Kept as strokes (what the hub checks the seal with) and drawn into a PNG (what a clerk sees).
import { useEffect, useRef } from 'preact/hooks';
import type { SignatureStrokes } from '../../../../shared/contract/case-attachments.ts';

export interface SignaturePadProps {
  label: string;
  /** Called after each stroke, with every stroke so far. */
  onStrokes(strokes: SignatureStrokes): void;
  /** A new value clears the pad. */
  clearKey: number;
}

type Point = [number, number, number];

function drawStroke(ctx: CanvasRenderingContext2D, stroke: readonly Point[]): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#111';
  if (stroke.length === 1) {
    const [x, y, p] = stroke[0]!;
    ctx.beginPath();
    ctx.arc(x, y, 1.5 + 2 * p, 0, Math.PI * 2);
    ctx.fillStyle = '#111';
    ctx.fill();
    return;
  }
  for (let i = 1; i < stroke.length; i++) {
    const [x0, y0] = stroke[i - 1]!;
    const [x1, y1, p] = stroke[i]!;
    const before = i > 1 ? stroke[i - 2]! : stroke[i - 1]!;
    ctx.lineWidth = 2 + 4 * p;
    ctx.beginPath();
    // From the midpoint before to the midpoint after, bending through the sampled point: no corners.
    ctx.moveTo((before[0] + x0) / 2, (before[1] + y0) / 2);
    ctx.quadraticCurveTo(x0, y0, (x0 + x1) / 2, (y0 + y1) / 2);
    ctx.stroke();
  }
}

export function SignaturePad({ label, onStrokes, clearKey }: SignaturePadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Point[][]>([]);
  const current = useRef<Point[] | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const rect = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(rect.width));
    canvas.height = Math.max(1, Math.round(rect.height));
    canvas.getContext('2d')!.clearRect(0, 0, canvas.width, canvas.height);
    strokes.current = [];
    onStrokes([]);
  }, [clearKey]);

  const pointOf = (e: PointerEvent): Point => {
    const rect = canvasRef.current!.getBoundingClientRect();
    const clamp = (v: number) => Math.min(4000, Math.max(0, Math.round(v * 10) / 10));
    return [clamp(e.clientX - rect.left), clamp(e.clientY - rect.top), e.pressure > 0 && e.pointerType !== 'mouse' ? Math.min(1, e.pressure) : 0.5];
  };
  const redraw = () => {
    const canvas = canvasRef.current!;
    const ctx = canvas.getContext('2d')!;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    for (const s of strokes.current) drawStroke(ctx, s);
    if (current.current) drawStroke(ctx, current.current);
  };

  return (
    <canvas
      ref={canvasRef}
      class="signature-pad"
      role="img"
      aria-label={label}
      onPointerDown={(e) => {
        canvasRef.current!.setPointerCapture(e.pointerId);
        current.current = [pointOf(e)];
        redraw();
      }}
      onPointerMove={(e) => {
        if (!current.current || current.current.length >= 2000) return;
        current.current.push(pointOf(e));
        redraw();
      }}
      onPointerUp={() => {
        if (!current.current) return;
        if (strokes.current.length < 200) strokes.current.push(current.current);
        current.current = null;
        redraw();
        onStrokes(strokes.current.map((s) => [...s]) as SignatureStrokes);
      }}
    />
  );
}

/** The strokes drawn into a PNG just large enough for them, as base64 (without the data: prefix). */
export function signaturePng(strokes: SignatureStrokes): string {
  const points = strokes.flat();
  const margin = 12;
  const minX = Math.min(...points.map((p) => p[0])) - margin;
  const minY = Math.min(...points.map((p) => p[1])) - margin;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(Math.max(...points.map((p) => p[0])) - minX + margin);
  canvas.height = Math.ceil(Math.max(...points.map((p) => p[1])) - minY + margin);
  const ctx = canvas.getContext('2d')!;
  ctx.translate(-minX, -minY);
  for (const s of strokes) drawStroke(ctx, s);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}
