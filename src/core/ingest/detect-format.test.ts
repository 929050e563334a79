import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';

const sniff = (text: string) => {
  const r = detectFormat(text);
  return r.ok ? r.value : r.error.code;
};

describe('detectFormat', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'rss'],
    ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'atom'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['  <html lang="vi"><head></head></html>', 'html'],
    ['<p>A fragment of <b>HTML</b></p>', 'html'],
    ['{"text": "one record"}', 'json'],
    ['[{"text": "a"}, {"text": "b"}]', 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', 'json'],
    ['# Heading\n\nSome **bold** words and a [link](https://x.example).', 'markdown'],
    ['---\ntitle: T\n---\n\n## Section\n\nText.', 'markdown'],
    ['Plain news text.\n![]() |\n| A caption |\nMore text.', 'text'],
    ['[Photo] A plain line that starts with a bracket', 'text'],
    ['Hanoi (VNA) – A plain article.', 'text'],
  ])('%j → %s', (text, format) => {
    expect(sniff(text)).toBe(format);
  });

  it('refuses XML that is not a feed', () => {
    expect(sniff('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')).toBe('UNSUPPORTED_FORMAT');
  });
});
