// An admin at a running hub, for tests that drive a kiosk (in process or as a process) against it:
// the admin API's answer as JSON, failing the test on any refusal, and one-time enrollment codes.
import type { RunningCentral } from '../../central/server.ts';

export async function adminRequest(central: RunningCentral, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${central.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${central.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`admin ${method} ${path} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export async function newEnrollmentCode(central: RunningCentral): Promise<string> {
  return ((await adminRequest(central, 'POST', '/v1/admin/enrollment-codes', {})) as { code: string }).code;
}
