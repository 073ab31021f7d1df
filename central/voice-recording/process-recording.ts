// What the hub does to a recording before it goes into a voice pack: read 16-bit PCM WAV (what the
// console records; no ffmpeg needed), mix to mono, resample to 16 kHz, cut the silence before and
// after the words, and bring the loudness to one RMS target so every prompt plays at the same level
// on the kiosk's speaker. RMS rather than EBU R128: prompts are a few seconds of one voice in a
// quiet room, where R128's K-weighting and gating change little, and RMS is a few lines to check.
import { createHash } from 'node:crypto';
import { readWav } from '../../shared/voice/wav-header.ts';
import { encodeWav16 } from '../../shared/voice/wav-encode.ts';

/** The pack's format: mono 16-bit at 16 kHz (speech needs no more; a 10 s prompt is 320 kB). */
export const PACK_SAMPLE_RATE = 16_000;
/** Loudness target: RMS of the trimmed clip, in dBFS. */
export const TARGET_RMS_DBFS = -20;
/** The gain stops where the loudest sample would pass this, so normalising never clips. */
export const PEAK_CEILING_DBFS = -1;
/** A recording longer than this is refused (a prompt is a sentence or two; the pack must fit a document). */
export const MAX_RECORDING_MS = 20_000;
/** Silence kept before and after the words, so the first consonant is not cut. */
const MARGIN_MS = 80;
const FRAME_MS = 10;
/** A frame is silence when it is this far below the loudest frame, or below the floor. */
const SILENCE_BELOW_LOUDEST_DB = 35;
const SILENCE_FLOOR_DBFS = -65;

export class RecordingRefused extends Error {
  constructor(
    readonly code: 'not-a-wav' | 'unsupported-wav' | 'recording-too-long' | 'no-speech',
    message: string,
  ) {
    super(message);
  }
}

export interface ProcessedRecording {
  wav: Buffer;
  sha256: string;
  durationMs: number;
  /** The loudness reached, and how much silence was cut from each end (ms of the input). */
  rmsDbfs: number;
  peakDbfs: number;
  trimmedStartMs: number;
  trimmedEndMs: number;
}

const dbfs = (linear: number) => (linear > 0 ? 20 * Math.log10(linear) : -Infinity);

function decodeMono(input: Buffer): { samples: Float32Array; sampleRate: number } {
  let info;
  try {
    info = readWav(input);
  } catch (err) {
    throw new RecordingRefused('not-a-wav', `the recording is not a WAV file (${(err as Error).message})`);
  }
  if (info.bitsPerSample !== 16 || info.channels < 1 || info.channels > 2 || info.sampleRate < 8000 || info.sampleRate > 96_000) {
    throw new RecordingRefused('unsupported-wav', `the recording must be 16-bit PCM, mono or stereo, 8–96 kHz (it is ${info.bitsPerSample}-bit, ${info.channels} channels, ${info.sampleRate} Hz)`);
  }
  if (info.durationMs > MAX_RECORDING_MS) {
    throw new RecordingRefused('recording-too-long', `the recording is ${(info.durationMs / 1000).toFixed(1)} s; a prompt may be at most ${MAX_RECORDING_MS / 1000} s`);
  }
  const frames = Math.floor(info.dataBytes / (2 * info.channels));
  const samples = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < info.channels; c++) sum += input.readInt16LE(info.dataOffset + (i * info.channels + c) * 2) / 32768;
    samples[i] = sum / info.channels;
  }
  return { samples, sampleRate: info.sampleRate };
}

/** Linear interpolation after a moving average as wide as the step: enough against aliasing for speech at 16 kHz. */
function resample(samples: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return samples;
  const step = from / to;
  const width = Math.max(1, Math.round(step));
  let source = samples;
  if (width > 1) {
    source = new Float32Array(samples.length);
    let sum = 0;
    for (let i = 0; i < samples.length; i++) {
      sum += samples[i]!;
      if (i >= width) sum -= samples[i - width]!;
      source[i] = sum / Math.min(i + 1, width);
    }
  }
  const out = new Float32Array(Math.floor(samples.length / step));
  for (let i = 0; i < out.length; i++) {
    // Centre of the averaging window, so the filter adds no delay.
    const at = i * step + (width - 1) / 2;
    const left = Math.min(Math.floor(at), source.length - 1);
    const frac = at - left;
    out[i] = source[left]! * (1 - frac) + (source[Math.min(left + 1, source.length - 1)] ?? 0) * frac;
  }
  return out;
}

function rms(samples: Float32Array, start = 0, end = samples.length): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += samples[i]! * samples[i]!;
  return end > start ? Math.sqrt(sum / (end - start)) : 0;
}

/** The first and last sample of the words (frames louder than the silence threshold), with a margin. */
function voicedSpan(samples: Float32Array, sampleRate: number): { start: number; end: number } {
  const frame = Math.round((sampleRate * FRAME_MS) / 1000);
  const levels: number[] = [];
  for (let at = 0; at < samples.length; at += frame) levels.push(dbfs(rms(samples, at, Math.min(at + frame, samples.length))));
  const loudest = Math.max(...levels);
  const threshold = Math.max(loudest - SILENCE_BELOW_LOUDEST_DB, SILENCE_FLOOR_DBFS);
  const first = levels.findIndex((l) => l > threshold);
  if (first < 0) throw new RecordingRefused('no-speech', `nothing was heard: the recording is silent (loudest ${loudest === -Infinity ? 'silence' : `${loudest.toFixed(0)} dBFS`}); check the microphone`);
  const last = levels.length - 1 - [...levels].reverse().findIndex((l) => l > threshold);
  const margin = Math.round((sampleRate * MARGIN_MS) / 1000);
  return { start: Math.max(0, first * frame - margin), end: Math.min(samples.length, (last + 1) * frame + margin) };
}

/** Trims, normalises and encodes one recording; throws RecordingRefused with what was wrong. */
export function processRecording(input: Buffer): ProcessedRecording {
  const decoded = decodeMono(input);
  const samples = resample(decoded.samples, decoded.sampleRate, PACK_SAMPLE_RATE);
  const { start, end } = voicedSpan(samples, PACK_SAMPLE_RATE);
  const words = samples.slice(start, end);
  let peak = 0;
  for (const s of words) peak = Math.max(peak, Math.abs(s));
  const level = rms(words);
  const gain = Math.min(10 ** (TARGET_RMS_DBFS / 20) / level, 10 ** (PEAK_CEILING_DBFS / 20) / peak);
  // 5 ms fades: a cut in the middle of a breath must not click.
  const fade = Math.round(PACK_SAMPLE_RATE * 0.005);
  for (let i = 0; i < words.length; i++) {
    const edge = Math.min(1, i / fade, (words.length - 1 - i) / fade);
    words[i] = words[i]! * gain * edge;
  }
  const wav = Buffer.from(encodeWav16(words, PACK_SAMPLE_RATE));
  return {
    wav,
    sha256: createHash('sha256').update(wav).digest('hex'),
    durationMs: Math.max(1, Math.round((words.length / PACK_SAMPLE_RATE) * 1000)),
    rmsDbfs: Math.round(dbfs(rms(words)) * 10) / 10,
    peakDbfs: Math.round(dbfs(peak * gain) * 10) / 10,
    trimmedStartMs: Math.round((start / PACK_SAMPLE_RATE) * 1000),
    trimmedEndMs: Math.round(((samples.length - end) / PACK_SAMPLE_RATE) * 1000),
  };
}
