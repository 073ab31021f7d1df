// Uyghur (ئۇيغۇرچە) for zh-CN/core.ts. Machine-drafted: every message waits for a native speaker's
// check (renderer/i18n/REVIEW.md; mark checked keys in renderer/i18n/reviewed.json).
import type { Translation } from '../message.ts';
import type { core as source } from '../zh-CN/core.ts';

export const core = {
  connecting: 'ئۇلىنىۋاتىدۇ…',
  connectingHint: 'سەل ساقلاڭ، ھازىرلا بولىدۇ',

  placeCard: 'كىملىكىڭىزنى ئوقۇغۇچقا قويۇڭ',
  placeCardHint: 'قويغاندىن كېيىن مىدىرلاتماي سەل ساقلاڭ',
  readingCard: 'كىملىك ئوقۇلۇۋاتىدۇ…',
  readingCardHint: 'كىملىكنى مىدىرلاتماڭ',
  browseWithoutCard: 'كىملىكسىز مۇلازىمەتلەرنى كۆرۈش',
  elderMode: 'ياشانغانلار', // the usual word for the elderly, not چوڭلار (adults, or "big"): ui-terms.md
  readerOutOfService: 'كارتا ئوقۇغۇچ ۋاقىتلىق ئىشلىمەيدۇ',
  readerOutOfServiceHint: 'تۆۋەندىكى كۇنۇپكىنى بېسىپ مۇلازىمەتلەرنى كۆرۈڭ ياكى خادىم كۆزنىكىگە بېرىڭ',
  chooseLanguage: 'تىل تاللاش',
  chineseOnly: '(خەنزۇچە)',

  greeting: 'ياخشىمۇسىز، {maskedName}',
  greetingAnonymous: 'ياخشىمۇسىز',
  chooseService: 'بېجىرمەكچى بولغان مۇلازىمەتنى تاللاڭ',
  exit: 'چېكىنىش',
  back: 'قايتىش',
  done: 'تامام',

  notBuiltTitle: 'بۇ ماشىنىدا بۇ مۇلازىمەت تېخى ئېچىلمىدى',
  needsIdentityTitle: 'كىملىك كېرەك',
  outOfServiceTitle: 'مۇلازىمەت ۋاقىتلىق توختىدى',
  serviceNotOfferedTitle: 'بۇ ماشىنىدا بۇ مۇلازىمەت يوق',
  errorTitle: 'بېجىرىلمىدى',
  serviceScreenMissing: 'بۇ مۇلازىمەت بۇ ماشىنىدا تېخى ئېچىلمىدى، خادىم كۆزنىكىدە بېجىرىڭ.',

  chooseQueue: 'كۆزنەك تاللاڭ',
  takingTicket: 'نومۇر ئېلىنىۋاتىدۇ…',
  yourNumber: 'نومۇرىڭىز',
  watchForCall: 'نومۇر چاقىرىلىشىغا دىققەت قىلىڭ',
  issuedAt: 'ئالغان ۋاقىت {time}',
  queueWaitingCount: '{count, plural, =0 {ھازىر ساقلاۋاتقان ئادەم يوق} other {# ئادەم ساقلاۋاتىدۇ}}',
  ticketAhead: '{ahead, plural, =0 {ئالدىڭىزدا ئادەم يوق، نومۇر چاقىرىلىشىغا دىققەت قىلىڭ} other {ئالدىڭىزدا يەنە # ئادەم بار}}',
  ticketWait: 'تەخمىنەن {low}–{high} مىنۇت ساقلايسىز (پەقەت پايدىلىنىش ئۈچۈن)',
  ticketPriority: 'ياشانغانلار ئالدىن',
  printing: 'تالون بېسىلىۋاتىدۇ…',
  printed: 'تالون بېسىلدى، ئېلىۋېلىڭ',
  printWaitingHint: 'ئېكراندىكى نومۇرنى ئېسىڭىزدە تۇتۇپ، شۇ نومۇر بىلەن كۆزنەككە بېرىڭ',
  queuedForSync: 'ساقلاندى، تورغا ئۇلانغاندا ئاپتوماتىك يوللىنىدۇ',
  rateThisService: 'بۇ قېتىملىق مۇلازىمەتكە باھا بېرىش',
  finishAndExit: 'تامام، چېكىنىش',
  anotherService: 'باشقا مۇلازىمەت',

  chooseCertificate: 'بېسىلىدىغان ئىسپاتنى تاللاڭ',
  certificateCarriesIdentity: 'ئىسپاتتا ئىسمىڭىز ۋە كىملىك نومۇرىڭىز بار، ۋاقتىدا ئېلىۋېلىڭ',
  certificatePrinting: 'ئىسپات بېرىلىپ بېسىلىۋاتىدۇ…',
  certificatePrintingHint: 'تور ئارقىلىق ھۆكۈمەت مۇلازىمەت مەركىزىگە ئىلتىماس قىلىنىۋاتىدۇ، سەل ساقلاڭ',
  certificatePrinted: 'ئىسپات بېسىلدى، A4 پرىنتېردىن ئېلىۋېلىڭ',
  certificateNotPrintedHint: 'خادىم كۆزنىكىدە بېجىرىڭ',
  certificateRefused: '{title} ھازىرچە بېرىلمەيدۇ',
  certificateHolder: 'ئىگىسى: {maskedName}',
  certificateIssuedAt: 'بېرىلگەن ۋاقىت {time}',
  certificateCode: 'دەلىللەش نومۇرى {code}',

  ratingTitle: 'بۇ قېتىملىق مۇلازىمەتكە نومۇر بېرىڭ',
  ratingSaving: 'يوللىنىۋاتىدۇ…',
  thanksForRating: 'باھايىڭىزغا رەھمەت',
  autoReturn: '{seconds, number} سېكۇنتتىن كېيىن باش بەتكە قايتىدۇ',

  idleTitle: 'يەنە {seconds, number} سېكۇنت قالدى، ئاپتوماتىك چېكىنىدۇ',
  idleHint: 'داۋاملىق بېجىرمەكچى بولسىڭىز «داۋاملاشتۇرۇش» نى بېسىڭ',
  continue: 'داۋاملاشتۇرۇش',

  staffNotice: 'خىزمەتچىلەرنىڭ دىققىتىگە',
  printerPaperNearEnd: 'پرىنتېر قەغىزى تۈگەي دەپ قالدى، ۋاقتىدا ئالماشتۇرۇڭ',
  printerPaperEnd: 'پرىنتېردا قەغەز يوق، قەغەز ئالماشتۇرۇڭ',
  printerCoverOpen: 'پرىنتېر قاپقىقى ياخشى يېپىلمىدى',
  printerProblem: 'پرىنتېر كاشىلا چىقتى، تەكشۈرۈڭ',
  documentPrinterStopped: 'A4 پرىنتېر توختىدى، قەغەزنى تەكشۈرۈپ بېسىش ئۆچرىتىنى ئەسلىگە كەلتۈرۈڭ',
  documentPrinterMissing: 'A4 پرىنتېر ئۇلانمىدى',
} satisfies Translation<typeof source>;
