// Reading and repairing PCM WAV files: eSpeak NG streaming to stdout cannot know the length, so it
// writes 0x7fffffff as the sizes; browsers and the checks below want the real ones.

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Offset and length of the PCM data. */
  dataOffset: number;
  dataBytes: number;
  durationMs: number;
}

/** Parses a PCM WAV header; throws with what was wrong (the bytes come from a child process or a pack file). */
export function readWav(buf: Buffer): WavInfo {
  if (buf.length < 44 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a RIFF/WAVE file');
  }
  let offset = 12;
  let fmt: { channels: number; sampleRate: number; bitsPerSample: number } | null = null;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (buf.readUInt16LE(body) !== 1) throw new Error('WAV is not PCM');
      fmt = { channels: buf.readUInt16LE(body + 2), sampleRate: buf.readUInt32LE(body + 4), bitsPerSample: buf.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (!fmt) throw new Error('WAV data before its format');
      const dataBytes = Math.min(size, buf.length - body);
      const bytesPerSecond = fmt.sampleRate * fmt.channels * (fmt.bitsPerSample / 8);
      return { ...fmt, dataOffset: body, dataBytes, durationMs: Math.round((dataBytes / bytesPerSecond) * 1000) };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV has no data chunk');
}

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
