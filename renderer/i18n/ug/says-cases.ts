// Uyghur (ئۇيغۇرچە) for terminal/says/cases.ts. Machine-drafted: see renderer/i18n/REVIEW.md.
import type { Translation } from '../message.ts';
import type { saysCases as source } from '../../../terminal/says/cases.ts';
import { application } from './application.ts';
import { named } from '../button-names.ts';

export const saysCases = {
  caseNumbersUsedUp: 'بۇ ئۈسكۈنىنىڭ ئىش نومۇرى تۈگىدى. سۈنئىي كۆزنەككە بېرىپ بېجىرىڭ ھەمدە خىزمەتچىدىن تېخنىكىلىق خادىم بىلەن ئالاقىلىشىشنى سوراڭ.',

  itemNotFound: 'بۇ بېجىرىش تۈرى تېپىلمىدى، ئۆزگەرتىلگەن بولۇشى مۇمكىن. قايتىپ قايتا تاللاڭ.',
  itemNeedsCard: 'بۇ تۈرنى بېجىرىش ئۈچۈن كىملىك كېرەك، كىملىكنى كارتا ئوقۇش رايونىغا قويۇڭ.',
  confirmCardFirst: `ئاۋۋال كىملىك ئۇچۇرىنى تەكشۈرۈپ، «${named(application.formCardConfirm)}» نى بېسىپ ئاندىن يوللاڭ.`,
  formInvalid: '{count, plural, other {# تۈردە}} خاتالىق بار، ئەسكەرتىش بويىچە ئۆزگەرتىپ قايتا يوللاڭ.',
  fieldRequired: 'بۇ تۈرنى چوقۇم تولدۇرۇش كېرەك',
  fieldNotText: 'بۇ تۈر خەت بولۇشى كېرەك',
  fieldTooLong: 'ئەڭ كۆپ {max, plural, other {# ھەرپ}}، ھازىر {length, plural, other {# ھەرپ}}',
  fieldNotNumber: 'بۇ تۈر سان بولۇشى كېرەك',
  fieldNotInteger: 'بۇ تۈر پۈتۈن سان بولۇشى كېرەك',
  fieldOneDecimal: 'ئەڭ كۆپ بىر خانە ئونلۇق كەسىر',
  fieldBelowMin: '{min, number} دىن كىچىك بولسا بولمايدۇ',
  fieldAboveMax: '{max, number} دىن چوڭ بولسا بولمايدۇ',
  fieldBadPhone: '11 خانىلىق يانفون نومۇرى ياكى رايون نومۇرى بار مۇقىم تېلېفون بولۇشى كېرەك',
  fieldBadDate: 'ئىناۋەتلىك چېسلا بولۇشى كېرەك',
  fieldTooEarly: '{date} دىن بالدۇر بولسا بولمايدۇ',
  fieldTooLate: '{date} دىن كېيىن بولسا بولمايدۇ',
  fieldNotAnOption: 'بۇ تاللاش تىزىملىكتە يوق',
  fieldRepeatedOption: 'تاللاش تەكرارلاندى',
  fieldYesOrNo: '«ھەئە» ياكى «ياق» نى تاللاڭ',
  fieldNotInForm: 'جەدۋەلدە بۇ تۈر يوق',
  fieldFromCard: 'بۇ تۈر كىملىكتىن ئوقۇلىدۇ، قولدا تولدۇرۇشقا بولمايدۇ',

  pageNotInMaterial: 'بۇ ماتېرىيالدا بۇ بەت يوق، قايتىپ قايتا سۈرەتكە تارتىڭ.',
  pageNotImage: 'بۇ بەت سۈرەتكە تارتىلغان رەسىم ئەمەس، قايتا تارتىڭ.',
  pageTooLarge: 'بۇ بەتنىڭ رەسىمى بەك چوڭ (ئەڭ كۆپ {max, number} KB)، قايتا تارتىڭ.',
  attachmentsTooLarge: 'تارتىلغان ماتېرىياللار جەمئىي بەك چوڭ، بەزى بەتلەرنى ئۆچۈرۈپ ئاندىن يوللاڭ.',
  materialPagesMissing: 'چوقۇم تارتىلىدىغان ماتېرىيالدىن يەنە {count, plural, other {# بەت}} قالدى، تارتىپ بولۇڭ ياكى «ماتېرىيالنى كۆزنەككە تاپشۇرىمەن» نى تاللاڭ.',
  signatureUnreadable: 'ئىمزانى ئوقۇغىلى بولمىدى، ئۆچۈرۈپ قايتا ئىمزا قويۇڭ.',

  demandDescriptionNeeded: '«مەسىلە بايانى» نى چوقۇم تولدۇرۇش كېرەك: كۆپ ئىشلىتىلىدىغان سۆزنى بېسىڭ ياكى كۇنۇپكا تاختىسىدا كىرگۈزۈڭ.',
  demandDescriptionTooLong: '«مەسىلە بايانى» ئەڭ كۆپ {max, plural, other {# ھەرپ}}، ھازىر {length, plural, other {# ھەرپ}}.',
  demandSiteUnknown: 'بۇ «جاي» بۇ ئۈسكۈنىنىڭ جاي تىزىملىكىدە يوق، قايتا تاللاڭ.',
  demandPlaceTooLong: '«جاي» ئەڭ كۆپ {max, plural, other {# ھەرپ}}.',
  demandPlaceNeeded: 'مەسىلە يۈز بەرگەن «جاي» نى تاللاڭ ياكى تولدۇرۇڭ.',
  demandPhoneInvalid: '«قايتا زىيارەت تېلېفونى» 11 خانىلىق يانفون نومۇرى ياكى رايون نومۇرى بار مۇقىم تېلېفون بولۇشى كېرەك.',
  demandNeedsCard: 'ئىسىم بىلەن ئىنكاس قىلىش ئۈچۈن كىملىك كېرەك: كىملىكنى كارتا ئوقۇش رايونىغا قويۇڭ ياكى نامسىز ئىنكاس قىلىشنى تاللاڭ.',

  myCasesNeedCard: 'ئۆزىڭىزنىڭ ئىشلىرىنى سۈرۈشتۈرۈش ئۈچۈن كىملىك كېرەك: كىملىكنى كارتا ئوقۇش رايونىغا قويۇڭ ياكى ئىش نومۇرىنى كىرگۈزۈپ سۈرۈشتۈرۈڭ.',
  myCasesUnavailable: 'ھازىرچە ئىشلىرىڭىز تېپىلمىدى، سەل تۇرۇپ قايتا سىناڭ.',
  caseNumberLength: 'ئىش نومۇرى 12 خانىلىق سان، تەكشۈرۈپ بېقىڭ.',
  caseNumberNotDigits: 'ئىش نومۇرىدا پەقەت سان بار، تەكشۈرۈپ بېقىڭ.',
  caseNumberWrong: 'نومۇر خاتا، تەكشۈرۈپ بېقىڭ.',
  queryCodeFormat: 'سۈرۈشتۈرۈش كودى 8 خانىلىق سان، تەكشۈرۈپ بېقىڭ.',
  queryCodeWrong: 'سۈرۈشتۈرۈش كودى خاتا، تالوندىكى سۈرۈشتۈرۈش كودىنى تەكشۈرۈڭ.',
  queryCodeNeeded: 'بۇ نامسىز ئىنكاس، تالوندىكى 8 خانىلىق سۈرۈشتۈرۈش كودىنى كىرگۈزۈڭ.',
  caseNotFound: 'بۇ نومۇردىكى ئىش تېپىلمىدى، نومۇرنى تەكشۈرۈڭ.',
  caseUnreachable: 'ھازىرچە ھۆكۈمەت ئىشلىرى مەركىزى بىلەن ئۇلىنالمىدى، بۇ نومۇرنىڭ ئەھۋالىنى سۈرۈشتۈرگىلى بولمىدى. سەل تۇرۇپ قايتا سىناڭ ياكى سۈنئىي كۆزنەكتە سۈرۈشتۈرۈڭ.',
  notOurCode: 'بۇ ئىش تالونىدىكى QR كود ئەمەس. ئىش تالونىدىكى QR كودنى سكانىرلاڭ ياكى ئىش نومۇرىنى كىرگۈزۈپ سۈرۈشتۈرۈڭ.',

  chooseRatingLevel: 'باھا دەرىجىسىدىن بىرنى تاللاڭ.',
  ratingReasonNeeded: '«{level, select, 1 {ناھايىتى نارازى} other {نارازى}}» نى تاللىغاندا، نارازى بولۇش سەۋەبىنى تاللاڭ.',
  ratingReasonNotListed: 'نارازى بولۇش سەۋەبىنى تىزىملىكتىن تاللاڭ.',
  ratingReasonOnlyForBad: 'پەقەت «نارازى» ۋە «ناھايىتى نارازى» دىلا سەۋەب تولدۇرۇلىدۇ.',
  ticketNumberInvalid: 'نومۇر خاتا: بىر ھەرپ ۋە ئۈچ خانە سان بولۇشى كېرەك، مەسىلەن A003.',
  ticketDateInvalid: 'چېسلا خاتا، بېجىرگەن كۈننى قايتا تاللاڭ.',
  ticketDateTooOld: 'پەقەت {days, plural, other {# كۈن}} ئىچىدىكى كۆزنەك مۇلازىمىتىگە باھا بەرگىلى بولىدۇ، بېجىرگەن كۈننى قايتا تاللاڭ.',
  ratingTargetNotFound: 'باھا بېرىدىغان ئىش تېپىلمىدى، قايتا باشلاڭ.',
  ratingCaseNotSeen: 'ئاۋۋال «ئىش بېجىرىش ئەھۋالىنى سۈرۈشتۈرۈش» تە بۇ ئىشنى تېپىپ، ئاندىن باھا بېرىڭ.',
  alreadyRated: 'بۇ مۇلازىمەتكە باھا بېرىپ بولدىڭىز، ھەر بىرىگە پەقەت بىر قېتىملا باھا بەرگىلى بولىدۇ.',
} satisfies Translation<typeof source>;
