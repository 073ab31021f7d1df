// One take from the microphone as 16-bit PCM WAV: getUserMedia, an AudioWorklet that passes the raw
// samples on, and the shared encoder. The browser's own processing (echo cancelling, noise
// suppression, automatic gain) is off: the hub trims and normalises, the same way for every take.
import { encodeWav16 } from '../../shared/voice/wav-encode.ts';

/** The hub refuses takes over 20 s; the page stops before that. */
export const MAX_TAKE_SECONDS = 19.5;

export interface Take {
  /** Seconds captured so far. */
  seconds(): number;
  /** Stops the microphone and gives the WAV. */
  stop(): Promise<Uint8Array>;
}

export function microphoneAvailable(): boolean {
  return window.isSecureContext && typeof navigator.mediaDevices?.getUserMedia === 'function' && typeof AudioWorkletNode === 'function';
}

export async function startTake(onProgress: (seconds: number) => void): Promise<Take> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false } });
  const context = new AudioContext();
  try {
    await context.audioWorklet.addModule(new URL('./pcm-capture-worklet.js', import.meta.url).href);
  } catch (error) {
    stream.getTracks().forEach((track) => track.stop());
    await context.close();
    throw error;
  }
  const source = context.createMediaStreamSource(stream);
  const tap = new AudioWorkletNode(context, 'pcm-capture', { numberOfOutputs: 1 });
  const blocks: Float32Array[] = [];
  let captured = 0;
  let flushed: (() => void) | null = null;
  tap.port.onmessage = (event: MessageEvent<Float32Array | { last: Float32Array }>) => {
    const block = event.data instanceof Float32Array ? event.data : event.data.last;
    blocks.push(block);
    captured += block.length;
    onProgress(captured / context.sampleRate);
    if (!(event.data instanceof Float32Array)) flushed?.();
  };
  source.connect(tap);
  // Connected to the output (it writes silence) so the browser keeps pulling samples through it.
  tap.connect(context.destination);
  return {
    seconds: () => captured / context.sampleRate,
    async stop() {
      await new Promise<void>((resolve) => {
        flushed = resolve;
        tap.port.postMessage('flush');
      });
      source.disconnect();
      tap.disconnect();
      stream.getTracks().forEach((track) => track.stop());
      const samples = new Float32Array(captured);
      let at = 0;
      for (const block of blocks) {
        samples.set(block, at);
        at += block.length;
      }
      const rate = context.sampleRate;
      await context.close();
      return encodeWav16(samples, rate);
    },
  };
}
