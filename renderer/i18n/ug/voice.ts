// Uyghur (ئۇيغۇرچە) for zh-CN/voice.ts. Machine-drafted: every message waits for a native speaker's
// check (renderer/i18n/REVIEW.md; mark checked keys in renderer/i18n/reviewed.json).
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
  voiceReplay: 'قايتا ئاڭلاش',
  voiceRead: 'ئوقۇپ بېرىش',
  volumeUp: 'ئاۋازنى يۇقىرىلىتىش',
  volumeDown: 'ئاۋازنى تۆۋەنلىتىش',
  volumeLevel: 'ئاۋاز {percent, number}',
  touchAndHear: 'بېسىپ ئاڭلاش',
  touchAndHearOn: 'بېسىپ ئاڭلاش ئوچۇق: بىر قېتىم بېسىپ چۈشەندۈرۈشنى ئاڭلاڭ، يەنە بىر قېتىم بېسىپ ئىجرا قىلىڭ',
  touchAndHearOff: 'بېسىپ ئاڭلاش تاقالدى',
  voiceSound: 'ئاۋاز',
  idleMore: 'يەنە {times, plural, other {# قېتىم}} ئۇزارتالايسىز',

  promptAttract: 'ئۆزى مۇلازىمەت ماشىنىسىغا خۇش كەپسىز. كىملىكىڭىزنى ئوقۇغۇچقا قويۇڭ، ياكى ئېكراننىڭ ئاستىدىكى كۇنۇپكىنى بېسىپ، كىملىكسىز مۇلازىمەتلەرنى كۆرۈڭ.',
  promptAttractReaderOut: 'ئۆزى مۇلازىمەت ماشىنىسىغا خۇش كەپسىز. كىملىك ئوقۇغۇچ ۋاقىتلىق ئىشلىمەيدۇ، ئېكراننىڭ ئاستىدىكى كۇنۇپكىنى بېسىپ مۇلازىمەتلەرنى كۆرۈڭ.',
  promptServices: `بۇ مۇلازىمەت تىزىملىكى. بېجىرمەكچى بولغان مۇلازىمەتنى تاللاڭ، بولغاندىن كېيىن «${named(core.exit)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptQueue: 'بۇ {service}. بارماقچى بولغان كۆزنەكنى تاللاڭ.',
  promptTicket: 'نومۇر ئېلىندى. نومۇرىڭىز {spokenNumber}. {queue} دا نومۇرىڭىز چاقىرىلغۇچە ساقلاڭ.',
  promptRating: 'بۇ مۇلازىمەت باھالاش. بۇ قېتىملىق مۇلازىمەتكە باھا بېرىڭ.',
  promptThanks: 'باھايىڭىزغا رەھمەت، ھازىرلا باش بەتكە قايتىدۇ.',
  promptMessage: '{title}. {message}',
  promptInfo: 'بۇ ھۆكۈمەت ئىشلىرى ئۇچۇرى. ئىش بېجىرىش قوللانمىسى ۋە ئۇقتۇرۇشلارنى كۆرەلەيسىز.',
  promptInfoSearch: 'بۇ قوللانما ئىزدەش. ئېكران كۇنۇپكا تاختىسىدا ئىش نامىنى كىرگۈزۈڭ، ياكى تۈر بويىچە كۆرۈڭ.',
  promptInfoNotices: 'بۇ ئۇقتۇرۇشلار. يۇقىرى-تۆۋەن سۈرۈپ ياكى بەت كۇنۇپكىسىنى بېسىپ ئوقۇڭ.',
  promptGuide: `بۇ {name} نىڭ ئىش بېجىرىش قوللانمىسى. بېجىرمەكچى بولسىڭىز، «${named(infoQuery.takeNumber)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptMatterDocument: `بۇ ئاشكارا مەزمۇن. ئوقۇپ بولغاندىن كېيىن «${named(core.back)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptTopic: 'بۇ تېما. چۈشەندۈرۈشنى كۆرۈپ بېلەت تاشلىيالايسىز.',
  promptMatters: 'بۇ تېما ئېلانلىرى. كۆرمەكچى بولغان ئاشكارا مەزمۇن ياكى تېمىنى تاللاڭ.',
  promptCertificates: 'بۇ ئىسپات بېسىش. بېسىدىغان ئىسپاتنى تاللاڭ.',
  promptCertificateDone: '{title} بېسىلدى، A4 پرىنتېردىن ئېلىۋېلىڭ.',
  promptOutOfService: 'بۇ ماشىنا ۋاقىتلىق مۇلازىمەت قىلمايدۇ. {message}',
  promptIdle: `{seconds, plural, other {# سېكۇنتتىن}} كېيىن ئاپتوماتىك چېكىنىدۇ. داۋاملاشتۇرماقچى بولسىڭىز، «${named(core.continue)}» كۇنۇپكىسىنى بېسىڭ.`,

  promptApplyItems: 'بۇ ئىش بېجىرىش. بېجىرمەكچى بولغان ئىشنى تاللاڭ.',
  promptApplyMaterials: `بۇ {item}. تەييارلايدىغان ماتېرىياللارنى كۆرۈڭ، تەييار بولسىڭىز «${named(application.applyStartForm)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptApplyForm: `بۇ {item} نىڭ ئىلتىماس جەدۋىلى. ھەر بىر تۈرنى تولدۇرۇڭ، بولغاندىن كېيىن «${named(application.applyReview)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptApplyConfirm: `تولدۇرغان مەزمۇنلارنى تەكشۈرۈڭ. توغرا بولسا «${named(application.applySubmit)}» كۇنۇپكىسىنى، ئۆزگەرتمەكچى بولسىڭىز «${named(application.applyEdit)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptDemandCategory: 'بۇ تەلەپ-پىكىر ئىنكاس قىلىش. ئىنكاس قىلماقچى بولغان مەسىلىنىڭ تۈرىنى تاللاڭ.',
  promptDemandDescribe: 'ئىنكاس قىلماقچى بولغان مەسىلىنى چۈشەندۈرۈڭ. دائىملىق ئىبارىنى بېسىڭ ياكى ئېكران كۇنۇپكا تاختىسىدا كىرگۈزۈڭ.',
  promptDemandPlace: 'مەسىلە يۈز بەرگەن ئورۇننى تاللاڭ.',
  promptDemandPlaceText: 'ئېكران كۇنۇپكا تاختىسىدا مەسىلە يۈز بەرگەن ئورۇننى كىرگۈزۈڭ.',
  promptDemandPhone: 'خادىملار سىز بىلەن ئالاقىلىشىش ئۈچۈن، يانفون نومۇرىڭىزنى كىرگۈزۈڭ.',
  promptDemandWho: 'ئىسمىڭىز بىلەن ئىنكاس قىلامسىز، تاللاڭ. نامسىز ئىنكاس قىلسىڭىز، سىزگە بىر سۈرۈشتۈرۈش كودى بېرىلىدۇ.',
  promptDemandConfirm: `تەلىپىڭىزنى تەكشۈرۈڭ. توغرا بولسا «${named(demand.demandSubmit)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptProgressHome: 'بۇ ئىش بېجىرىش ئەھۋالىنى سۈرۈشتۈرۈش. سۈرۈشتۈرۈش ئۇسۇلىنى تاللاڭ: كىملىك، تالوندىكى ئىككى ئۆلچەملىك كود، ياكى ئىش نومۇرى.',
  promptProgressNumber: `سان كۇنۇپكىلىرى بىلەن ئىش نومۇرىنى كىرگۈزۈڭ، ئاندىن «${named(progressQueryText.progressSearch)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptProgressCode: `تالوندىكى سۈرۈشتۈرۈش كودىنى كىرگۈزۈڭ، ئاندىن «${named(progressQueryText.progressSearch)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptProgressList: '{count, plural, other {# ئىش}} تېپىلدى. كۆرمەكچى بولغان ئىشنى بېسىڭ.',
  promptProgressCase: 'ئىش نومۇرى {spokenNumber}، {title}. ھازىرقى ھالىتى: {status}.',
  promptRatingPick: 'بۇ مۇلازىمەت باھالاش. باھالىماقچى بولغان ئىشنى تاللاڭ.',
  promptRatingTicket: `نۆۋەت نومۇرىڭىز ۋە بېجىرگەن كۈننى كىرگۈزۈڭ، ئاندىن «${named(ratingText.ratingNext)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptRatingLevels: '{title} غا باھا بېرىڭ، رازىلىق دەرىجىسىنى بېسىڭ.',
  promptRatingReason: `رازى بولمىغان سەۋەبنى تاللاڭ، ئاندىن «${named(ratingText.ratingSubmit)}» كۇنۇپكىسىنى بېسىڭ.`,
  promptCaseFiled: 'يوللاندى. ئىش نومۇرىڭىز {spokenNumber}. تالوننى ئېلىۋېلىڭ، بۇ نومۇر بىلەن بېجىرىش ئەھۋالىنى سۈرۈشتۈرەلەيسىز.',
  promptCaseFiledAnonymous: 'يوللاندى. ئىش نومۇرىڭىز {spokenNumber}، سۈرۈشتۈرۈش كودىڭىز {spokenCode}. سۈرۈشتۈرۈش كودىنى ئېسىڭىزدە تۇتۇڭ، ئەھۋال سۈرۈشتۈرگەندە كېرەك بولىدۇ.',
} satisfies Translation<typeof source>;
