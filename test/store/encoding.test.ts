/** The pure encodings the store's schema depends on: changing any of them needs a migration. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidQueryError } from '../../src/store/errors.ts';
import { bandHash, bandHashes } from '../../src/store/kysely/bands.ts';
import { decodeCursor, encodeCursor } from '../../src/store/kysely/filters.ts';
import { decodeSignature, documentId, encodeSignature } from '../../src/store/kysely/rows.ts';

describe('bandHash', () => {
  it('is stable: stored band rows depend on these exact values', () => {
    expect(bandHash('b03:8f2a19c04d77e1b2')).toBe(1389197080951894);
    expect(bandHash('')).toBe(3338908027751811);
  });

  it('stays an exact integer and spreads realistic keys without collisions', () => {
    const hashes: number[] = [];
    for (let band = 0; band < 32; band++) {
      for (let i = 0; i < 5000; i++) {
        hashes.push(
          bandHash(`b${String(band).padStart(2, '0')}:${(i * 2654435761).toString(16).padStart(16, '0')}`),
        );
      }
    }
    expect(hashes.every((h) => Number.isSafeInteger(h) && h >= 0)).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('drops repeated keys', () => {
    expect(bandHashes(['a', 'b', 'a'])).toEqual([bandHash('a'), bandHash('b')]);
  });
});

describe('signature encoding', () => {
  it('stores MinHash values in 4 bytes each', () => {
    const signature = [0, 1, 0xffffffff, 123456789];
    const bytes = encodeSignature(signature);
    expect(bytes.byteLength).toBe(1 + 4 * 4);
    expect(decodeSignature(bytes)).toEqual(signature);
  });

  it('round-trips any other numbers exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true })), (signature) => {
        expect(decodeSignature(encodeSignature(signature))).toEqual(signature);
      }),
    );
  });

  it('decodes from a view at any offset, as drivers hand back', () => {
    const inner = encodeSignature([7, 8.5]);
    const outer = new Uint8Array(inner.byteLength + 3);
    outer.set(inner, 3);
    expect(decodeSignature(outer.subarray(3))).toEqual([7, 8.5]);
  });
});

describe('ids and cursors', () => {
  it('derives the document id from the content hash and refuses anything else', () => {
    expect(documentId('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe(
      'd9f86d081884c7d659a2',
    );
    expect(() => documentId('not-a-hash')).toThrow(TypeError);
  });

  it('round-trips a cursor and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(1234567))).toBe(1234567);
    for (const bad of [
      '',
      '!!',
      Buffer.from('-1').toString('base64url'),
      Buffer.from('12a').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(InvalidQueryError);
    }
  });
});
