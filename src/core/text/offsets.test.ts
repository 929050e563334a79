import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCopied, OffsetBuilder, toRaw, toRawOffset } from './offsets.ts';

describe('OffsetBuilder', () => {
  it('merges contiguous copies and leaves inserted characters outside segments', () => {
    const b = new OffsetBuilder('ab  cd');
    b.copy(0, 1);
    b.copy(1, 2);
    b.insert(' ');
    b.copy(4, 6);
    const { text, offsets } = b.finish();
    expect(text).toBe('ab cd');
    expect(offsets.segments).toEqual([
      [0, 0, 2],
      [3, 4, 2],
    ]);
    expect(isCopied(offsets, 2)).toBe(false);
    expect(toRawOffset(offsets, 2)).toBe(2);
    expect(toRawOffset(offsets, 3)).toBe(4);
  });

  it('maps spans back, including spans that start or end on an inserted character', () => {
    const b = new OffsetBuilder('xx hello\n\n\tworld');
    b.copy(3, 8);
    b.insert(' ');
    b.copy(11, 16);
    const { text, offsets } = b.finish();
    expect(text).toBe('hello world');
    expect(toRaw(offsets, { start: 0, end: 5 })).toEqual({ start: 3, end: 8 });
    expect(toRaw(offsets, { start: 6, end: 11 })).toEqual({ start: 11, end: 16 });
    expect(toRaw(offsets, { start: 0, end: 11 })).toEqual({ start: 3, end: 16 });
    expect(toRaw(offsets, { start: 5, end: 6 })).toEqual({ start: 8, end: 8 });
    expect(toRaw(offsets, { start: 4, end: 4 })).toEqual({ start: 7, end: 7 });
  });

  it('every copied character maps to an equal raw character (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.boolean()), { maxLength: 12 }),
        (raw, ops) => {
          const b = new OffsetBuilder(raw);
          for (const [x, y, ins] of ops) {
            if (ins) b.insert('#');
            else b.copy(Math.min(x, y, raw.length), Math.min(Math.max(x, y), raw.length));
          }
          const { text, offsets } = b.finish();
          for (let i = 0; i < text.length; i++) {
            if (isCopied(offsets, i)) expect(raw[toRawOffset(offsets, i)]).toBe(text[i]);
          }
        },
      ),
    );
  });
});
