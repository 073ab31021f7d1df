// The recording page's microphone tap (an AudioWorklet, loaded from the console's own assets as CSP
// requires): hands the page the raw samples in blocks of 4096, so the page encodes 16-bit PCM WAV
// itself and the hub never has to decode a compressed format (no ffmpeg on the hub).
class PcmCapture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.block = new Float32Array(4096);
    this.filled = 0;
    this.port.onmessage = () => {
      // "flush": the last partial block, marked so the page knows nothing follows.
      this.port.postMessage({ last: this.block.slice(0, this.filled) });
      this.filled = 0;
    };
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true;
    for (let i = 0; i < channel.length; i++) {
      this.block[this.filled++] = channel[i];
      if (this.filled === this.block.length) {
        this.port.postMessage(this.block.slice(0));
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('pcm-capture', PcmCapture);
