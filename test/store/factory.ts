/** Documents for store tests: `buildDraft(overrides)` gives a valid draft whose hash matches its bytes. */
import { createHash, randomBytes } from 'node:crypto';
import type { DocumentDraft } from '../../src/core/model/document.ts';
import type { Extraction } from '../../src/core/model/extraction.ts';
import type { AddOptions } from '../../src/store/store.ts';

let counter = 0;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A short random lower-case word, to keep each test's documents and queries apart in a shared database. */
export const nonce = (prefix = 'n'): string =>
  `${prefix}${randomBytes(6)
    .toString('hex')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;

/**
 * `text` defaults to a unique sentence; `original` defaults to its UTF-8 bytes;
 * `contentHash` is always computed from `original` unless overridden.
 */
export function buildDraft(overrides: Partial<DocumentDraft> = {}): DocumentDraft {
  counter++;
  const text = overrides.text ?? `Document ${counter} ${nonce()} about the Laos–Vietnam relationship.`;
  const original = overrides.original ?? new TextEncoder().encode(overrides.raw ?? text);
  return {
    title: `Title ${counter}`,
    published: '2024-03-05',
    source: 'VNA',
    url: `https://example.org/${counter}`,
    language: 'en',
    name: `doc-${counter}`,
    origin: `test/doc-${counter}.txt`,
    format: 'text',
    raw: text,
    offsets: { segments: [[0, 0, text.length]] },
    captions: [],
    signature: [counter, 4294967295, 0, 123456789],
    ...overrides,
    text,
    original,
    contentHash: overrides.contentHash ?? sha256(original),
  };
}

export const addOptions = (overrides: Partial<AddOptions> = {}): AddOptions => ({
  bands: [],
  ingestedAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});

/** A valid extraction of `docId` with one item of each kind; override any part. */
export function buildExtraction(docId: string, overrides: Partial<Extraction> = {}): Extraction {
  return {
    doc: { id: docId, title: 'Title', published: '2024-03-05', source: 'VNA', language: 'en' },
    events: [
      {
        type: 'talks',
        start: '2024-03-05',
        end: null,
        location: { name: 'Vientiane', country: 'LA' },
        participants: ['Thongloun Sisoulith'],
        status: 'held',
        evidence: { start: 0, end: 8 },
      },
    ],
    figures: [
      { metric: 'trade_turnover', value: 1.5e9, unit: 'USD', period: '2023', evidence: { start: 0, end: 8 } },
    ],
    commitments: [],
    persons: ['Thongloun Sisoulith'],
    flags: [],
    ...overrides,
  };
}
