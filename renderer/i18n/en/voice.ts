// English for zh-CN/voice.ts.
import type { Translation } from '../message.ts';
import type { voiceZhCN as source } from '../zh-CN/voice.ts';
import { core } from './core.ts';
import { application } from './application.ts';
import { demand } from './demand.ts';
import { progressQueryText } from './progress-query.ts';
import { ratingText } from './rating.ts';
import { infoQuery } from './info-query.ts';
import { named } from '../button-names.ts';

export const voice = {
  voiceReplay: 'Hear again',
  voiceRead: 'Read aloud',
  volumeUp: 'Louder',
  volumeDown: 'Quieter',
  volumeLevel: 'Volume {percent, number}',
  touchAndHear: 'Touch to hear',
  touchAndHearOn: 'Touch to hear is on: touch once to hear a button, touch again to use it',
  touchAndHearOff: 'Touch to hear is off',
  voiceSound: 'Sound',
  idleMore: 'You can extend {times, plural, one {# more time} other {# more times}}',

  promptAttract: 'Welcome to the self-service kiosk. Place your ID card on the reader, or touch the button at the bottom of the screen to browse services without a card.',
  promptAttractReaderOut: 'Welcome to the self-service kiosk. The card reader is out of service. Touch the button at the bottom of the screen to browse services.',
  promptServices: `This is the list of services. Touch the service you need. When you are done, touch ${named(core.exit)}.`,
  promptQueue: 'This is {service}. Please choose the counter you want to go to.',
  promptTicket: 'Here is your ticket. Your number is {spokenNumber}. Please wait at {queue} until your number is called.',
  promptRating: 'This is the service rating. Please rate this visit.',
  promptThanks: 'Thank you for your rating. Going back to the start.',
  promptMessage: '{title}. {message}',
  promptInfo: 'This is government information. You can read service guides and notices.',
  promptInfoSearch: 'This is the guide search. Type the name of a service with the on-screen keyboard, or browse by category.',
  promptInfoNotices: 'These are the notices. Swipe up and down, or touch the page buttons, to read.',
  promptGuide: `This is the service guide for {name}. To apply, you can touch ${named(infoQuery.takeNumber)}.`,
  promptMatterDocument: `This is a public document. When you have finished reading, touch ${named(core.back)}.`,
  promptTopic: 'This is a topic. You can read about it and vote.',
  promptMatters: 'These are public matters. Please choose a document or a topic to read.',
  promptCertificates: 'This is certificate printing. Please choose the certificate to print.',
  promptCertificateDone: '{title} has been printed. Please take it from the A4 printer.',
  promptOutOfService: 'This kiosk is out of service. {message}',
  promptIdle: `{seconds, plural, one {# second} other {# seconds}} left before the kiosk signs you out. To continue, touch ${named(core.continue)}.`,

  promptApplyItems: 'This is online applications. Please choose what you want to apply for.',
  promptApplyMaterials: `This is {item}. Check the documents you need. When you are ready, touch ${named(application.applyStartForm)}.`,
  promptApplyForm: `This is the application form for {item}. Fill in each field, then touch ${named(application.applyReview)}.`,
  promptApplyConfirm: `Please check what you filled in. If it is correct, touch ${named(application.applySubmit)}. To change something, touch ${named(application.applyEdit)}.`,
  promptDemandCategory: 'This is requests and complaints. Please choose the kind of problem you want to report.',
  promptDemandDescribe: 'Please describe the problem. Touch a common phrase, or type with the on-screen keyboard.',
  promptDemandPlace: 'Please choose where the problem is.',
  promptDemandPlaceText: 'Please type where the problem is with the on-screen keyboard.',
  promptDemandPhone: 'Please enter your mobile number, so that staff can contact you.',
  promptDemandWho: 'Please choose whether to give your name. If you stay anonymous, you get a query code.',
  promptDemandConfirm: `Please check your request. If it is correct, touch ${named(demand.demandSubmit)}.`,
  promptProgressHome: 'This is case progress. Please choose how to look up your case: your ID card, the QR code on your receipt, or the case number.',
  promptProgressNumber: `Please enter the case number with the number keys, then touch ${named(progressQueryText.progressSearch)}.`,
  promptProgressCode: `Please enter the query code on your receipt, then touch ${named(progressQueryText.progressSearch)}.`,
  promptProgressList: '{count, plural, one {# case found} other {# cases found}}. Please touch the case you want to see.',
  promptProgressCase: 'Case number {spokenNumber}, {title}. Status now: {status}.',
  promptRatingPick: 'This is the service rating. Please choose what you want to rate.',
  promptRatingTicket: `Please enter your queue number and the date of your visit, then touch ${named(ratingText.ratingNext)}.`,
  promptRatingLevels: 'Please rate {title}. Touch how satisfied you are.',
  promptRatingReason: `Please choose why you were not satisfied, then touch ${named(ratingText.ratingSubmit)}.`,
  promptCaseFiled: 'Submitted. Your case number is {spokenNumber}. Please take your receipt, and use the number to follow your case.',
  promptCaseFiledAnonymous: 'Submitted. Your case number is {spokenNumber}, and your query code is {spokenCode}. Please remember the query code: you need it to look up your case.',
} satisfies Translation<typeof source>;
