// English for terminal/says/core.ts.
import type { Translation } from '../message.ts';
import type { saysCore as source } from '../../../terminal/says/core.ts';

export const saysCore = {
  internal: 'Something went wrong on this kiosk. Please try again later or ask a member of staff.',
  storageFull: 'This kiosk is out of storage space and cannot take new requests for now. What you have already done is safe. Please ask a member of staff.',
  sessionTimedOut: 'Time ran out. Please start again.',
  noSuchService: 'There is no such service: {serviceId}',

  kioskClosed: 'This kiosk is out of service. Please go to a staffed counter.',

  outage:
    '{reason, select, printerOff {Out of service: the printer is not connected} printerFault {Out of service: the printer is faulty} readerOff {Out of service: the ID card reader is not connected} a4None {Out of service: this kiosk has no A4 printer} a4Stopped {Out of service: the A4 printer has stopped} a4Off {Out of service: the A4 printer is not connected} network {Out of service: printing certificates needs a network connection. Please go to a staffed counter} other {Out of service}}',
  certificatesElsewhere: '{where, select, counter {Certificates are not printed at this kiosk. Please go to a staffed counter.} other {Certificates are not printed at this kiosk. Where to get one: {place}}}',
  outageGoToCounter:
    '{reason, select, printerOff {Out of service: the printer is not connected. Please go to a staffed counter.} printerFault {Out of service: the printer is faulty. Please go to a staffed counter.} readerOff {Out of service: the ID card reader is not connected. Please go to a staffed counter.} a4None {Out of service: this kiosk has no A4 printer. Please go to a staffed counter.} a4Stopped {Out of service: the A4 printer has stopped. Please go to a staffed counter.} a4Off {Out of service: the A4 printer is not connected. Please go to a staffed counter.} network {Out of service: printing certificates needs a network connection. Please go to a staffed counter.} other {Out of service. Please go to a staffed counter.}}',
  outageQueueAtCounter:
    '{reason, select, printerOff {Out of service: the printer is not connected. Please take a number at a staffed counter.} printerFault {Out of service: the printer is faulty. Please take a number at a staffed counter.} readerOff {Out of service: the ID card reader is not connected. Please take a number at a staffed counter.} a4None {Out of service: this kiosk has no A4 printer. Please take a number at a staffed counter.} a4Stopped {Out of service: the A4 printer has stopped. Please take a number at a staffed counter.} a4Off {Out of service: the A4 printer is not connected. Please take a number at a staffed counter.} network {Out of service: a network connection is needed. Please take a number at a staffed counter.} other {Out of service. Please take a number at a staffed counter.}}',
  outageGuidePrint:
    '{reason, select, printerOff {Out of service: the printer is not connected, so nothing can be printed for now. Please note down the documents you need, or ask for the list at a staffed counter.} printerFault {Out of service: the printer is faulty, so nothing can be printed for now. Please note down the documents you need, or ask for the list at a staffed counter.} other {The printer cannot be used right now, so nothing can be printed. Please note down the documents you need, or ask for the list at a staffed counter.}}',

  notBuilt: 'This service is not available on this kiosk yet. Please go to a staffed counter.',
  needsIdCard: 'This service needs your ID card. Please place it on the card reader.',
  certificateNeedsIdCard: 'Printing a certificate needs your resident ID card. Please place it on the card reader.',
  notOfferedInfoQuery: 'This kiosk does not offer government information.',
  notOfferedPublicMatters: 'This kiosk does not offer public notices and topics.',
  notOfferedProgressQuery: 'This kiosk does not offer case progress checks.',
  notOfferedApplication: 'This kiosk does not offer applications.',
  notOfferedDemand: 'This kiosk does not take requests and complaints.',

  cardCheckFailed: 'The ID card could not be verified. Please place it again or ask a member of staff.',
  cardUnreadable: 'The ID card could not be read. Please lift it up and place it again.',
  cardUnknown: 'This card is not recognised. Please place a second-generation resident ID card.',
  cardUnrecognised: 'This card was not recognised. Please swipe it again or ask a member of staff.',

  notQueueService: 'This service does not give queue numbers.',
  queueNeedsIdCard: 'Taking a number needs your ID card. Please place it on the card reader.',
  noSuchQueue: 'There is no such counter: {queueId}',
  chooseQueue: 'Please choose the counter you want to queue for.',
  queueClosed: 'No more numbers are given after {closesAt} today. Please come back tomorrow during opening hours.',
  hallHostUnreachable: "This kiosk cannot reach the hall's queue system just now, so it cannot give a number. Please take one at the service desk, or try again shortly.",

  printWaitingPaperEnd: 'The printer is out of paper, so your slip has not been printed yet. Please ask a member of staff to add paper; it will then print by itself. Your number is shown on the screen.',
  printWaitingCoverOpen: 'The printer cover is not closed, so your slip has not been printed yet. Please ask a member of staff; it will print by itself once fixed. Your number is shown on the screen.',
  printWaitingUnavailable: 'The printer cannot be used right now, so your slip has not been printed. Please ask a member of staff. Your number is shown on the screen.',
  printUnfinishedPaperEnd: 'The printer ran out of paper and your slip was not printed in full; it will not be printed again. Please remember the number on the screen and listen for it to be called. Ask a member of staff if you need a paper slip.',
  printUnfinishedCoverOpen: 'The printer cover was open and your slip was not printed in full; it will not be printed again. Please remember the number on the screen and listen for it to be called. Ask a member of staff if you need a paper slip.',
  printUnfinishedFault: 'The printer had a fault and your slip was not printed in full; it will not be printed again. Please remember the number on the screen and listen for it to be called. Ask a member of staff if you need a paper slip.',

  notCertificateService: 'This service does not print certificates.',
  certificateCardNeeded: 'Printing a certificate needs your ID card. Please place it on the card reader.',
  noSuchCertificateType: 'This kiosk does not offer this certificate ({typeId}). Please choose one from the list.',
  certificateNeedsNetwork: 'Printing a certificate needs a network connection, and this kiosk cannot reach the government centre right now, so nothing was issued. Please go to a staffed counter.',
  certificateUnprintableCharacters: 'The certificate contains characters this kiosk cannot print, so it was not printed.',
  certificatePrintTimedOut: 'The A4 printer did not finish in time, so printing was cancelled.',
  certificatePrintFailed: 'The A4 printer had a problem and the certificate was not printed.',

  guideNotFound: 'This guide could not be found; it may have been updated. Please go back and search again.',
  timeLimitImmediate: 'Done on the spot',
  timeLimitWorkdays: '{days, plural, one {# working day} other {# working days}}',

  topicNotFound: 'This topic could not be found; it may have been withdrawn. Please go back and choose again.',
  matterDocumentNotFound: 'This notice could not be found; it may have been updated. Please go back and choose again.',
  voteNeedsIdCard: 'Voting needs your ID card: please place it on the card reader. One person, one vote.',
  voteNotOpenYet: 'Voting on this topic has not started yet. Please come back once it has.',
  voteClosed: 'Voting on this topic has ended; no more votes can be cast.',
  noSuchOption: 'This topic has no such option: {optionId}. Please go back and choose again.',
  alreadyVoted: 'You have already voted on this topic. Each person can vote only once.',
  voteRecorded: 'Your vote has been recorded and will be sent to the centre.',
  matterSection: '{section, select, party {Party affairs} village {Village and community affairs} finance {Finances} other {Public notices}}',
  resultsAfterClose: 'The results will be published when voting ends.',
  resultsNeedNetwork: 'Seeing the results needs a network connection. Please try again later.',
  voteSavedHere: 'Your vote has been saved on this kiosk and will be sent to the centre once it is online. If you have already voted at another kiosk, the vote the centre receives first counts.',
} satisfies Translation<typeof source>;
