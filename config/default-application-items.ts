// 事项办理 items a kiosk offers before central pushes its own catalog: three common township
// applications. Fields a card holds (name, ID number, birth date, address) come from the card;
// the rest are choices wherever a list will do, and typing is left for what only the resident knows.
// Every text carries Tibetan, Uyghur and English (issue 22): a resident who reads only one of them
// must be able to fill in the form. Words follow the screens' messages (renderer/i18n/<locale>/);
// new terms are listed in renderer/i18n/REVIEW.md for a native reviewer.
import type { z } from 'zod';
import type { applicationItemSchema } from './application-form-schema.ts';
import type { demandCategories } from '../shared/contract/cases.ts';

type ItemInput = z.input<typeof applicationItemSchema>;

const name = {
  id: 'name',
  type: 'text',
  label: '申请人姓名',
  prefill: 'name',
  i18n: { bo: { label: 'ཞུ་གཏུག་པའི་མིང་།' }, ug: { label: 'ئىلتىماسچىنىڭ ئىسمى' }, en: { label: "Applicant's name" } },
} as const;
const idNumber = {
  id: 'id-number',
  type: 'text',
  label: '公民身份号码',
  prefill: 'idNumber',
  maxLength: 18,
  i18n: { bo: { label: 'ཐོབ་ཐང་ལག་འཁྱེར་ཨང་གྲངས།' }, ug: { label: 'كىملىك نومۇرى' }, en: { label: 'ID number' } },
} as const;
const phone = {
  id: 'phone',
  type: 'phone',
  label: '联系电话',
  help: '工作人员用这个号码联系您',
  i18n: {
    bo: { label: 'འབྲེལ་གཏུག་ཁ་པར།', help: 'ལས་བྱེད་པས་ཨང་གྲངས་འདི་བརྒྱུད་ནས་ཁྱེད་ལ་འབྲེལ་བ་བྱེད།' },
    ug: { label: 'ئالاقە تېلېفونى', help: 'خادىملار بۇ نومۇر ئارقىلىق سىز بىلەن ئالاقىلىشىدۇ' },
    en: { label: 'Phone number', help: 'Staff will call you on this number' },
  },
} as const;

/** A choice's label in the four languages: zh, bo, ug, en. */
const option = (id: string, zh: string, bo: string, ug: string, en: string) => ({ id, label: zh, i18n: { bo: { label: bo }, ug: { label: ug }, en: { label: en } } });

// The same two papers open every checklist.
const idCardCopy = { zh: '居民身份证原件及复印件1份', bo: 'ཐོབ་ཐང་ལག་འཁྱེར་མ་ཡིག་དང་འདྲ་བཤུས་ 1', ug: 'كىملىك ئەسلىسى ۋە 1 نۇسخا كۆپەيتىلمىسى', en: 'ID card, original and 1 photocopy' };
const hukouCopy = { zh: '户口簿原件及复印件1份', bo: 'ཐེམ་ཐོ་དེབ་མ་ཡིག་དང་འདྲ་བཤུས་ 1', ug: 'نوپۇس دەپتىرى ئەسلىسى ۋە 1 نۇسخا كۆپەيتىلمىسى', en: 'Household register (hukou booklet), original and 1 photocopy' };
/** 承诺书 (issue 24): what a resident signs on the screen before an item with it is filed. */
const commitment = {
  zh: '本人承诺：所填信息和所交材料真实、有效，如有虚假，愿意承担相应的法律责任。',
  bo: 'ངས་ཁས་ལེན་བྱེད་པ། བཀང་བའི་ཆ་འཕྲིན་དང་སྤྲད་པའི་ཡིག་ཆ་བདེན་པ་དང་ནུས་ལྡན་ཡིན། རྫུན་མ་ཡོད་ཚེ་ཁྲིམས་ཀྱི་འགན་འཁྲི་ལེན་རྒྱུ་ཡིན།',
  ug: 'مەن ۋەدە قىلىمەنكى، تولدۇرغان ئۇچۇر ۋە تاپشۇرغان ماتېرىياللار راست ۋە ئىناۋەتلىك، يالغان بولسا تېگىشلىك قانۇنىي جاۋابكارلىقنى ئۈستۈمگە ئالىمەن.',
  en: 'I promise that the information I gave and the materials I handed in are true and valid; if anything is false, I accept the legal responsibility.',
};
/** What the document camera asks for of the two papers (issue 24): both sides of the card, the register's front page and the resident's own page. */
const idCardPages = { name: idCardCopy.zh, pages: 2, required: true };
const hukouPages = { name: hukouCopy.zh, pages: 2, required: false };

export const defaultApplicationItems: ItemInput[] = [
  {
    id: 'gaoling-jintie',
    name: '高龄津贴申请',
    department: '乡镇（街道）社会事务办',
    description: '年满80周岁的本地户籍老人',
    guideId: 'gaoling-jintie',
    materials: [idCardPages, hukouPages, '本人社保卡或银行卡复印件1份', '近期一寸免冠照片2张'],
    i18n: {
      bo: {
        name: 'ན་ཚོད་མཐོ་བའི་ཕན་སྐྱོབ་མ་དངུལ་ཞུ་བ།',
        department: 'ཤང་ངམ་གྲོང་རྡལ་(ཁྲོམ་ལམ་)གྱི་སྤྱི་ཚོགས་ལས་དོན་གཞུང་ལས།',
        description: 'ལོ་ 80 ཡན་སོན་ཞིང་ས་གནས་འདིར་ཐེམ་ཐོ་ཡོད་པའི་རྒན་པ།',
        materials: [idCardCopy.bo, hukouCopy.bo, 'རང་ཉིད་ཀྱི་སྤྱི་འགན་བྱང་བུའམ་དངུལ་ཁང་བྱང་བུའི་འདྲ་བཤུས་ 1', 'ཉེ་ཆར་བརྒྱབ་པའི་ཞྭ་མོ་མེད་པའི་དབྱིན་ཚུན་ 1 ཅན་གྱི་པར་ 2'],
      },
      ug: {
        name: 'يۇقىرى ياشلىقلار ياردەم پۇلى ئىلتىماسى',
        department: 'يېزا-بازار (كوچا) ئىجتىمائىي ئىشلار ئىشخانىسى',
        description: '80 ياشقا توشقان، نوپۇسى بۇ يەردە بولغان ياشانغانلار',
        materials: [idCardCopy.ug, hukouCopy.ug, 'ئۆزىنىڭ ئىجتىمائىي كاپالەت كارتىسى ياكى بانكا كارتىسىنىڭ 1 نۇسخا كۆپەيتىلمىسى', 'يېقىندا تارتقان 1 دىيۇملۇق باش كىيىمسىز رەسىم 2 پارچە'],
      },
      en: {
        name: 'Old-age allowance',
        department: 'Township (sub-district) social affairs office',
        description: 'For residents aged 80 or over whose household is registered here',
        materials: [idCardCopy.en, hukouCopy.en, 'Your social security card or bank card, 1 photocopy', '2 recent 1-inch photos, head uncovered'],
      },
    },
    form: [
      name,
      idNumber,
      {
        id: 'birth-date',
        type: 'date',
        label: '出生日期',
        prefill: 'birthDate',
        i18n: { bo: { label: 'སྐྱེས་ཚེས།' }, ug: { label: 'تۇغۇلغان ۋاقتى' }, en: { label: 'Date of birth' } },
      },
      {
        id: 'address',
        type: 'text',
        label: '户籍地址',
        prefill: 'address',
        maxLength: 100,
        i18n: { bo: { label: 'ཐེམ་ཐོའི་ཁ་བྱང་།' }, ug: { label: 'نوپۇس ئادرېسى' }, en: { label: 'Registered address' } },
      },
      phone,
      {
        id: 'payout',
        type: 'choice',
        label: '津贴发放方式',
        i18n: { bo: { label: 'ཕན་སྐྱོབ་མ་དངུལ་སྤྲོད་སྟངས།' }, ug: { label: 'ياردەم پۇلىنى تارقىتىش ئۇسۇلى' }, en: { label: 'How the allowance is paid' } },
        options: [
          option('social-card', '本人社保卡', 'རང་ཉིད་ཀྱི་སྤྱི་འགན་བྱང་བུ།', 'ئۆزىنىڭ ئىجتىمائىي كاپالەت كارتىسى', 'To my social security card'),
          option('bank-card', '本人银行卡', 'རང་ཉིད་ཀྱི་དངུལ་ཁང་བྱང་བུ།', 'ئۆزىنىڭ بانكا كارتىسى', 'To my bank card'),
          option('proxy', '委托家属代领', 'ནང་མི་ལ་ཚབ་ལེན་བཅོལ་བ།', 'ئائىلە تەۋەلىرىگە ۋاكالىتەن ئالدۇرۇش', 'A family member collects it for me'),
        ],
      },
      {
        id: 'lives-alone',
        type: 'yes-no',
        label: '是否独居',
        help: '独居老人会安排上门核实',
        i18n: {
          bo: { label: 'ཁྱེད་རང་གཅིག་པུར་སྡོད་དམ།', help: 'གཅིག་པུར་སྡོད་པའི་རྒན་པའི་ཁྱིམ་དུ་ལས་བྱེད་པ་ཡོང་ནས་ཞིབ་བཤེར་བྱེད།' },
          ug: { label: 'يالغۇز تۇرامسىز؟', help: 'يالغۇز تۇرىدىغان ياشانغانلارنىڭ ئۆيىگە خادىم بېرىپ ئەھۋالنى ئېنىقلايدۇ' },
          en: { label: 'Do you live alone?', help: 'If you live alone, staff will visit you at home to check' },
        },
      },
      {
        id: 'note',
        type: 'long-text',
        label: '其他情况说明',
        required: false,
        maxLength: 200,
        i18n: { bo: { label: 'གནས་ཚུལ་གཞན་གྱི་འགྲེལ་བཤད།' }, ug: { label: 'باشقا ئەھۋاللار ھەققىدە چۈشەندۈرۈش' }, en: { label: 'Anything else we should know' } },
      },
    ],
  },
  {
    id: 'linshi-jiuzhu',
    name: '临时救助申请',
    department: '乡镇（街道）民政办',
    description: '因病、因灾、因意外导致基本生活暂时困难',
    guideId: 'linshi-jiuzhu',
    materials: [idCardPages, hukouPages, '医疗费用票据、事故或受灾证明等困难证明材料', '家庭成员收入情况说明1份'],
    i18n: {
      bo: {
        name: 'གནས་སྐབས་ཀྱི་རོགས་སྐྱོར་ཞུ་བ།',
        department: 'ཤང་ངམ་གྲོང་རྡལ་(ཁྲོམ་ལམ་)གྱི་དམངས་སྲིད་གཞུང་ལས།',
        description: 'ནད་དང་། རང་བྱུང་གནོད་འཚེ། བློ་སྐྱུར་བྱུང་རྐྱེན་བཅས་ཀྱིས་གཞི་རྩའི་འཚོ་བར་གནས་སྐབས་དཀའ་ངལ་འཕྲད་པ།',
        materials: [idCardCopy.bo, hukouCopy.bo, 'སྨན་བཅོས་འགྲོ་སོང་གི་འཛིན་ཤོག་དང་། བྱུང་རྐྱེན་ནམ་གནོད་འཚེའི་ར་སྤྲོད་སོགས་དཀའ་ངལ་གྱི་ར་སྤྲོད་ཡིག་ཆ།', 'ཁྱིམ་མིའི་ཡོང་འབབ་གནས་ཚུལ་གྱི་གསལ་བཤད་ 1'],
      },
      ug: {
        name: 'ۋاقىتلىق قۇتقۇزۇش ئىلتىماسى',
        department: 'يېزا-بازار (كوچا) خەلق ئىشلىرى ئىشخانىسى',
        description: 'كېسەل، ئاپەت ياكى تاسادىپىي ھادىسە سەۋەبىدىن ئاساسىي تۇرمۇشتا ۋاقىتلىق قىيىنچىلىق كۆرۈلگەن',
        materials: [idCardCopy.ug, hukouCopy.ug, 'داۋالىنىش چىقىمى تالونى، ھادىسە ياكى ئاپەتكە ئۇچرىغانلىق ئىسپاتى قاتارلىق قىيىنچىلىق ئىسپاتى', 'ئائىلە ئەزالىرىنىڭ كىرىم ئەھۋالى چۈشەندۈرۈلمىسى 1 نۇسخا'],
      },
      en: {
        name: 'Temporary assistance',
        department: 'Township (sub-district) civil affairs office',
        description: 'When illness, a disaster or an accident has made daily life hard for a while',
        materials: [idCardCopy.en, hukouCopy.en, 'Proof of the hardship, such as medical bills or an accident or disaster certificate', "A statement of your family members' income, 1 copy"],
      },
    },
    form: [
      name,
      idNumber,
      {
        id: 'address',
        type: 'text',
        label: '家庭住址',
        prefill: 'address',
        maxLength: 100,
        i18n: { bo: { label: 'ཁྱིམ་གྱི་ཁ་བྱང་།' }, ug: { label: 'ئائىلە ئادرېسى' }, en: { label: 'Home address' } },
      },
      phone,
      {
        id: 'household-size',
        type: 'number',
        label: '家庭人口',
        min: 1,
        max: 20,
        unit: '人',
        i18n: { bo: { label: 'ཁྱིམ་མིའི་གྲངས།', unit: 'མི།' }, ug: { label: 'ئائىلە نوپۇسى', unit: 'نەپەر' }, en: { label: 'People in your household', unit: 'people' } },
      },
      {
        id: 'hardship',
        type: 'choice',
        label: '困难类型（可多选）',
        multiple: true,
        i18n: {
          bo: { label: 'དཀའ་ངལ་གྱི་རིགས། (མང་པོ་འདེམས་ཆོག)' },
          ug: { label: 'قىيىنچىلىق تۈرى (كۆپ تاللاشقا بولىدۇ)' },
          en: { label: 'Kind of hardship (choose all that apply)' },
        },
        options: [
          option('illness', '因病', 'ནད།', 'كېسەل', 'Illness'),
          option('disaster', '因灾', 'རང་བྱུང་གནོད་འཚེ།', 'ئاپەت', 'Disaster'),
          option('accident', '因意外事故', 'བློ་སྐྱུར་བྱུང་རྐྱེན།', 'تاسادىپىي ھادىسە', 'Accident'),
          option('schooling', '因就学', 'སློབ་སྦྱོང་གི་འགྲོ་སོང་།', 'ئوقۇش خىراجىتى', 'School costs'),
          option('other', '其他', 'གཞན།', 'باشقا', 'Other'),
        ],
      },
      {
        id: 'since',
        type: 'date',
        label: '困难发生日期',
        max: 'today',
        min: '2000-01-01',
        i18n: { bo: { label: 'དཀའ་ངལ་བྱུང་བའི་ཚེས་གྲངས།' }, ug: { label: 'قىيىنچىلىق كۆرۈلگەن ۋاقىت' }, en: { label: 'When the hardship began' } },
      },
      {
        id: 'monthly-income',
        type: 'number',
        label: '家庭月收入',
        min: 0,
        max: 100000,
        integer: false,
        unit: '元',
        help: '全家每月收入合计，可保留一位小数',
        i18n: {
          bo: { label: 'ཁྱིམ་ཚང་གི་ཟླ་རེའི་ཡོང་འབབ།', unit: 'སྒོར།', help: 'ཁྱིམ་མི་ཚང་མའི་ཟླ་རེའི་ཡོང་འབབ་བསྡོམས་འབྲི་རོགས། ཚེག་རྗེས་སུ་གྲངས་ཀ་གཅིག་འབྲི་ཆོག' },
          ug: { label: 'ئائىلىنىڭ ئايلىق كىرىمى', unit: 'يۈەن', help: 'پۈتۈن ئائىلىنىڭ ھەر ئايلىق كىرىمىنىڭ يىغىندىسى، بىر خانە ئونلۇق كەسىر يازسىڭىز بولىدۇ' },
          en: { label: 'Household income per month', unit: 'yuan', help: "The whole family's income each month, added up; one decimal place is allowed" },
        },
      },
      {
        id: 'on-dibao',
        type: 'yes-no',
        label: '是否享受低保',
        i18n: {
          bo: { label: 'ཁྱེད་ལ་འཚོ་བའི་མ་མཐའི་འགན་སྲུང་ཐོབ་ཀྱི་ཡོད་དམ།' },
          ug: { label: 'ئەڭ تۆۋەن تۇرمۇش كاپالىتىدىن بەھرىمەن بولامسىز؟' },
          en: { label: 'Do you receive the minimum living allowance (dibao)?' },
        },
      },
      {
        id: 'situation',
        type: 'long-text',
        label: '困难情况说明',
        maxLength: 300,
        help: '简要说明发生了什么、目前最需要什么帮助',
        i18n: {
          bo: { label: 'དཀའ་ངལ་གྱི་གནས་ཚུལ་འགྲེལ་བཤད།', help: 'ཅི་ཞིག་བྱུང་བ་དང་། ད་ལྟ་རོགས་རམ་གང་ཞིག་དགོས་ཤོས་ཡིན་པ་མདོར་བསྡུས་ནས་འབྲི་རོགས།' },
          ug: { label: 'قىيىنچىلىق ئەھۋالى ھەققىدە چۈشەندۈرۈش', help: 'نېمە ئىش يۈز بەرگەنلىكى ۋە ھازىر ئەڭ زۆرۈر بولغان ياردەمنى قىسقىچە يېزىڭ' },
          en: { label: 'Tell us about the hardship', help: 'Briefly: what happened, and what help you need most now' },
        },
      },
    ],
  },
  {
    id: 'juzhu-zhengming',
    name: '居住证明申请',
    department: '社区居委会（村委会）',
    description: '开具在本辖区居住情况的证明',
    guideId: 'juzhu-zhengming',
    materials: [idCardPages, '房屋产权证或租赁合同原件及复印件1份', '物业或房东出具的居住情况说明1份'],
    commitment: commitment.zh,
    i18n: {
      bo: {
        commitment: commitment.bo,
        name: 'སྡོད་གནས་ར་སྤྲོད་ཞུ་བ།',
        department: 'སྡོད་ཁུལ་སྡོད་དམངས་ཨུ་ཡོན་ལྷན་ཁང་། (གྲོང་ཚོའི་ཨུ་ཡོན་ལྷན་ཁང་།)',
        description: 'ས་ཁུལ་འདིར་སྡོད་པའི་གནས་ཚུལ་གྱི་ར་སྤྲོད་གཏོང་བ།',
        materials: [idCardCopy.bo, 'ཁང་པའི་བདག་དབང་ལག་འཁྱེར་རམ་གླ་འཛིན་གན་རྒྱའི་མ་ཡིག་དང་འདྲ་བཤུས་ 1', 'ཁང་པའི་དོ་དམ་པའམ་ཁང་བདག་གིས་བཀོད་པའི་སྡོད་གནས་གསལ་བཤད་ 1'],
      },
      ug: {
        name: 'تۇرالغۇ ئىسپاتى ئىلتىماسى',
        department: 'مەھەللە ئاھالىلەر كومىتېتى (كەنت كومىتېتى)',
        description: 'بۇ رايوندا ئولتۇراقلاشقانلىق ئەھۋالى ھەققىدە ئىسپات بېرىش',
        commitment: commitment.ug,
        materials: [idCardCopy.ug, 'ئۆي مۈلۈك ھوقۇقى گۇۋاھنامىسى ياكى ئىجارە توختامىنىڭ ئەسلىسى ۋە 1 نۇسخا كۆپەيتىلمىسى', 'مۈلۈك باشقۇرۇش ئورنى ياكى ئۆي ئىگىسى بەرگەن تۇرالغۇ ئەھۋالى چۈشەندۈرۈلمىسى 1 نۇسخا'],
      },
      en: {
        name: 'Proof of residence',
        department: "Residents' committee (village committee)",
        description: 'A letter confirming that you live in this area',
        commitment: commitment.en,
        materials: [idCardCopy.en, 'Property certificate or rental contract, original and 1 photocopy', 'A statement of your residence from the property manager or your landlord, 1 copy'],
      },
    },
    form: [
      name,
      idNumber,
      phone,
      {
        id: 'residence',
        type: 'text',
        label: '现居住地址',
        maxLength: 60,
        help: '写到门牌号，例如 红星小区3栋2单元501',
        // The example's compound is the sample site 红星小区 (demand-sites.ts), transliterated.
        i18n: {
          bo: { label: 'ད་ལྟའི་སྡོད་གནས་ཁ་བྱང་།', help: 'སྒོ་ཨང་བར་དུ་འབྲི་རོགས། དཔེར་ན། ཧུང་ཤིང་སྡོད་ཁུལ་ཁང་བརྩེགས་ 3 སྒོ་ཆེན་ 2 ཁང་མིག་ 501' },
          ug: { label: 'ھازىرقى تۇرالغۇ ئادرېسى', help: 'ئىشىك نومۇرىغىچە يېزىڭ، مەسىلەن: خۇڭشىڭ ئاھالىلەر رايونى 3-بىنا 2-بۆلەك 501' },
          en: { label: 'Where you live now', help: 'Down to the door number, e.g. Hongxing Compound, Building 3, Entrance 2, Flat 501' },
        },
      },
      {
        id: 'since',
        type: 'date',
        label: '开始居住日期',
        max: 'today',
        min: '1950-01-01',
        i18n: { bo: { label: 'སྡོད་འགོ་ཚུགས་པའི་ཚེས་གྲངས།' }, ug: { label: 'ئولتۇراقلىشىشقا باشلىغان ۋاقىت' }, en: { label: 'Living there since' } },
      },
      {
        id: 'housing',
        type: 'choice',
        label: '住房类型',
        i18n: { bo: { label: 'སྡོད་ཁང་གི་རིགས།' }, ug: { label: 'تۇرالغۇ تۈرى' }, en: { label: 'Type of housing' } },
        options: [
          option('own', '自有住房', 'རང་གི་ཁང་པ།', 'ئۆز ئۆيى', 'My own home'),
          option('rent', '租住', 'གླ་ཁང་།', 'ئىجارە ئۆي', 'Rented'),
          option('lodge', '借住亲友', 'ཉེ་འབྲེལ་ལམ་གྲོགས་པོའི་ཁང་པར་སྡོད་པ།', 'تۇغقان-دوستلىرىنىڭ ئۆيىدە تۇرۇش', 'Staying with relatives or friends'),
        ],
      },
      {
        id: 'purpose',
        type: 'choice',
        label: '证明用途',
        i18n: { bo: { label: 'ར་སྤྲོད་ཀྱི་བེད་སྤྱོད།' }, ug: { label: 'ئىسپاتنىڭ ئىشلىتىلىشى' }, en: { label: 'What the proof is for' } },
        options: [
          option('school', '子女入学', 'བུ་ཕྲུག་སློབ་གྲྭར་འཛུལ་བ།', 'بالىلارنىڭ مەكتەپكە كىرىشى', "A child's school enrolment"),
          option('work', '就业', 'ལས་ཞུགས།', 'ئىشقا ئورۇنلىشىش', 'Work'),
          option('insurance', '社保医保', 'སྤྱི་ཚོགས་འགན་ལེན་དང་སྨན་བཅོས་འགན་ལེན།', 'ئىجتىمائىي سۇغۇرتا ۋە داۋالىنىش سۇغۇرتىسى', 'Social or medical insurance'),
          option('other', '其他', 'གཞན།', 'باشقا', 'Other'),
        ],
      },
    ],
  },
];

type Phrases = Record<(typeof demandCategories)[number], string[]>;

/** 诉求反映: phrases a resident can tap instead of typing, per category. */
export const defaultDemandPhrases: Phrases = {
  咨询: ['想了解办理流程', '想了解需要哪些材料', '想了解补贴政策', '想了解办理时间'],
  求助: ['家中老人需要照顾', '生活遇到困难', '房屋漏水需要维修', '需要法律帮助'],
  投诉: ['路灯不亮', '垃圾未及时清运', '噪音扰民', '道路破损', '下水道堵塞', '乱停车堵塞通道'],
  举报: ['违章搭建', '占用消防通道', '非法经营', '乱倒建筑垃圾'],
  建议: ['建议增加健身设施', '建议增设公交站点', '建议延长办事时间', '建议增加停车位'],
  表扬: ['工作人员服务热情', '问题解决及时', '办事效率高'],
};

/** The same phrases, one for one, in the resident's language: a tap puts that sentence in the description. */
export const defaultDemandPhraseTexts: Record<'bo' | 'ug' | 'en', Phrases> = {
  bo: {
    咨询: ['སྒྲུབ་རིམ་ཤེས་འདོད།', 'ཡིག་ཆ་གང་དག་དགོས་མིན་ཤེས་འདོད།', 'ཕན་སྐྱོབ་མ་དངུལ་གྱི་སྲིད་ཇུས་ཤེས་འདོད།', 'སྒྲུབ་པར་དུས་ཚོད་ག་ཚོད་དགོས་མིན་ཤེས་འདོད།'],
    求助: ['ཁྱིམ་གྱི་རྒན་པར་ལྟ་སྐྱོང་དགོས།', 'འཚོ་བར་དཀའ་ངལ་འཕྲད་ཡོད།', 'ཁང་པར་ཆུ་ཟགས་ནས་ཉམས་གསོ་དགོས།', 'ཁྲིམས་ལུགས་ཀྱི་རོགས་རམ་དགོས།'],
    投诉: ['ལམ་སྒྲོན་མི་འབར།', 'གད་སྙིགས་དུས་ཐོག་སྐྱེལ་འདོན་མ་བྱས།', 'སྒྲ་གདངས་ཀྱིས་སྡོད་དམངས་ལ་དཀྲུག་གཏོང་།', 'ལམ་ཉམས་ཆག་ཐེབས་ཡོད།', 'ཆུ་རྒྱུགས་ལམ་འགགས་ཡོད།', 'རླངས་འཁོར་གང་བྱུང་བཞག་ནས་ལམ་བཀག་ཡོད།'],
    举报: ['ཁྲིམས་འགལ་གྱི་ཨར་ལས།', 'མེ་གསོད་ལམ་བཟུང་ཡོད།', 'ཁྲིམས་འགལ་ཚོང་ལས།', 'ཨར་ལས་ཀྱི་གད་སྙིགས་གང་བྱུང་དོར་བ།'],
    建议: ['ལུས་རྩལ་སྒྲིག་ཆས་འཕར་སྣོན་གནང་རོགས།', 'སྤྱི་སྤྱོད་རླངས་འཁོར་འགོ་ས་འཕར་སྣོན་གནང་རོགས།', 'ལས་དོན་སྒྲུབ་དུས་ཇེ་རིང་དུ་གཏོང་རོགས།', 'རླངས་འཁོར་འཇོག་ས་འཕར་སྣོན་གནང་རོགས།'],
    表扬: ['ལས་བྱེད་པའི་ཞབས་ཞུ་སེམས་ཤུགས་ཆེན་པོ་ཡོད།', 'གནད་དོན་དུས་ཐོག་ཐག་གཅོད་བྱས།', 'ལས་དོན་སྒྲུབ་པའི་ནུས་ཚད་མཐོ།'],
  },
  ug: {
    咨询: ['بېجىرىش تەرتىپىنى بىلمەكچىمەن', 'قايسى ماتېرىياللار كېرەكلىكىنى بىلمەكچىمەن', 'ياردەم پۇلى سىياسىتىنى بىلمەكچىمەن', 'بېجىرىشكە قانچىلىك ۋاقىت كېتىدىغانلىقىنى بىلمەكچىمەن'],
    求助: ['ئۆيدىكى ياشانغانلار كۈتۈنۈشكە موھتاج', 'تۇرمۇشتا قىيىنچىلىققا يولۇقتۇم', 'ئۆيدىن سۇ ئۆتۈۋاتىدۇ، رېمونت قىلىش كېرەك', 'قانۇن ياردىمى كېرەك'],
    投诉: ['كوچا چىرىغى يانمايدۇ', 'ئەخلەت ۋاقتىدا توشۇلمىدى', 'شاۋقۇن ئاھالىلەرنى بىئارام قىلىۋاتىدۇ', 'يول بۇزۇلغان', 'پاسكىنا سۇ يولى توسۇلۇپ قالدى', 'ماشىنىلار قالايمىقان توختىتىلىپ يولنى توسۇۋالدى'],
    举报: ['قانۇنسىز قۇرۇلۇش', 'ئوت ئۆچۈرۈش يولىنى ئىگىلىۋېلىش', 'قانۇنسىز تىجارەت', 'قۇرۇلۇش ئەخلىتىنى قالايمىقان تۆكۈش'],
    建议: ['چېنىقىش ئەسلىھەلىرىنى كۆپەيتىشنى تەۋسىيە قىلىمەن', 'ئاممىۋى ئاپتوبۇس بېكىتى قوشۇشنى تەۋسىيە قىلىمەن', 'ئىش بېجىرىش ۋاقتىنى ئۇزارتىشنى تەۋسىيە قىلىمەن', 'ماشىنا توختىتىش ئورنىنى كۆپەيتىشنى تەۋسىيە قىلىمەن'],
    表扬: ['خادىملار قىزغىن مۇلازىمەت قىلدى', 'مەسىلە ۋاقتىدا ھەل قىلىندى', 'ئىش بېجىرىش ئۈنۈمى يۇقىرى'],
  },
  en: {
    咨询: ['I want to know the steps to get it done', 'I want to know which documents are needed', 'I want to know about subsidy policies', 'I want to know how long it takes'],
    求助: ['An older person at home needs care', 'Life has become hard for us', 'My home leaks and needs repair', 'I need legal help'],
    投诉: ['A street light is out', 'Rubbish is not collected on time', 'Noise is disturbing residents', 'The road is damaged', 'A drain is blocked', 'Badly parked cars block the way'],
    举报: ['An illegal building', 'A fire lane is blocked', 'A business without a licence', 'Construction waste dumped'],
    建议: ['Please add exercise equipment', 'Please add a bus stop', 'Please keep the office open longer', 'Please add parking spaces'],
    表扬: ['The staff were warm and helpful', 'The problem was solved quickly', 'Things got done efficiently'],
  },
};
