// The generic SMS adapter (issue 26): a county's own gateway, reached by a signed POST of
// `{ "id", "to", "text" }` as JSON. Accepted on 2xx only; `Idempotency-Key` carries the notice id.
import { checkReceiverUrl } from '../receiver-url.ts';
import { signatureHeader, SIGNATURE_HEADER } from '../signature.ts';
import { postSigned } from '../post-signed.ts';
import type { SmsProvider } from './provider.ts';

export interface HttpGatewayOptions {
  url: string;
  secret: string;
  now: () => number;
}

export function httpSmsGateway(options: HttpGatewayOptions): SmsProvider {
  const url = checkReceiverUrl(options.url, 'SMS gateway');
  if (options.secret.length < 16) throw new Error('the SMS gateway secret must be at least 16 characters');
  return {
    name: 'http-gateway',
    send: (message, signal) => {
      const body = JSON.stringify({ id: message.id, to: message.phone, text: message.text });
      return postSigned(url, body, { [SIGNATURE_HEADER]: signatureHeader(options.secret, body, options.now()), 'idempotency-key': message.id }, signal);
    },
  };
}
