// The holiday calendar page's words.
import { words } from './i18n/words.ts';

export const holidayWords = {
  'zh-CN': {
    title: '节假日',
    explain: '办件时限按工作日计算：周六、周日和下表的「休」不计，调休上班的「班」计入。每年国务院公布安排后，在此加载当年文件（CSV，每行一天：2026-01-01,休,元旦）；加载会替换文件所含年份的安排。',
    file: '节假日文件（CSV）',
    year: '年份',
    loaded: '已加载 {years}：放假 {holidays} 天，调休上班 {workdays} 天',
    none: '{year} 年尚未加载节假日安排：只有周末不计入工作日。',
    colDay: '日期',
    colKind: '类别',
    colName: '名称',
    kind: '{kind, select, holiday {休} other {班}}',
  },
  en: {
    title: 'Holidays',
    explain: 'Case time limits count working days: Saturdays, Sundays and the days off (休) below do not count; the adjusted working days (班) do. Each year, once the State Council publishes the arrangement, load that year\'s file here (CSV, one day a line: 2026-01-01,休,元旦); a file replaces the years it covers.',
    file: 'Holiday file (CSV)',
    year: 'Year',
    loaded: 'Loaded {years}: {holidays} days off, {workdays} adjusted working days',
    none: 'No holiday calendar is loaded for {year}: only weekends are off.',
    colDay: 'Date',
    colKind: 'Kind',
    colName: 'Name',
    kind: '{kind, select, holiday {day off} other {working day}}',
  },
};

export const tHoliday = words(holidayWords);
