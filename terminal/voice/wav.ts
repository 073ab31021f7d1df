// Reading and repairing PCM WAV files: eSpeak NG streaming to stdout cannot know the length, so it
// writes 0x7fffffff as the sizes; browsers and the checks below want the real ones.

import { readWav } from '../../shared/voice/wav-header.ts';

export { readWav, type WavInfo } from '../../shared/voice/wav-header.ts';

/** The same file with its RIFF and data sizes set to what is really there. */
export function fixWavSizes(buf: Buffer): Buffer {
  const info = readWav(buf);
  const out = Buffer.from(buf.subarray(0, info.dataOffset + info.dataBytes));
  out.writeUInt32LE(out.length - 8, 4);
  out.writeUInt32LE(info.dataBytes, info.dataOffset - 4);
  return out;
}

/** Root mean square of 16-bit PCM, 0–1: how loud the clip is on average. */
export function wavRms(buf: Buffer): number {
  const info = readWav(buf);
  if (info.bitsPerSample !== 16) throw new Error('only 16-bit PCM is measured');
  const samples = Math.floor(info.dataBytes / 2);
  if (samples === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples; i++) {
    const s = buf.readInt16LE(info.dataOffset + i * 2) / 32768;
    sum += s * s;
  }
  return Math.sqrt(sum / samples);
}
