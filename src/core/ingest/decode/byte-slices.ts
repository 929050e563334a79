/**
 * Byte ranges of decoded characters, so that one record of a JSON-lines file
 * or one item of a feed keeps its own original bytes.
 */

/** Maps a character offset range of the decoded text to the input's bytes. */
export type ByteSlicer = (start: number, end: number) => Uint8Array;

const encoder = new TextEncoder();

/** Used when decoding did not keep a character ↔ byte correspondence (replacement characters, NFC changes). */
export function reencodingSlicer(text: string): ByteSlicer {
  return (start, end) => encoder.encode(text.slice(start, end));
}

/** Fixed-width encodings: windows-1252 (1 byte a character) and UTF-16 (2 bytes a code unit). */
export function fixedWidthSlicer(bytes: Uint8Array, offset: number, width: number): ByteSlicer {
  return (start, end) => bytes.subarray(offset + start * width, offset + end * width);
}

/**
 * UTF-8: walks the text once, forwards, remembering where it stopped, so that
 * slicing every record of a file in order costs one pass in all.
 */
export function utf8Slicer(bytes: Uint8Array, offset: number, text: string): ByteSlicer {
  let charAt = 0;
  let byteAt = offset;
  const byteOffset = (target: number): number => {
    if (target < charAt) {
      charAt = 0;
      byteAt = offset;
    }
    while (charAt < target) {
      const code = text.charCodeAt(charAt);
      if (code < 0x80) byteAt += 1;
      else if (code < 0x800) byteAt += 2;
      else if (code >= 0xd800 && code <= 0xdbff && charAt + 1 < text.length) {
        // A surrogate pair is one 4-byte sequence; never stop between its halves.
        byteAt += 4;
        charAt++;
      } else byteAt += 3;
      charAt++;
    }
    return byteAt;
  };
  return (start, end) => {
    const from = byteOffset(start);
    return bytes.subarray(from, byteOffset(end));
  };
}
