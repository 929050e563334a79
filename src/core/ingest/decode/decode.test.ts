import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../types.ts';
import { decode } from './index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ok = (bytes: Uint8Array) => {
  const r = decode(bytes, DEFAULT_LIMITS);
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
};
const code = (bytes: Uint8Array, maxBytes = DEFAULT_LIMITS.maxBytes) => {
  const r = decode(bytes, { maxBytes });
  return r.ok ? 'ok' : r.error.code;
};

/** windows-1252 bytes for a string of Latin-1 and cp1252 characters. */
function cp1252(s: string): Uint8Array {
  const special: Record<string, number> = {
    '€': 0x80,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
    '’': 0x92,
  };
  return Uint8Array.from([...s].map((c) => special[c] ?? c.charCodeAt(0)));
}

describe('decode', () => {
  it('refuses inputs over the limit and says how to raise it', () => {
    const r = decode(utf8('x'.repeat(11)), { maxBytes: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('TOO_LARGE');
      expect(r.error.message).toContain('10 bytes');
      expect(r.error.message).toContain('--max-bytes');
    }
    expect(code(utf8('x'.repeat(10)), 10)).toBe('ok');
  });

  it('refuses binary files: NUL bytes, control characters, known magic numbers', () => {
    expect(code(Uint8Array.from([0x61, 0x00, 0x62, 0x63, 0x00, 0x00, 0x01, 0x02, 0x03]))).toBe('BINARY_FILE');
    expect(code(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 0x41)))).toBe('BINARY_FILE');
    expect(code(utf8('%PDF-1.7\nsome text'))).toBe('BINARY_FILE');
    expect(code(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('BINARY_FILE');
  });

  it('reads UTF-8, with or without a BOM', () => {
    expect(ok(utf8('Hà Nội – Viêng Chăn')).text).toBe('Hà Nội – Viêng Chăn');
    const withBom = ok(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Lào')]));
    expect(withBom.text).toBe('Lào');
    expect(withBom.encoding).toBe('utf-8');
  });

  it('reads UTF-16 with either byte order mark, and without one', () => {
    const le = Uint8Array.from([
      0xff,
      0xfe,
      ...[...'Hội đàm'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const be = Uint8Array.from([
      0xfe,
      0xff,
      ...[...'Hội đàm'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    expect(ok(le).text).toBe('Hội đàm');
    expect(ok(be).text).toBe('Hội đàm');
    const bare = Uint8Array.from([...'Plain talks held'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(ok(bare).text).toBe('Plain talks held');
  });

  it('falls back to windows-1252 for Latin-1 files, decoding them correctly', () => {
    const d = ok(cp1252('Caf\u00e9 “talks” – na\u00efve r\u00e9sum\u00e9, 5 €'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('Café “talks” – naïve résumé, 5 €');
  });

  it('honours a declared charset when the bytes are not UTF-8', () => {
    const html = cp1252('<html><head><meta charset="iso-8859-1"></head><body>caf\u00e9</body></html>');
    expect(ok(html).text).toContain('café');
  });

  it('keeps UTF-8 cut in the middle of its last character', () => {
    const bytes = utf8('Đà Nẵng');
    expect(ok(bytes.subarray(0, bytes.length - 1)).text).toBe('Đà Nẵn');
  });

  it('keeps damaged UTF-8 as UTF-8 with a replacement character', () => {
    const bytes = Uint8Array.from([...utf8('Tổng Bí thư Tô Lâm thăm Lào '), 0xff, ...utf8(' và Campuchia')]);
    const d = ok(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Tổng Bí thư Tô Lâm thăm Lào \ufffd và Campuchia');
  });

  it('refuses UTF-32 and bytes that fit no known encoding', () => {
    expect(code(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toBe('UNKNOWN_ENCODING');
    expect(code(Uint8Array.from({ length: 50 }, (_, i) => (i % 2 ? 0x81 : 0x41)))).toBe('UNKNOWN_ENCODING');
  });

  it('normalises to NFC', () => {
    expect(ok(utf8('Vie\u0302\u0323t')).text).toBe('Việt');
  });

  it('slices the original bytes of any part of the text', () => {
    const bytes = utf8('ab\nĐặng 𝔸 x\nend');
    const d = ok(bytes);
    const start = d.text.indexOf('Đặng');
    const end = d.text.indexOf('\nend');
    expect(new TextDecoder().decode(d.slice(start, end))).toBe('Đặng 𝔸 x');
    expect(d.slice(0, 2)).toEqual(utf8('ab'));
    const latin = ok(cp1252('\u00e9t\u00e9\nhiver'));
    expect(latin.slice(4, 9)).toEqual(cp1252('hiver'));
  });
});
