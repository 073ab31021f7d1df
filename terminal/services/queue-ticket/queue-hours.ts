// 取号排队's closing time (issue 25): after a queue's `closesAt` on the site's clock the kiosk
// gives no new number for it, and says so in a sentence instead of a ticket nobody will call.
import { wallClock } from '../../../config/zoned-time.ts';

/** True when the site's clock at `now` is at or past `closesAt` ("16:30"). */
export function queueClosed(closesAt: string | undefined, now: Date, timeZone: string): boolean {
  if (!closesAt) return false;
  const [hour, minute] = closesAt.split(':').map(Number) as [number, number];
  const c = wallClock(now, timeZone);
  return c.hour * 60 + c.minute >= hour * 60 + minute;
}
