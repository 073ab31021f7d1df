// The default catalog's services, counters and certificate types in Tibetan, Uyghur and English
// (issue 22), by id. Kept beside default-catalog.ts rather than inside it so the Chinese wording
// can change without touching the translations' lines; when it does, these must be re-read.
// Words follow the screens' own messages (renderer/i18n/<bo|ug|en>/*.ts) for the same things;
// terms new here are listed in renderer/i18n/REVIEW.md for a native reviewer.
import type { z } from 'zod';
import type { certificateTypeSchema, queueSchema, serviceSchema } from './catalog-schema.ts';

type Texts<S extends z.ZodType> = NonNullable<z.input<S> extends { i18n?: infer I } ? I : never>;

/** 8 services: name and description. */
export const serviceTexts: Record<string, Texts<typeof serviceSchema>> = {
  info: {
    bo: { name: 'གཞུང་དོན་ཆ་འཕྲིན་འཚོལ་བ།', description: 'སྲིད་ཇུས་དང་ལས་དོན་སྒྲུབ་དུས། རིན་འབབ་ཚད་གཞི། བརྡ་ཁྱབ་བཅས།' },
    ug: { name: 'ھۆكۈمەت ئۇچۇرلىرىنى سۈرۈشتۈرۈش', description: 'سىياسەت، ئىش بېجىرىش ۋاقتى، ھەق ئېلىش ئۆلچىمى، ئۇقتۇرۇش-ئېلانلار' },
    en: { name: 'Government information', description: 'Policies, office hours, fees, notices' },
  },
  certificates: {
    bo: { name: 'ར་སྤྲོད་ཡི་གེ་པར་འདེབས།', description: 'ར་སྤྲོད་ཡི་གེ་པར་འདེབས་བྱེད་པ། (A4 ཤོག་བུ།)' },
    ug: { name: 'ئىسپات بېسىش', description: 'ئىسپات ماتېرىيالى بېسىش (A4 قەغەز)' },
    en: { name: 'Print a certificate', description: 'Print proof documents (A4 paper)' },
  },
  apply: {
    bo: { name: 'ལས་དོན་སྒྲུབ་པ།', description: 'རེ་ཞུ་འབྲི་བ་དང་ཡིག་ཆའི་ཐོ་གཞུང་ལྟ་བ།' },
    ug: { name: 'ئىش بېجىرىش', description: 'ئىلتىماس تولدۇرۇش، ماتېرىيال تىزىملىكىنى كۆرۈش' },
    en: { name: 'Applications', description: 'Fill in an application, see the documents to bring' },
  },
  demand: {
    bo: { name: 'རེ་འདུན་དང་ངོ་རྒོལ་ཞུ་བ།', description: 'དཀའ་ངལ་སྙན་སེང་ཞུས་ནས་ལས་དོན་ཨང་གྲངས་ལེན།' },
    ug: { name: 'تەلەپ ۋە ئەرز-شىكايەت', description: 'مەسىلە ئىنكاس قىلىپ، ئىش نومۇرى ئېلىڭ' },
    en: { name: 'Requests and complaints', description: 'Report a problem and get a case number' },
  },
  progress: {
    bo: { name: 'ལས་དོན་སྒྲུབ་སྟངས་འཚོལ་བ།', description: 'རེ་ཞུ་དང་རེ་འདུན་གྱི་སྒྲུབ་སྟངས་འཚོལ་བ།' },
    ug: { name: 'ئىش بېجىرىش ئەھۋالىنى سۈرۈشتۈرۈش', description: 'ئىلتىماس ۋە تەلەپنىڭ بېجىرىلىش ئەھۋالىنى سۈرۈشتۈرۈش' },
    en: { name: 'Case progress', description: 'Check how your application or request is going' },
  },
  queue: {
    bo: { name: 'ཨང་གྲངས་ལེན་པ།', description: 'སྒེའུ་ཁུང་གི་གྲལ་སྒྲིག་ཨང་གྲངས་ལེན་པ།' },
    ug: { name: 'نومۇر ئېلىش', description: 'كۆزنەكنىڭ ئۆچرەت نومۇرىنى ئېلىش' },
    en: { name: 'Take a number', description: 'Get a queue number for a counter' },
  },
  rating: {
    bo: { name: 'ཞབས་ཞུར་དཔྱད་བརྗོད།', description: 'སྒེའུ་ཁུང་གི་ཞབས་ཞུར་དཔྱད་བརྗོད་བྱེད་པ།' },
    ug: { name: 'مۇلازىمەتكە باھا بېرىش', description: 'كۆزنەك مۇلازىمىتىگە باھا بېرىش' },
    en: { name: 'Rate our service', description: 'Tell us how the counter served you' },
  },
  matters: {
    bo: { name: 'གྲོས་གཞི་དང་བརྡ་ཁྱབ།', description: 'ས་གནས་ཀྱི་སྤྱི་པའི་དོན་གནད་ཀློག་པ་དང་བསམ་འཆར་འདོན་པ།' },
    ug: { name: 'تېما ۋە ئۇقتۇرۇش', description: 'يەرلىك ئاممىۋى ئىشلارنى ئوقۇپ، پىكىر بايان قىلىش' },
    en: { name: 'Public matters', description: 'Read about local public matters and have your say' },
  },
};

/** 取号排队's counters. */
export const queueTexts: Record<string, Texts<typeof queueSchema>> = {
  general: {
    bo: { name: 'སྤྱི་ཡོངས་དང་ལེན་སྒེའུ་ཁུང་།' },
    ug: { name: 'ئومۇمىي قوبۇل قىلىش كۆزنىكى' },
    en: { name: 'General counter' },
  },
};

/** 证明打印's certificate types. */
export const certificateTypeTexts: Record<string, Texts<typeof certificateTypeSchema>> = {
  'social-insurance': {
    bo: { name: 'སྤྱི་ཚོགས་འགན་ལེན་ར་སྤྲོད།', description: 'མི་སྒེར་གྱི་སྤྱི་ཚོགས་འགན་ལེན་ལ་ཞུགས་པ་དང་འབབ་དངུལ་སྤྲོད་པའི་གནས་ཚུལ།' },
    ug: { name: 'ئىجتىمائىي سۇغۇرتا ئىسپاتى', description: 'شەخسنىڭ ئىجتىمائىي سۇغۇرتىغا قاتنىشىشى ۋە ھەق تاپشۇرۇش ئەھۋالى' },
    en: { name: 'Social insurance certificate', description: 'Your social insurance enrolment and contributions' },
  },
  residence: {
    bo: { name: 'སྡོད་གནས་ར་སྤྲོད།', description: 'ས་ཁུལ་འདིར་སྡོད་པའི་གནས་ཚུལ།' },
    ug: { name: 'تۇرالغۇ ئىسپاتى', description: 'بۇ رايوندا ئولتۇراقلىشىش ئەھۋالى' },
    en: { name: 'Proof of residence', description: 'That you live in this area' },
  },
  'household-registration': {
    bo: { name: 'ཐེམ་ཐོ་ར་སྤྲོད།', description: 'ཐེམ་ཐོ་ཐོ་འགོད་ཀྱི་གནས་ཚུལ།' },
    ug: { name: 'نوپۇس ئىسپاتى', description: 'نوپۇس تىزىملىتىش ئەھۋالى' },
    en: { name: 'Household registration certificate', description: 'Your household registration (hukou) record' },
  },
};
