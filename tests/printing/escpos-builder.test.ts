import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { EscPosBuilder } from '../../printing/escpos/builder.ts';
import { encodeCode128 } from '../../printing/escpos/code128.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const build = (f: (b: EscPosBuilder) => EscPosBuilder) => hex(f(new EscPosBuilder()).bytes());

describe('ESC/POS builder: exact command bytes (Epson reference)', () => {
  test('initialise, alignment, bold, size, Chinese mode', () => {
    assert.equal(build((b) => b.initialize()), '1b40');
    assert.equal(build((b) => b.align('left').align('center').align('right')), '1b61001b61011b6102');
    assert.equal(build((b) => b.bold(true).bold(false)), '1b45011b4500');
    assert.equal(build((b) => b.size('double').size('double-height').size('double-width').size('normal')), '1d21111d21011d21101d2100');
    assert.equal(build((b) => b.chineseMode(true).chineseMode(false)), '1c261c2e');
  });

  test('line feed and feed n lines', () => {
    assert.equal(build((b) => b.line('ok').feed(3)), '6f6b0a1b6403');
  });

  test('text is GB18030 in Chinese mode, including four-byte characters', () => {
    assert.equal(build((b) => b.chineseMode(true).line('中文·𠀀')), '1c26' + 'd6d0cec4' + 'a1a4' + '95328236' + '0a');
  });

  test('non-ASCII text outside Chinese mode is refused rather than printed as garbage', () => {
    assert.throws(() => new EscPosBuilder().text('中文'), /Chinese mode/);
  });

  test('control characters in text cannot smuggle commands to the printer', () => {
    assert.equal(build((b) => b.text('a\x1b@b\x1dV')), '61' + '20' + '40' + '62' + '20' + '56');
  });

  test('QR code uses the native GS ( k sequence: model 2, size, level M, store, print', () => {
    assert.equal(
      build((b) => b.qr('AB', 5)),
      '1d286b0400314132001d286b03003143051d286b03003145311d286b050031503041421d286b0300315130',
    );
  });

  test('QR store length counts data plus three bytes, little-endian', () => {
    const data = 'x'.repeat(300);
    const bytes = new EscPosBuilder().qr(data).bytes();
    const store = hex(bytes).indexOf('1d286b' + '2f01' + '315030'); // 303 = 0x012f
    assert.ok(store > 0, 'store command with pL=0x2f pH=0x01');
  });

  test('QR data too large for any symbol is refused', () => {
    assert.throws(() => new EscPosBuilder().qr('x'.repeat(2332)), /at most 2331/);
  });

  test('CODE128 barcode: GS h, GS w, GS H, GS k 73 n with code set B', () => {
    assert.equal(build((b) => b.barcode('AB{', { heightDots: 60, moduleWidth: 3 })), '1d683c' + '1d7703' + '1d4802' + '1d6b4906' + '7b42' + '4142' + '7b7b');
  });

  test('CODE128 puts long digit runs in code set C', () => {
    const p = encodeCode128('A20240501');
    assert.equal(hex(p.bytes), '7b42' + '41' + '7b43' + '14180501');
    assert.equal(p.symbols, 1 + 1 + 4);
    assert.equal(hex(encodeCode128('12345').bytes), '7b42' + '31' + '7b43' + '172d');
  });

  test('barcode refuses characters CODE128 cannot carry', () => {
    assert.throws(() => new EscPosBuilder().barcode('号码'), /printable ASCII/);
  });

  test('cuts: GS V 0 / 1 and GS V 65 n / 66 n', () => {
    assert.equal(build((b) => b.cut('full').cut('partial')), '1d56001d5601');
    assert.equal(build((b) => b.feedAndCut('full', 3).feedAndCut('partial', 0)), '1d5641031d564200');
  });
});
