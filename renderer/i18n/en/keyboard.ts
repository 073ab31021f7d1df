// English for zh-CN/keyboard.ts.
import type { Translation } from '../message.ts';
import type { keyboardStrings as source } from '../zh-CN/keyboard.ts';

export const keyboardStrings = {
  keyboard: {
    group: 'Keyboard',
    space: 'Space',
    backspace: 'Backspace',
    clear: 'Clear',
    enter: 'OK',
    layouts: { pinyin: 'Pinyin', handwriting: 'Handwriting', latin: 'English', digits: 'Digits', phone: 'Phone', tibetan: 'Tibetan', uyghur: 'Uyghur' },
    shift: 'Shift',
    subjoined: 'Stack',
    switchLayouts: 'Input method',
    candidates: 'Suggestions',
    composition: 'Pinyin being typed',
    previousCandidates: 'Previous suggestions',
    nextCandidates: 'More suggestions',
    loadingWords: 'Loading the word list…',
    noCandidates: 'No matching characters; press Space to type the letters',
    compositionHint: 'Type pinyin, tap a word to enter Chinese',
    handwritingPad: 'Writing box',
    handwritingClear: 'Erase',
    handwritingHint: 'Write one character in the box, then tap it in the list',
    loadingHandwriting: 'Loading handwriting…',
    noHandwritingMatch: 'Not recognised; please write it again',
  },
} satisfies Translation<typeof source>;
