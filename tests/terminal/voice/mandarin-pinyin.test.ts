// What eSpeak NG's pinyin voice is given for Mandarin: each polyphone in the sound its word gives
// it (checked against a dictionary), codes one character at a time, quantities as numbers, and
// punctuation as pauses.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { mandarinToPinyin, numberInHanzi } from '../../../terminal/voice/mandarin-pinyin.ts';
import { spellOut } from '../../../renderer/voice/spell.ts';

describe('Mandarin to numbered pinyin', () => {
  test('the attract prompt, syllable by syllable, with its pause', () => {
    assert.equal(mandarinToPinyin('请将身份证放在读卡区。'), 'qing3 jiang1 shen1 fen4 zheng4 fang4 zai4 du2 ka3 qu1 .');
  });

  test('a polyphone is read by its word', () => {
    const cases: [string, string][] = [
      ['银行', 'yin2 hang2'],
      ['进行', 'jin4 xing2'],
      ['重新', 'chong2 xin1'],
      ['重要', 'zhong4 yao4'],
      ['重听', 'chong2 ting1'], // the voice bar's "hear again"
      ['还款', 'huan2 kuan3'],
      ['银行还款', 'yin2 hang2 huan2 kuan3'],
      ['还有', 'hai2 you3'],
      ['还剩', 'hai2 sheng4'],
      ['长辈版', 'zhang3 bei4 ban3'],
      ['长期', 'chang2 qi1'],
      ['为本次服务打分', 'wei4 ben3 ci4 fu2 wu4 da3 fen1'],
      ['地点', 'di4 dian3'],
      ['准备好了', 'zhun3 bei4 hao3 le5'], // the neutral tone is eSpeak's 5
      ['一个', 'yi2 ge4'], // 一 before a fourth tone
      ['女儿', 'nv3 er2'],
    ];
    for (const [text, want] of cases) assert.equal(mandarinToPinyin(text), want, text);
  });

  test('codes are read one character at a time, letters as letters', () => {
    assert.equal(mandarinToPinyin('A012'), 'A ling2 yi1 er4');
    assert.equal(mandarinToPinyin(spellOut('A012')), 'A , ling2 , yi1 , er4');
    assert.equal(mandarinToPinyin('办件编号20261201000123'), 'ban4 jian4 bian1 hao4 er4 ling2 er4 liu4 yi1 er4 ling2 yi1 ling2 ling2 ling2 yi1 er4 san1');
    assert.equal(mandarinToPinyin('电话0991-2345678'), 'dian4 hua4 ling2 jiu3 jiu3 yi1 , er4 san1 si4 wu3 liu4 qi1 ba1');
    assert.equal(mandarinToPinyin('查询码K7M2'), 'cha2 xun2 ma3 K qi1 M er4');
    assert.equal(mandarinToPinyin('请从A4打印机取走'), 'qing3 cong2 A si4 da3 yin4 ji1 qu3 zou3');
  });

  test('quantities are read as numbers', () => {
    assert.equal(mandarinToPinyin('找到 3 件办件'), 'zhao3 dao4 san1 jian4 ban4 jian4');
    assert.equal(mandarinToPinyin('还剩 20 秒'), 'hai2 sheng4 er4 shi2 miao3');
    assert.equal(mandarinToPinyin('2件'), 'liang3 jian4');
    assert.equal(mandarinToPinyin('请到5号窗口'), 'qing3 dao4 wu3 hao4 chuang1 kou3');
    // A year is said digit by digit; months and days as numbers.
    assert.equal(mandarinToPinyin('2026年12月1日'), 'er4 ling2 er4 liu4 nian2 shi2 er4 yue4 yi1 ri4');
    assert.deepEqual([0, 10, 12, 20, 105, 1010, 10000, 20305, 12345678].map(numberInHanzi), ['零', '十', '十二', '二十', '一百零五', '一千零一十', '一万', '二万零三百零五', '一千二百三十四万五千六百七十八']);
  });

  test('punctuation becomes pauses; what has no Mandarin sound is left out, never spelled', () => {
    assert.equal(mandarinToPinyin('请选择查询方式：刷身份证、扫码，或输入。'), 'qing3 xuan3 ze2 cha2 xun2 fang1 shi4 , shua1 shen1 fen4 zheng4 , sao3 ma3 , huo4 shu1 ru4 .');
    assert.equal(mandarinToPinyin('好！😀'), 'hao3 .');
  });
});
