// What residents read when an admin closes the kiosk, and when a card reader refuses a card: the
// kiosk's own texts by their id in the says catalog, so the screen shows them in the resident's
// language (an admin's own notice is shown as written).
import { said, type Said } from './says/say.ts';
import { RESIDENT_MESSAGES } from '../drivers/idcard-sam/reader.ts';
import { LINE_READER_MESSAGES } from '../drivers/line-reader/reader.ts';

/** What residents read when an admin closes the kiosk without writing a notice. */
export const DEFAULT_OUT_OF_SERVICE_MESSAGE = said('core.kioskClosed').message;

/** The closed kiosk's notice: the default one in the resident's language, an admin's as written. */
export const closedNotice = (message: string): { message: string; say?: Said['say'] } =>
  message === DEFAULT_OUT_OF_SERVICE_MESSAGE ? said('core.kioskClosed') : { message };

/** The card readers' refusals (drivers write Chinese; the screen shows them by id). */
const cardRefusals = new Map<string, Said>([
  [RESIDENT_MESSAGES.checkFailed, said('core.cardCheckFailed')],
  [RESIDENT_MESSAGES.unreadable, said('core.cardUnreadable')],
  [RESIDENT_MESSAGES.unknownCard, said('core.cardUnknown')],
  [LINE_READER_MESSAGES.unrecognised, said('core.cardUnrecognised')],
]);

export const cardRefusal = (message: string): { message: string; say?: Said['say'] } => cardRefusals.get(message) ?? { message };
