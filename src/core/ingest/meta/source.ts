/**
 * The agency a text credits, strongest evidence first: a dateline
 * (`Hanoi (VNA) –`, `(VOV5) -`, `VGP - `), a label (`Source: VNA`,
 * `Theo TTXVN`, `According to Viet Nam News`), a closing credit (`-VNA`,
 * `VNA/VNS`, `Name/VOV online`), a photo credit naming a known agency.
 * A dateline without an agency (`VIENTIANE —`) names no source.
 */
import { alternation, MARKERS } from '../data.ts';
import { AGENCY_NAMES, agencyCode, DATELINE_NAMES, normaliseSource } from './agencies.ts';
import type { Byline } from './byline.ts';
import type { Paragraph } from './paragraphs.ts';

const DATELINE_PARAGRAPHS = 6;
const CLOSING_PARAGRAPHS = 3;
/** Closing credits are read from a paragraph's last characters only. */
const CLOSING_TAIL = 60;

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const SOURCE_LABEL = alternation(MARKERS.sourceLabels);
const PHOTO_LABEL = alternation(MARKERS.photoLabels);

/** `Hanoi (VNA) –`, `NGHE AN (VNS)—`, `(vovworld)-`, `(KPL)` alone. */
const PAREN_DATELINE = /^(?:\p{L}[\p{L}\p{N}.,'/ ]{0,40}?\s*)?\(([^()]{1,30})\)\s*(?:[-–—:]|$)/u;
const NAMED_DATELINE = DATELINE_NAMES ? new RegExp(`^(${DATELINE_NAMES})\\s+[-–—]\\s`, 'u') : undefined;
const LABELLED = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${SOURCE_LABEL})\\s*:\\s*([^()\\n]{1,40}?)\\s*\\)?\\s*[.]?$`,
  'iu',
);
const ACCORDING = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${alternation(MARKERS.accordingTo)})\\s+(${AGENCY_NAMES})${NOT_LETTER_AFTER}`,
  'u',
);
const REPORT_VERB = new RegExp(alternation(MARKERS.reportVerbs), 'u');
const REPORTS = new RegExp(
  `(${AGENCY_NAMES})\\s+(?:${alternation(MARKERS.reportVerbs)})${NOT_LETTER_AFTER}`,
  'u',
);
const CLOSING = new RegExp(
  `${NOT_LETTER_BEFORE}(${AGENCY_NAMES})(?:\\s*/\\s*(?:${AGENCY_NAMES}))*\\s*\\)?[\\s./]*$`,
  'u',
);
/** `… standards.-VNA`: a credit closing a story, wherever the excerpt was cut. */
const SIGNED = new RegExp(`[.!?"”]\\s*[-–—]\\s*(${AGENCY_NAMES})\\s*$`, 'u');
const PHOTO_CREDIT = new RegExp(`(?:${PHOTO_LABEL})\\s*:\\s*([^()]{1,60}?)\\s*\\)?[.\\s]*$`, 'iu');
const AGENCY_PHOTO = new RegExp(
  `(${AGENCY_NAMES})(?:\\s*/\\s*(?:${AGENCY_NAMES}))*\\s+(?:${PHOTO_LABEL})\\b`,
  'u',
);

export function readSource(paragraphs: readonly Paragraph[], byline: Byline): string | null {
  const body = paragraphs.filter((p) => !p.caption);
  return (
    fromDateline(body) ??
    fromLabels(body) ??
    normaliseSource(byline.source) ??
    fromClosing(body) ??
    fromLabels(paragraphs.filter((p) => p.caption)) ??
    fromPhotoCredits(paragraphs)
  );
}

function fromDateline(body: readonly Paragraph[]): string | null {
  for (const p of body.slice(0, DATELINE_PARAGRAPHS)) {
    const paren = PAREN_DATELINE.exec(p.text);
    if (paren) {
      const name = paren[1]!.trim();
      const code = agencyCode(name);
      // An unknown name counts only as a real dateline: short and followed by a dash.
      if (code) return code;
      if (/[-–—]\s*$/.test(paren[0]) && name.split(/\s+/).length <= 3) return name;
    }
    const named = NAMED_DATELINE?.exec(p.text);
    if (named) return normaliseSource(named[1]);
  }
  return null;
}

function fromLabels(paragraphs: readonly Paragraph[]): string | null {
  for (const p of paragraphs) {
    const labelled = LABELLED.exec(p.text);
    if (labelled && labelled[1]!.split(/\s+/).length <= 4) return normaliseSource(labelled[1]);
  }
  for (const p of paragraphs) {
    const named = ACCORDING.exec(p.text) ?? (REPORT_VERB.test(p.text) ? REPORTS.exec(p.text) : null);
    if (named) return normaliseSource(named[1]);
  }
  return null;
}

function fromClosing(body: readonly Paragraph[]): string | null {
  for (const p of body.slice(-CLOSING_PARAGRAPHS).reverse()) {
    const credit = CLOSING.exec(p.text.slice(-CLOSING_TAIL));
    if (credit) return normaliseSource(credit[1]);
  }
  for (const p of body) {
    const signed = SIGNED.exec(p.text.slice(-CLOSING_TAIL));
    if (signed) return normaliseSource(signed[1]);
  }
  return null;
}

/** `Photo: VNA`, `Ảnh: DƯƠNG GIANG/TTXVN`, `VNA/VNS Photo Name`: only known agencies count. */
function fromPhotoCredits(paragraphs: readonly Paragraph[]): string | null {
  for (const p of paragraphs) {
    const credit = PHOTO_CREDIT.exec(p.text);
    if (credit) {
      for (const part of credit[1]!.split(/[/,;]| - /)) {
        const code = agencyCode(part.trim().replace(/\.$/, ''));
        if (code) return code;
      }
    }
    const agencyPhoto = AGENCY_PHOTO.exec(p.text);
    if (agencyPhoto) return normaliseSource(agencyPhoto[1]);
  }
  return null;
}
