// The kiosk keyboard's own words: key names (what a screen reader says and what the key shows),
// the layout switcher and the pinyin candidate bar.
export const keyboardStrings = {
  keyboard: {
    group: '键盘',
    space: '空格',
    backspace: '退格',
    clear: '清空',
    enter: '确定',
    layouts: { pinyin: '拼音', latin: '英文', digits: '数字', phone: '号码', tibetan: '藏文', uyghur: '维吾尔文' },
    shift: '上档',
    subjoined: '下加字',
    switchLayouts: '输入方式',
    candidates: '候选词',
    composition: '正在输入的拼音',
    previousCandidates: '上一组候选',
    nextCandidates: '下一组候选',
    loadingWords: '正在载入词库…',
    noCandidates: '没有对应的字词，按空格输入字母',
    compositionHint: '用拼音打字，点候选词输入汉字',
  },
};
