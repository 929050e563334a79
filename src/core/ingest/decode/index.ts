/**
 * Bytes → NFC text. Refuses inputs that are too large, binary or in an
 * encoding we cannot tell; falls back from UTF-8 to windows-1252 so that
 * Latin-1 files still read correctly.
 */
import { fail, ok, type Result } from '../../model/result.ts';
import type { IngestLimits } from '../types.ts';
import { type ByteSlicer, fixedWidthSlicer, reencodingSlicer, utf8Slicer } from './byte-slices.ts';
import { binaryReason, declaredCharset, guessBomlessUtf16, readBom, utf8Evidence } from './sniff-bytes.ts';
import { decodeWindows1252, isWindows1252 } from './windows-1252.ts';

export type { ByteSlicer } from './byte-slices.ts';

export interface Decoded {
  /** The decoded text, Unicode NFC. */
  readonly text: string;
  /** WHATWG encoding label the text was decoded with. */
  readonly encoding: string;
  /** Original bytes of `text.slice(start, end)`; re-encoded as UTF-8 where no exact mapping exists. */
  readonly slice: ByteSlicer;
}

/** Above this share of C1 control characters, windows-1252 was a wrong guess. */
const MAX_C1_SHARE = 0.01;

const HOW_TO_CONVERT = 'convert it to UTF-8 first (for example `iconv -f <encoding> -t UTF-8`)';

/**
 * Decodes one input.
 * @example decode(new TextEncoder().encode('Viê\u0302t'), DEFAULT_LIMITS) // ok: text 'Việt' (NFC)
 */
export function decode(bytes: Uint8Array, limits: IngestLimits): Result<Decoded> {
  // 1. size first: nothing else should read a huge input
  if (bytes.length > limits.maxBytes) {
    return fail(
      'TOO_LARGE',
      `input is ${bytes.length} bytes, over the limit of ${limits.maxBytes} bytes; raise it with --max-bytes`,
    );
  }
  // 2. a byte order mark decides; UTF-32 is refused (no decoder for it)
  const bom = readBom(bytes);
  if (bom?.encoding === 'utf-32le' || bom?.encoding === 'utf-32be')
    return fail('UNKNOWN_ENCODING', `input is UTF-32 text; ${HOW_TO_CONVERT}`);
  if (bom) return finish(bytes, bom.encoding, bom.length);
  // 3. UTF-16 without a mark before the NUL-byte test, which it would fail
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return finish(bytes, utf16, 0);
  // 4. binary files
  const binary = binaryReason(bytes);
  if (binary)
    return fail('BINARY_FILE', `input ${binary}; only text, Markdown, HTML, JSON, RSS and Atom are read`);
  // 5. UTF-8, then a declared charset, then windows-1252
  return decodeEightBit(bytes);
}

function decodeEightBit(bytes: Uint8Array): Result<Decoded> {
  const strict = tryDecode('utf-8', bytes);
  if (strict !== undefined) return ok(build(strict, 'utf-8', utf8Slicer(bytes, 0, strict)));
  // A file cut in the middle of its last character is still UTF-8.
  for (let cut = bytes.length - 1; cut >= Math.max(0, bytes.length - 3); cut--) {
    if ((bytes[cut]! & 0xc0) !== 0x80) {
      const head = tryDecode('utf-8', bytes.subarray(0, cut));
      if (head !== undefined) return ok(build(head, 'utf-8', utf8Slicer(bytes, 0, head)));
      break;
    }
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && !isWindows1252(declared)) {
    const text = tryDecode(declared, bytes, false);
    if (text !== undefined) return ok(build(text, declared, sliceFor(bytes, 0, text, 1)));
  }
  const { valid, invalid } = utf8Evidence(bytes);
  if (valid >= 4 * invalid) {
    // Damaged UTF-8: keep it, with U+FFFD for the bad bytes.
    const text = new TextDecoder('utf-8').decode(bytes);
    return ok(build(text, 'utf-8', reencodingSlicer(text)));
  }
  const latin = decodeWindows1252(bytes);
  let c1 = 0;
  for (let i = 0; i < latin.length; i++) {
    const code = latin.charCodeAt(i);
    if (code >= 0x80 && code <= 0x9f) c1++;
  }
  if (c1 / Math.max(1, latin.length) > MAX_C1_SHARE)
    return fail('UNKNOWN_ENCODING', `input is neither UTF-8 nor windows-1252 text; ${HOW_TO_CONVERT}`);
  return ok(build(latin, 'windows-1252', fixedWidthSlicer(bytes, 0, 1)));
}

function finish(
  bytes: Uint8Array,
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be',
  offset: number,
): Result<Decoded> {
  const body = bytes.subarray(offset);
  const strict = tryDecode(encoding, body);
  const text = strict ?? new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  const slicer =
    strict === undefined
      ? reencodingSlicer(text)
      : encoding === 'utf-8'
        ? utf8Slicer(bytes, offset, text)
        : fixedWidthSlicer(bytes, offset, 2);
  return ok(build(text, encoding, slicer));
}

/** A slicer for a single-byte legacy encoding, if the decoder kept one character per byte. */
function sliceFor(bytes: Uint8Array, offset: number, text: string, width: number): ByteSlicer {
  return text.length * width === bytes.length - offset
    ? fixedWidthSlicer(bytes, offset, width)
    : reencodingSlicer(text);
}

function tryDecode(label: string, bytes: Uint8Array, fatal = true): string | undefined {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NFC; when normalising changes the text, byte slices fall back to re-encoding. */
function build(text: string, encoding: string, slicer: ByteSlicer): Decoded {
  const nfc = text.normalize('NFC');
  return { text: nfc, encoding, slice: nfc === text ? slicer : reencodingSlicer(nfc) };
}
