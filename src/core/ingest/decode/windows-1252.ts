/**
 * windows-1252, decoded by hand: Node 20's TextDecoder decodes this label
 * (and `latin1`, `iso-8859-1`, which WHATWG maps to it) as ISO-8859-1,
 * turning curly quotes, dashes and € (bytes 0x80–0x9F) into C1 controls.
 */

/** Code points of bytes 0x80–0x9F; the five bytes windows-1252 leaves undefined keep their C1 value. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - at);
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i]!;
      codes[i] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, n)));
  }
  return parts.join('');
}

/** Whether a charset label means windows-1252 in WHATWG terms (`latin1`, `iso-8859-1`, `ascii` …). */
export function isWindows1252(label: string): boolean {
  try {
    return new TextDecoder(label).encoding === 'windows-1252';
  } catch {
    return false;
  }
}
