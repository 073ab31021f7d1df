// A refusal the core composes reaches the resident in their language: the core's error carries
// the message's id over the real dispatch and the API client, and the screen's errorText() shows
// it in English, Tibetan or Uyghur; an id this renderer does not know keeps the Chinese words.
import { afterEach, test } from 'vitest';
import assert from 'node:assert/strict';
import { ApiCallError, createApiClient } from '../../renderer/api-client.ts';
import { bridgeTransport } from '../../renderer/transports/bridge-transport.ts';
import { errorText } from '../../renderer/i18n/said.ts';
import { setLocale } from '../../renderer/i18n/locale-store.ts';
import { dispatchMessage } from '../../terminal/dispatch.ts';
import { KioskError, type KioskApi, type RequestMessage, type ServerMessage } from '../../terminal/api.ts';
import { said } from '../../terminal/says/say.ts';

afterEach(() => setLocale('zh-CN'));

/** A client wired to dispatchMessage over the bridge shape, with a core whose chooseService throws `error`. */
function clientRefusingWith(error: Error) {
  let deliver: ((m: ServerMessage) => void) | null = null;
  const core = { chooseService: () => Promise.reject(error), on: () => () => {} } as unknown as KioskApi;
  return createApiClient(
    bridgeTransport({
      send: (m: RequestMessage) => void dispatchMessage(core, m).then((r) => r && deliver?.(r)),
      onMessage: (fn) => ((deliver = fn), () => (deliver = null)),
    }),
  );
}

async function refusal(error: Error): Promise<ApiCallError> {
  try {
    await clientRefusingWith(error).call('chooseService', { serviceId: 'x' });
  } catch (err) {
    return err as ApiCallError;
  }
  throw new Error('the call should have been refused');
}

test('a refusal with values shows in each language with the value in place, Chinese for zh-CN', async () => {
  const err = await refusal(new KioskError('not-found', said('core.noSuchService', { serviceId: 'queue-9' })));
  assert.equal(err.message, '没有这项服务：queue-9');
  assert.equal(errorText(err), '没有这项服务：queue-9');
  setLocale('en');
  assert.equal(errorText(err), 'There is no such service: queue-9');
  setLocale('ug');
  assert.match(errorText(err), /^بۇ مۇلازىمەت يوق: \u2068queue-9\u2069$/, 'Uyghur keeps the id left-to-right inside an isolate');
  setLocale('bo');
  assert.match(errorText(err), /ཞབས་ཞུ་འདི་མེད/);
});

test('an internal error reaches the resident as the generic message, in their language, never its own text', async () => {
  setLocale('en');
  const err = await refusal(new Error('SQLITE_CORRUPT at 110101199003071234'));
  assert.equal(err.code, 'internal');
  assert.equal(errorText(err), 'Something went wrong on this kiosk. Please try again later or ask a member of staff.');
});

test('a plain Chinese refusal (technician texts) and an id this renderer lacks both show the Chinese words', async () => {
  setLocale('en');
  const plain = await refusal(new KioskError('not-technician', '维护模式已退出，请重新进入。'));
  assert.equal(errorText(plain), '维护模式已退出，请重新进入。');
  const newer = new ApiCallError('bad-request', '新版本的提示', { id: 'core.fromANewerCore' as never });
  assert.equal(errorText(newer), '新版本的提示');
});
