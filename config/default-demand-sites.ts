// 诉求反映's sample places, shipped until a hall configures its own (`demand.sites`). The compound
// and village names are proper names: transliterated (pinyin for en, Tibetan and Uyghur spellings of
// the Chinese sound), with the kind of place (compound, garden, village, market) translated.
// Words new here are listed in renderer/i18n/REVIEW.md for a native reviewer.
const hongxing = { bo: 'ཧུང་ཤིང་སྡོད་ཁུལ།', ug: 'خۇڭشىڭ ئاھالىلەر رايونى', en: 'Hongxing Compound' };
const dongsheng = { bo: 'ཏུང་ཧྲེང་ལྡུམ་ར།', ug: 'دۇڭشېڭ باغچىسى', en: 'Dongsheng Garden' };
const dongcun = { bo: 'ཏུང་གྲོང་ཚོ།', ug: 'دۇڭ كەنتى', en: 'Dong Village' };

/** A compound's building (栋), area (区) or village group (组) n, in the three languages. */
const building = (n: string) => ({ bo: `ཁང་བརྩེགས་ ${n}`, ug: `${n}-بىنا`, en: `Building ${n}` });
const area = (n: string) => ({ bo: `ཁུལ་ ${n}`, ug: `${n} رايون`, en: `Zone ${n}` });
const group = (n: string) => ({ bo: `ཚོ་ཆུང་ ${n}`, ug: `${n}-گۇرۇپپا`, en: `Group ${n}` });

type Texts = { bo: string; ug: string; en: string };

function site(id: string, compound: [string, Texts], part?: [string, Texts]) {
  const texts = (l: keyof Texts) => ({ compound: compound[1][l], ...(part && { building: part[1][l] }) });
  return { id, compound: compound[0], ...(part && { building: part[0] }), i18n: { bo: texts('bo'), ug: texts('ug'), en: texts('en') } };
}

export const defaultDemandSites = [
  site('hongxing', ['红星小区', hongxing]),
  site('hongxing-1', ['红星小区', hongxing], ['1栋', building('1')]),
  site('hongxing-2', ['红星小区', hongxing], ['2栋', building('2')]),
  site('hongxing-3', ['红星小区', hongxing], ['3栋', building('3')]),
  site('dongsheng', ['东升花园', dongsheng]),
  site('dongsheng-a', ['东升花园', dongsheng], ['A区', area('A')]),
  site('dongsheng-b', ['东升花园', dongsheng], ['B区', area('B')]),
  site('dongcun', ['东村', dongcun], ['1组', group('1')]),
  site('dongcun-2', ['东村', dongcun], ['2组', group('2')]),
  site('market', ['镇农贸市场', { bo: 'གྲོང་རྡལ་གྱི་ཞིང་ཐོན་ཚོང་ར།', ug: 'بازارلىق دېھقانچىلىق مەھسۇلاتلىرى بازىرى', en: "Town farmers' market" }]),
];
