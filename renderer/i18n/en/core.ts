// English for zh-CN/core.ts.
import type { Translation } from '../message.ts';
import type { core as source } from '../zh-CN/core.ts';

export const core = {
  connecting: 'Connecting…',
  connectingHint: 'Please wait, almost ready',

  placeCard: 'Please place your ID card on the reader',
  placeCardHint: 'Keep it still for a moment',
  readingCard: 'Reading your ID card…',
  readingCardHint: 'Please do not move the card',
  browseWithoutCard: 'Browse services without an ID card',
  elderMode: 'Large text',
  readerOutOfService: 'The card reader is out of service',
  readerOutOfServiceHint: 'Tap the button below to browse services, or go to a staffed counter',
  chooseLanguage: 'Language',
  chineseOnly: '(Chinese)',

  greeting: 'Hello, {maskedName}',
  greetingAnonymous: 'Hello',
  chooseService: 'Please choose a service',
  exit: 'Exit',
  back: 'Back',
  done: 'Done',

  notBuiltTitle: 'This service is not available here yet',
  needsIdentityTitle: 'An ID card is needed',
  outOfServiceTitle: 'Out of service',
  serviceNotOfferedTitle: 'Not offered at this kiosk',
  errorTitle: 'That did not work',
  serviceScreenMissing: 'This service is not available on this kiosk yet. Please go to a staffed counter.',

  chooseQueue: 'Please choose a counter',
  takingTicket: 'Taking a number…',
  yourNumber: 'Your number',
  watchForCall: 'Please wait for your number to be called',
  issuedAt: 'Taken at {time}',
  printing: 'Printing your slip…',
  printed: 'Your slip is printed, please take it',
  printWaitingHint: 'Please remember the number on the screen and show it at the counter',
  queuedForSync: 'Saved; it will be sent when the network is back',
  rateThisService: 'Rate this service',
  finishAndExit: 'Finish and exit',

  chooseCertificate: 'Please choose a certificate to print',
  certificateCarriesIdentity: 'The certificate shows your name and ID number. Please take it with you',
  certificatePrinting: 'Issuing and printing your certificate…',
  certificatePrintingHint: 'The government service centre is being asked online, please wait',
  certificatePrinted: 'Your certificate is printed, please take it from the A4 printer',
  certificateNotPrintedHint: 'Please go to a staffed counter',
  certificateRefused: 'The {title} cannot be issued for now',
  certificateHolder: 'Holder: {maskedName}',
  certificateIssuedAt: 'Issued at {time}',
  certificateCode: 'Verification code {code}',

  ratingTitle: 'Please rate this service',
  ratingSaving: 'Sending…',
  thanksForRating: 'Thank you for your rating',
  autoReturn: 'Back to the start in {seconds, plural, one {# second} other {# seconds}}',

  idleTitle: 'Exiting in {seconds, plural, one {# second} other {# seconds}}',
  idleHint: 'To carry on, tap “Continue”',
  continue: 'Continue',

  staffNotice: 'Attention, staff',
  printerPaperNearEnd: 'The receipt paper is running low, please replace it soon',
  printerPaperEnd: 'The printer is out of paper, please replace the roll',
  printerCoverOpen: 'The printer cover is open',
  printerProblem: 'Printer fault, please check',
  documentPrinterStopped: 'The A4 printer is paused: check the paper, then resume its queue',
  documentPrinterMissing: 'The A4 printer is not connected',
} satisfies Translation<typeof source>;
