// Uyghur (ئۇيغۇرچە) for zh-CN/keyboard.ts. Machine-drafted: see renderer/i18n/REVIEW.md.
import type { Translation } from '../message.ts';
import type { keyboardStrings as source } from '../zh-CN/keyboard.ts';

export const keyboardStrings = {
  keyboard: {
    group: 'كۇنۇپكا تاختىسى',
    space: 'بوشلۇق',
    backspace: 'ئۆچۈرۈش',
    clear: 'تازىلاش',
    enter: 'جەزملەش',
    layouts: { pinyin: 'پىنيىن', handwriting: 'قولدا يېزىش', latin: 'ئىنگلىزچە', digits: 'رەقەم', phone: 'نومۇر', tibetan: 'تىبەتچە', uyghur: 'ئۇيغۇرچە' },
    shift: 'يۇقىرى',
    subjoined: 'ئۇلانما',
    switchLayouts: 'كىرگۈزۈش ئۇسۇلى',
    candidates: 'تاللانما سۆزلەر',
    composition: 'كىرگۈزۈلۈۋاتقان پىنيىن',
    previousCandidates: 'ئالدىنقى گۇرۇپپا تاللانمىلار',
    nextCandidates: 'كېيىنكى گۇرۇپپا تاللانمىلار',
    loadingWords: 'سۆزلۈك يۈكلىنىۋاتىدۇ…',
    noCandidates: 'ماس كېلىدىغان خەت يوق، بوشلۇقنى بېسىپ ھەرپ كىرگۈزۈڭ',
    compositionHint: 'پىنيىن بىلەن يېزىپ، تاللانما سۆزنى بېسىپ خەنزۇچە خەت كىرگۈزۈڭ',
    handwritingPad: 'قولدا يېزىش رامكىسى',
    handwritingClear: 'قايتا يېزىش',
    handwritingHint: 'رامكا ئىچىگە بىر خەت يېزىپ، تاللانما خەتنى بېسىڭ',
    loadingHandwriting: 'قولدا يېزىش خەت ئامبىرى يۈكلىنىۋاتىدۇ…',
    noHandwritingMatch: 'خەت تونۇلمىدى، قايتا يېزىڭ',
  },
} satisfies Translation<typeof source>;
