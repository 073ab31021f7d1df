// Tibetan (བོད་ཡིག) for zh-CN/keyboard.ts. Machine-drafted: see renderer/i18n/REVIEW.md.
import type { Translation } from '../message.ts';
import type { keyboardStrings as source } from '../zh-CN/keyboard.ts';

export const keyboardStrings = {
  keyboard: {
    group: 'ལྡེ་སྒྲོམ།',
    space: 'བར་སྟོང་།',
    backspace: 'ཕྱིར་སུབ།',
    clear: 'ཚང་མ་སུབ།',
    enter: 'གཏན་འཁེལ།',
    layouts: { pinyin: 'པིན་ཡིན།', handwriting: 'ལག་བྲིས།', latin: 'དབྱིན་ཡིག', digits: 'ཨང་ཀི།', phone: 'ཁ་པར་ཨང་གྲངས།', tibetan: 'བོད་ཡིག', uyghur: 'ཡུ་གུར་ཡིག' },
    shift: 'སྟེང་རིམ།',
    subjoined: 'འདོགས་ཅན།',
    switchLayouts: 'ནང་འཇུག་ཐབས་ལམ།',
    candidates: 'འདེམས་རུང་ཚིག',
    composition: 'འབྲི་བཞིན་པའི་པིན་ཡིན།',
    previousCandidates: 'འདེམས་རུང་ཚིག་སྔ་མ།',
    nextCandidates: 'འདེམས་རུང་ཚིག་རྗེས་མ།',
    loadingWords: 'ཚིག་མཛོད་འཇུག་བཞིན་པ།',
    noCandidates: 'མཐུན་པའི་ཡི་གེ་མི་འདུག བར་སྟོང་གནོན་ནས་དབྱིན་ཡིག་འབྲི་རོགས།',
    compositionHint: 'པིན་ཡིན་གྱིས་འབྲི་ནས་འདེམས་རུང་ཚིག་ལ་གནོན་ཏེ་རྒྱ་ཡིག་འཇུག་རོགས།',
    handwritingPad: 'ལག་བྲིས་ས་ཁོངས།',
    handwritingClear: 'བྲིས་པ་སུབ།',
    handwritingHint: 'སྒྲོམ་ནང་དུ་ཡི་གེ་གཅིག་འབྲི་ནས་འདེམས་རུང་ཡི་གེ་ལ་གནོན་རོགས།',
    loadingHandwriting: 'ལག་བྲིས་ཡི་གེ་མཛོད་འཇུག་བཞིན་པ།',
    noHandwritingMatch: 'ཡི་གེ་ངོས་འཛིན་མ་ཐུབ། ཡང་བསྐྱར་འབྲི་རོགས།',
  },
} satisfies Translation<typeof source>;
