// Shared by the ID-card integration tests: waiting for device events with a deadline.
import type { EventEmitter } from 'node:events';

export function nextEvent<T = unknown>(emitter: EventEmitter, name: string, ms = 8000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(name, on);
      reject(new Error(`no '${name}' event within ${ms} ms`));
    }, ms);
    const on = (value: T) => {
      clearTimeout(timer);
      resolve(value);
    };
    emitter.once(name, on);
  });
}

export function collect(emitter: EventEmitter, names: string[]): { name: string; value: unknown }[] {
  const seen: { name: string; value: unknown }[] = [];
  for (const name of names) emitter.on(name, (value: unknown) => seen.push({ name, value }));
  return seen;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
