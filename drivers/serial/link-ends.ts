// The two ends of a simulated device's link, whatever joins them (memory-link.ts, pty-pair.ts).

export interface SimulatorLink {
  /** The end the driver opens (what a config file would name as `path`). */
  devicePath: string;
  /** The end the simulator holds. */
  simulatorPath: string;
  close(): Promise<void>;
}
