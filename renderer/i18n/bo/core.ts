// Tibetan (བོད་ཡིག) for zh-CN/core.ts. Machine-drafted: every message waits for a native speaker's
// check (renderer/i18n/REVIEW.md; mark checked keys in renderer/i18n/reviewed.json).
import type { Translation } from '../message.ts';
import type { core as source } from '../zh-CN/core.ts';

export const core = {
  connecting: 'འབྲེལ་མཐུད་བྱེད་བཞིན་པ།',
  connectingHint: 'ཅུང་ཙམ་སྒུག་རོགས། མྱུར་དུ་ཚར་གྱི་རེད།',

  placeCard: 'ཐོབ་ཐང་ལག་འཁྱེར་ཀློག་ཆས་སྟེང་དུ་ཞོག་རོགས།',
  placeCardHint: 'བཞག་རྗེས་མ་འགུལ་བར་ཅུང་ཙམ་སྒུག་རོགས།',
  readingCard: 'ཐོབ་ཐང་ལག་འཁྱེར་ཀློག་བཞིན་པ།',
  readingCardHint: 'ཐོབ་ཐང་ལག་འཁྱེར་མ་སྒུལ་རོགས།',
  browseWithoutCard: 'ཐོབ་ཐང་ལག་འཁྱེར་མེད་པར་ཞབས་ཞུ་ལྟ་བ།',
  elderMode: 'རྒན་རབས་པར་གཞི།',
  readerOutOfService: 'ཀློག་ཆས་གནས་སྐབས་བཀོལ་མི་ཐུབ།',
  readerOutOfServiceHint: 'འོག་གི་མཐེབ་གནོན་ནས་ཞབས་ཞུ་ལྟ་བའམ། མི་སྒེའུ་ཁུང་དུ་ཕེབས་རོགས།',
  chooseLanguage: 'སྐད་ཡིག་འདེམས།',
  chineseOnly: '(རྒྱ་ཡིག)',

  greeting: 'བཀྲ་ཤིས་བདེ་ལེགས། {maskedName}',
  greetingAnonymous: 'བཀྲ་ཤིས་བདེ་ལེགས།',
  chooseService: 'ཁྱེད་ཀྱིས་སྒྲུབ་པའི་ཞབས་ཞུ་འདེམས་རོགས།',
  exit: 'ཕྱིར་ཐོན།',
  back: 'ཕྱིར་ལོག',
  done: 'ལེགས་གྲུབ།',

  notBuiltTitle: 'འཕྲུལ་ཆས་འདིར་ཞབས་ཞུ་འདི་ད་དུང་མེད།',
  needsIdentityTitle: 'ཐོབ་ཐང་ལག་འཁྱེར་དགོས།',
  outOfServiceTitle: 'ཞབས་ཞུ་གནས་སྐབས་མཚམས་འཇོག',
  serviceNotOfferedTitle: 'འཕྲུལ་ཆས་འདིར་ཞབས་ཞུ་འདི་མི་སྤྲོད།',
  errorTitle: 'བསྒྲུབས་མ་ཐུབ།',
  serviceScreenMissing: 'ཞབས་ཞུ་འདི་འཕྲུལ་ཆས་འདིར་ད་དུང་མེད། མི་སྒེའུ་ཁུང་དུ་ཕེབས་རོགས།',

  chooseQueue: 'སྒེའུ་ཁུང་འདེམས་རོགས།',
  takingTicket: 'ཨང་གྲངས་ལེན་བཞིན་པ།',
  yourNumber: 'ཁྱེད་ཀྱི་ཨང་གྲངས།',
  watchForCall: 'ཨང་གྲངས་འབོད་པར་དོ་སྣང་གནང་རོགས།',
  issuedAt: 'ལེན་དུས། {time}',
  queueWaitingCount: '{count, plural, =0 {ད་ལྟ་སྒུག་མཁན་མེད།} other {མི་ # སྒུག་བཞིན་ཡོད།}}',
  ticketAhead: '{ahead, plural, =0 {ཁྱེད་ཀྱི་མདུན་དུ་མི་མེད། ཨང་གྲངས་འབོད་པར་དོ་སྣང་གནང་རོགས།} other {ཁྱེད་ཀྱི་མདུན་དུ་མི་ # ཡོད།}}',
  ticketWait: 'སྒུག་དུས་སྐར་མ་ {low}–{high} ཙམ། (དཔྱད་གཞི་ཙམ།)',
  ticketPriority: 'རྒན་པོ་སྔོན་ལ།',
  printing: 'འཛིན་ཤོག་པར་འདེབས་བཞིན་པ།',
  printed: 'འཛིན་ཤོག་པར་བརྒྱབ་ཟིན། ལེན་རོགས།',
  printWaitingHint: 'བརྙན་ཡོལ་སྟེང་གི་ཨང་གྲངས་དྲན་པར་བཟུང་ནས་སྒེའུ་ཁུང་དུ་ཕེབས་རོགས།',
  queuedForSync: 'ཉར་ཟིན། དྲ་རྒྱ་མཐུད་རྗེས་རང་འགུལ་གྱིས་སྙན་སེང་ཞུ།',
  rateThisService: 'ཞབས་ཞུ་འདིར་དཔྱད་བརྗོད།',
  finishAndExit: 'ལེགས་གྲུབ། ཕྱིར་ཐོན།',
  anotherService: 'ཞབས་ཞུ་གཞན།',

  chooseCertificate: 'པར་འདེབས་བྱ་རྒྱུའི་ར་སྤྲོད་ཡི་གེ་འདེམས་རོགས།',
  certificateCarriesIdentity: 'ར་སྤྲོད་ཡི་གེའི་སྟེང་ཁྱེད་ཀྱི་མིང་དང་ཐོབ་ཐང་ལག་འཁྱེར་ཨང་གྲངས་ཡོད། དུས་ཐོག་ལེན་རོགས།',
  certificatePrinting: 'ར་སྤྲོད་ཡི་གེ་གཏོང་བཞིན་པར་འདེབས་བཞིན་པ།',
  certificatePrintingHint: 'དྲ་རྒྱ་བརྒྱུད་ནས་གཞུང་ཞབས་ལྟེ་གནས་ལ་ཞུ་བཞིན་ཡོད། ཅུང་ཙམ་སྒུག་རོགས།',
  certificatePrinted: 'ར་སྤྲོད་ཡི་གེ་པར་བརྒྱབ་ཟིན། A4 པར་འདེབས་འཕྲུལ་ཆས་ནས་ལེན་རོགས།',
  certificateNotPrintedHint: 'མི་སྒེའུ་ཁུང་དུ་ཕེབས་རོགས།',
  certificateRefused: '{title} གནས་སྐབས་གཏོང་མི་ཐུབ།',
  certificateHolder: 'ལག་འཁྱེར་བདག་པོ། {maskedName}',
  certificateIssuedAt: 'གཏོང་དུས། {time}',
  certificateCode: 'ཞིབ་བཤེར་ཨང་རྟགས། {code}',

  ratingTitle: 'ཞབས་ཞུ་འདིར་སྐར་མ་སྤྲོད་རོགས།',
  ratingSaving: 'འབུལ་བཞིན་པ།',
  thanksForRating: 'ཁྱེད་ཀྱི་དཔྱད་བརྗོད་ལ་ཐུགས་རྗེ་ཆེ།',
  autoReturn: 'སྐར་ཆ་ {seconds, number} རྗེས་ཐོག་མའི་ངོས་སུ་ལོག་གི་རེད།',

  idleTitle: 'སྐར་ཆ་ {seconds, number} ལྷག་ཡོད། རང་འགུལ་གྱིས་ཕྱིར་ཐོན་གྱི་རེད།',
  idleHint: 'མུ་མཐུད་སྒྲུབ་དགོས་ན་“མུ་མཐུད།”ལ་གནོན་རོགས།',
  continue: 'མུ་མཐུད།',

  staffNotice: 'ལས་བྱེད་པས་དོ་སྣང་གནང་རོགས།',
  printerPaperNearEnd: 'པར་ཤོག་ཟད་ཁར་ཡོད། དུས་ཐོག་བརྗེ་རོགས།',
  printerPaperEnd: 'པར་འདེབས་འཕྲུལ་ཆས་ལ་ཤོག་བུ་མེད། པར་ཤོག་བརྗེ་རོགས།',
  printerCoverOpen: 'པར་འདེབས་འཕྲུལ་ཆས་ཀྱི་ཁ་ལེགས་པར་མ་བརྒྱབ།',
  printerProblem: 'པར་འདེབས་འཕྲུལ་ཆས་ལ་སྐྱོན་ཤོར། ཞིབ་བཤེར་གནང་རོགས།',
  documentPrinterStopped: 'A4 པར་འདེབས་འཕྲུལ་ཆས་མཚམས་བཞག ཤོག་བུ་ཞིབ་བཤེར་བྱས་རྗེས་པར་འདེབས་སྒྲིག་ཐོ་སླར་གསོ་གནང་རོགས།',
  documentPrinterMissing: 'A4 པར་འདེབས་འཕྲུལ་ཆས་མཐུད་མེད།',
} satisfies Translation<typeof source>;
