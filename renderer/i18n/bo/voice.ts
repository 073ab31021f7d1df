// Tibetan (བོད་ཡིག) for zh-CN/voice.ts. Machine-drafted: every message waits for a native speaker's
// check (renderer/i18n/REVIEW.md; mark checked keys in renderer/i18n/reviewed.json). Tibetan has no
// engine voice: a recorded pack speaks these, or the Mandarin words of the same prompt.
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
  voiceReplay: 'ཡང་བསྐྱར་ཉན།',
  voiceRead: 'ཀློག་འདོན།',
  volumeUp: 'སྒྲ་ཆེ་རུ་གཏོང་།',
  volumeDown: 'སྒྲ་ཆུང་དུ་གཏོང་།',
  volumeLevel: 'སྒྲ་ཚད། {percent, number}',
  touchAndHear: 'རེག་ནས་ཉན།',
  touchAndHearOn: 'རེག་ནས་ཉན་པ་ཁ་ཕྱེ་ཟིན། ཐེངས་གཅིག་རེག་ན་འགྲེལ་བཤད་ཉན་ཐུབ། ཡང་བསྐྱར་རེག་ན་ལག་བསྟར་བྱེད།',
  touchAndHearOff: 'རེག་ནས་ཉན་པ་ཁ་བརྒྱབ་ཟིན།',
  voiceSound: 'སྒྲ།',
  idleMore: 'ད་དུང་ཐེངས་ {times, plural, other {#}} འགྱངས་ཐུབ།',

  promptAttract: 'རང་སྤྱོད་ཞབས་ཞུའི་འཕྲུལ་ཆས་ལ་ཕེབས་པར་དགའ་བསུ་ཞུ། ཐོབ་ཐང་ལག་འཁྱེར་ཀློག་ཡུལ་དུ་འཇོག་རོགས། ཡང་ན་བརྙན་ཡོལ་འོག་གི་མཐེབ་གནོན་ལ་གནོན་ནས་ལག་འཁྱེར་མེད་པར་ཞབས་ཞུ་ལ་ལྟ་རོགས།',
  promptAttractReaderOut: 'རང་སྤྱོད་ཞབས་ཞུའི་འཕྲུལ་ཆས་ལ་ཕེབས་པར་དགའ་བསུ་ཞུ། ལག་འཁྱེར་ཀློག་ཆས་གནས་སྐབས་བཀོལ་མི་ཐུབ། བརྙན་ཡོལ་འོག་གི་མཐེབ་གནོན་ལ་གནོན་ནས་ཞབས་ཞུ་ལ་ལྟ་རོགས།',
  promptServices: `འདི་ནི་ཞབས་ཞུའི་ཐོ་གཞུང་ཡིན། སྒྲུབ་འདོད་པའི་ཞབས་ཞུ་འདེམས་རོགས། ཚར་རྗེས་“${named(core.exit)}”ལ་གནོན་རོགས།`,
  promptQueue: 'འདི་ནི་ {service} ཡིན། འགྲོ་འདོད་པའི་སྒེའུ་ཁུང་འདེམས་རོགས།',
  promptTicket: 'ཨང་གྲངས་ལེན་ཟིན། ཁྱེད་ཀྱི་ཨང་གྲངས་ནི་ {spokenNumber} ཡིན། {queue} ལ་ཕེབས་ནས་ཨང་གྲངས་འབོད་པར་སྒུག་རོགས།',
  promptRating: 'འདི་ནི་ཞབས་ཞུའི་དཔྱད་བརྗོད་ཡིན། ཐེངས་འདིའི་ཞབས་ཞུར་སྐར་གྲངས་སྤྲོད་རོགས།',
  promptThanks: 'ཁྱེད་ཀྱི་དཔྱད་བརྗོད་ལ་ཐུགས་རྗེ་ཆེ། མགྱོགས་པོར་ཤོག་ངོས་དང་པོར་ལོག་གི་རེད།',
  promptMessage: '{title}། {message}',
  promptInfo: 'འདི་ནི་སྲིད་དོན་ཆ་འཕྲིན་འཚོལ་ཞིབ་ཡིན། ལས་དོན་སྒྲུབ་ཐབས་དང་བརྡ་ཐོ་ལ་ལྟ་ཐུབ།',
  promptInfoSearch: 'འདི་ནི་ལས་དོན་སྒྲུབ་ཐབས་འཚོལ་ས་ཡིན། བརྙན་ཡོལ་གྱི་མཐེབ་གཞོང་གིས་ལས་དོན་གྱི་མིང་འབྲི་རོགས། ཡང་ན་རིགས་ལྟར་ལྟ་རོགས།',
  promptInfoNotices: 'འདི་ནི་བརྡ་ཐོ་ཡིན། གོང་འོག་ཏུ་འདྲུད་པའམ་ཤོག་ལྷེ་སྤོ་བའི་མཐེབ་གནོན་ལ་གནོན་ནས་ཀློག་རོགས།',
  promptGuide: `འདི་ནི་ {name} ཡི་ལས་དོན་སྒྲུབ་ཐབས་ཡིན། སྒྲུབ་དགོས་ན་“${named(infoQuery.takeNumber)}”ལ་གནོན་རོགས།`,
  promptMatterDocument: `འདི་ནི་སྤྱི་སྒྲོག་ནང་དོན་ཡིན། ཀློག་ཚར་རྗེས་“${named(core.back)}”ལ་གནོན་རོགས།`,
  promptTopic: 'འདི་ནི་གྲོས་གཞི་ཡིན། འགྲེལ་བཤད་ལ་ལྟ་བ་དང་འོས་འདེམས་བྱེད་ཐུབ།',
  promptMatters: 'འདི་ནི་གྲོས་གཞིའི་བརྡ་ཐོ་ཡིན། ལྟ་འདོད་པའི་སྤྱི་སྒྲོག་ནང་དོན་ནམ་གྲོས་གཞི་འདེམས་རོགས།',
  promptCertificates: 'འདི་ནི་ར་སྤྲོད་པར་འདེབས་ཡིན། པར་འདེབས་བྱ་རྒྱུའི་ར་སྤྲོད་འདེམས་རོགས།',
  promptCertificateDone: '{title} པར་བརྒྱབ་ཟིན། A4 པར་འཕྲུལ་ནས་ལེན་རོགས།',
  promptOutOfService: 'འཕྲུལ་ཆས་འདིས་གནས་སྐབས་ཞབས་ཞུ་མི་སྒྲུབ། {message}',
  promptIdle: `སྐར་ཆ་ {seconds, plural, other {#}} རྗེས་རང་འགུལ་གྱིས་ཕྱིར་ཐོན་ཡོང་། མུ་མཐུད་དགོས་ན་“${named(core.continue)}”ལ་གནོན་རོགས།`,

  promptApplyItems: 'འདི་ནི་ལས་དོན་སྒྲུབ་ས་ཡིན། སྒྲུབ་འདོད་པའི་ལས་དོན་འདེམས་རོགས།',
  promptApplyMaterials: `འདི་ནི་ {item} ཡིན། གྲ་སྒྲིག་བྱ་དགོས་པའི་ཡིག་ཆ་ལ་ལྟ་རོགས། གྲ་སྒྲིག་ཚར་ན་“${named(application.applyStartForm)}”ལ་གནོན་རོགས།`,
  promptApplyForm: `འདི་ནི་ {item} ཡི་རེ་འབོད་རེའུ་མིག་ཡིན། རྣམ་གྲངས་རེ་རེ་བཞིན་འབྲི་རོགས། འབྲི་ཚར་རྗེས་“${named(application.applyReview)}”ལ་གནོན་རོགས།`,
  promptApplyConfirm: `བྲིས་པའི་ནང་དོན་ཞིབ་བཤེར་གནང་རོགས། ནོར་འཁྲུལ་མེད་ན་“${named(application.applySubmit)}”ལ་གནོན་རོགས། བཟོ་བཅོས་དགོས་ན་“${named(application.applyEdit)}”ལ་གནོན་རོགས།`,
  promptDemandCategory: 'འདི་ནི་རེ་འདུན་ཞུ་ས་ཡིན། ཞུ་འདོད་པའི་གནད་དོན་གྱི་རིགས་འདེམས་རོགས།',
  promptDemandDescribe: 'ཞུ་འདོད་པའི་གནད་དོན་གསལ་བཤད་གནང་རོགས། རྒྱུན་སྤྱོད་ཚིག་ལ་གནོན་པའམ་བརྙན་ཡོལ་གྱི་མཐེབ་གཞོང་གིས་འབྲི་རོགས།',
  promptDemandPlace: 'གནད་དོན་བྱུང་སའི་ས་གནས་འདེམས་རོགས།',
  promptDemandPlaceText: 'བརྙན་ཡོལ་གྱི་མཐེབ་གཞོང་གིས་གནད་དོན་བྱུང་སའི་ས་གནས་འབྲི་རོགས།',
  promptDemandPhone: 'ལས་བྱེད་པས་ཁྱེད་ལ་འབྲེལ་བ་བྱེད་བདེ་བའི་ཆེད་དུ་ལག་ཁྱེར་ཁ་པར་གྱི་ཨང་གྲངས་འབྲི་རོགས།',
  promptDemandWho: 'མིང་ཐོག་ནས་ཞུ་མིན་འདེམས་རོགས། མིང་མེད་པར་ཞུས་ན་འཚོལ་བཤེར་ཨང་རྟགས་ཤིག་སྤྲོད་ཀྱི་ཡོད།',
  promptDemandConfirm: `ཁྱེད་ཀྱི་རེ་འདུན་ཞིབ་བཤེར་གནང་རོགས། ནོར་འཁྲུལ་མེད་ན་“${named(demand.demandSubmit)}”ལ་གནོན་རོགས།`,
  promptProgressHome: 'འདི་ནི་ལས་དོན་གྱི་མྱུར་ཚད་འཚོལ་ས་ཡིན། འཚོལ་སྟངས་འདེམས་རོགས། ཐོབ་ཐང་ལག་འཁྱེར། འཛིན་ཤོག་སྟེང་གི་གྲུ་བཞིའི་ཨང་རྟགས། ཡང་ན་ལས་དོན་ཨང་གྲངས།',
  promptProgressNumber: `ཨང་གྲངས་ཀྱི་མཐེབ་གནོན་གྱིས་ལས་དོན་ཨང་གྲངས་འབྲི་རོགས། དེ་རྗེས་“${named(progressQueryText.progressSearch)}”ལ་གནོན་རོགས།`,
  promptProgressCode: `འཛིན་ཤོག་སྟེང་གི་འཚོལ་བཤེར་ཨང་རྟགས་འབྲི་རོགས། དེ་རྗེས་“${named(progressQueryText.progressSearch)}”ལ་གནོན་རོགས།`,
  promptProgressList: 'ལས་དོན་ {count, plural, other {#}} རྙེད་སོང་། ལྟ་འདོད་པའི་ལས་དོན་ལ་གནོན་རོགས།',
  promptProgressCase: 'ལས་དོན་ཨང་གྲངས། {spokenNumber}། {title}། ད་ལྟའི་གནས་སྟངས། {status}།',
  promptRatingPick: 'འདི་ནི་ཞབས་ཞུའི་དཔྱད་བརྗོད་ཡིན། དཔྱད་བརྗོད་བྱ་འདོད་པའི་ལས་དོན་འདེམས་རོགས།',
  promptRatingTicket: `ཁྱེད་ཀྱི་གྲལ་སྒྲིག་ཨང་གྲངས་དང་སྒྲུབ་པའི་ཚེས་གྲངས་འབྲི་རོགས། དེ་རྗེས་“${named(ratingText.ratingNext)}”ལ་གནོན་རོགས།`,
  promptRatingLevels: '{title} ལ་སྐར་གྲངས་སྤྲོད་རོགས། ཚིམ་ཚད་གཅིག་ལ་གནོན་རོགས།',
  promptRatingReason: `ཡིད་མ་ཚིམ་པའི་རྒྱུ་མཚན་འདེམས་རོགས། དེ་རྗེས་“${named(ratingText.ratingSubmit)}”ལ་གནོན་རོགས།`,
  promptCaseFiled: 'འབུལ་ཟིན། ཁྱེད་ཀྱི་ལས་དོན་ཨང་གྲངས་ནི་ {spokenNumber} ཡིན། འཛིན་ཤོག་ལེན་རོགས། ཨང་གྲངས་འདིས་སྒྲུབ་པའི་མྱུར་ཚད་འཚོལ་ཐུབ།',
  promptCaseFiledAnonymous: 'འབུལ་ཟིན། ཁྱེད་ཀྱི་ལས་དོན་ཨང་གྲངས་ནི་ {spokenNumber} ཡིན། འཚོལ་བཤེར་ཨང་རྟགས་ནི་ {spokenCode} ཡིན། འཚོལ་བཤེར་ཨང་རྟགས་དྲན་པར་བཟུང་རོགས། མྱུར་ཚད་འཚོལ་དུས་དགོས།',
} satisfies Translation<typeof source>;
