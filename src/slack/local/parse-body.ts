import type { IncomingMessage } from 'node:http';

/** Reads a request body as text. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Parses a Web API request body the way Slack does: JSON, or form fields where structured arguments (`blocks`,
 * `metadata`, `attachments`) arrive as JSON strings.
 */
export function parseApiBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if ((contentType ?? '').includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/u.test(value) ? tryJson(value) : value;
  }
  return args;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** True for the boolean forms a form-encoded or JSON body can carry. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === '1';
}
