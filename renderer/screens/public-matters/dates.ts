// Dates as residents read them, in their language: 2026年11月23日, 23-نويابىر، 2026 …
import { localDateFormat } from '../../i18n/dates.ts';

const day = localDateFormat({ year: 'numeric', month: 'long', day: 'numeric' });
const dayTime = localDateFormat({ month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export const formatDay = (iso: string) => day(new Date(iso));
export const formatDayTime = (iso: string) => dayTime(new Date(iso));
