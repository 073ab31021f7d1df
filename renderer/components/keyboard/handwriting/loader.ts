// Loads the handwriting model chunk once, the first time a 手写 pad is shown.
import { decodeModel } from './model.ts';
import { createRecognizer, type Recognizer } from './recognizer.ts';

let loading: Promise<Recognizer> | null = null;

export function loadRecognizer(): Promise<Recognizer> {
  loading ??= import('virtual:handwriting-model').then(
    (module) => createRecognizer(decodeModel(module.default)),
    (err: unknown) => {
      loading = null; // a failed chunk load is tried again by the next pad
      throw err;
    },
  );
  return loading;
}
