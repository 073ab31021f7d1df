// The 手写 pad's recogniser over the real model built from hanzi-writer-data: characters written
// from their reference strokes by an unsteady (seeded, jittered) hand are found among the five
// candidates a resident sees first, wherever and however large they are written in the box, and
// also when two strokes are written in the wrong order.
import { describe, test, beforeAll } from 'vitest';
import assert from 'node:assert/strict';
import { commonCharacters, loadOrBuildHandwritingModel, referenceStrokes } from '../../../scripts/build-handwriting-model.ts';
import { decodeModel, type HandwritingModel } from '../../../renderer/components/keyboard/handwriting/model.ts';
import { createRecognizer, type Recognizer } from '../../../renderer/components/keyboard/handwriting/recognizer.ts';
import type { Point } from '../../../renderer/components/keyboard/handwriting/strokes.ts';
import { seededRandom, writeWithJitter } from '../../support/written-strokes.ts';

let model: HandwritingModel;
let recognizer: Recognizer;
let modelBytes: number;

beforeAll(() => {
  const { text } = loadOrBuildHandwritingModel();
  modelBytes = Buffer.byteLength(text);
  model = decodeModel(text);
  recognizer = createRecognizer(model);
});

/** Strokes from the 1024 reference box into a pad of `side` CSS px whose corner is at (left, top). */
const intoPad = (strokes: Point[][], side: number, left = 0, top = 0) => strokes.map((s) => s.map(([x, y]) => [left + (x * side) / 1024, top + (y * side) / 1024] as Point));
const topFive = (strokes: Point[][]) => recognizer.recognize(strokes, 5);

describe('the handwriting model', () => {
  test('holds the 3 500 common characters, each with its reference stroke count, in well under 1 MB', () => {
    assert.equal(model.chars.length, 3500);
    assert.deepEqual(new Set(model.chars), new Set(commonCharacters()));
    for (const char of ['养', '老', '低', '保', '一', '藏']) {
      assert.equal(model.strokeCounts[model.chars.indexOf(char)], referenceStrokes(char).length, `${char}'s strokes`);
    }
    assert.ok(modelBytes < 700_000, `the model is ${modelBytes} bytes`);
  });
});

describe('recognising a written character', () => {
  test('养老 and 低保, written with a shaky finger in a 330 px pad, are each the first candidate', () => {
    const random = seededRandom(22);
    for (const char of '养老低保') {
      const found = topFive(intoPad(writeWithJitter(referenceStrokes(char), random), 330, 12, 8));
      assert.equal(found[0], char, `${char} → ${found.join('')}`);
    }
  });

  test('one character in every 70 of the 3 500, each written with jitter, is among the first five', () => {
    const random = seededRandom(7);
    const chars = commonCharacters().filter((_, i) => i % 70 === 0);
    const missed = chars.filter((char) => !topFive(writeWithJitter(referenceStrokes(char), random)).includes(char));
    assert.deepEqual(missed, [], `not in the top five: ${missed.join('')}`);
  });

  test('size and place in the box do not matter: a small 保 in a corner is found as a large one', () => {
    const written = writeWithJitter(referenceStrokes('保'), seededRandom(3));
    assert.ok(topFive(intoPad(written, 90, 200, 10)).includes('保'));
    assert.ok(topFive(intoPad(written, 600)).includes('保'));
  });

  test('two strokes written in the wrong order: 老 with its first two strokes swapped is still found', () => {
    const strokes = writeWithJitter(referenceStrokes('老'), seededRandom(5));
    [strokes[0], strokes[1]] = [strokes[1]!, strokes[0]!];
    assert.ok(topFive(strokes).includes('老'), topFive(strokes).join(''));
  });

  test('nothing written, nothing offered', () => {
    assert.deepEqual(recognizer.recognize([]), []);
  });
});
