/**
 * HTTP fetching for URLs and feed items, behind a small interface so tests
 * and services can pass a fake. Bounded in time and size.
 */
import type { SourceFormat } from '../core/model/document.ts';
import { formatFromContentType } from './formats.ts';

export interface Fetched {
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly format?: SourceFormat;
  readonly lastModified: string | null;
}

export type Fetcher = (url: string, limits: { maxBytes: number }) => Promise<Fetched>;

export interface HttpFetcherOptions {
  readonly timeoutMs?: number;
  readonly userAgent?: string;
}

export function httpFetcher(options: HttpFetcherOptions = {}): Fetcher {
  const timeoutMs = options.timeoutMs ?? 20_000;
  return async (url, { maxBytes }) => {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': options.userAgent ?? 'Cohesion/0.1 (+news monitoring)' },
      redirect: 'follow',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText} for ${url}`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new Error(`${url} is ${declared} bytes, over the limit of ${maxBytes}`);
    const bytes = await readLimited(response, maxBytes, url);
    const format = formatFromContentType(response.headers.get('content-type'));
    return {
      url: response.url || url,
      bytes,
      ...(format ? { format } : {}),
      lastModified: response.headers.get('last-modified'),
    };
  };
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new Error(`${url} is over the limit of ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
