// Times as the kiosk's residents read them: the site's date and minute (the same clock as the
// receipt, issue 21), no seconds, no zone.
import { zonedMinute } from '../../../config/zoned-time.ts';
import { getSiteTimeZone } from '../../i18n/dates.ts';

export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return zonedMinute(d, getSiteTimeZone());
}
