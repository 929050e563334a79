/**
 * Step 2: a ` date 2026-02-05` line (how the corpus scraper records the
 * publication date) is metadata: read it and take it out. It opens the first
 * line (`date 2026-02-05 Headline…`) or stands alone within the first lines.
 */
import type { Line } from './types.ts';

const DATE_PREFIX = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)\s*/;
const DATE_ALONE = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*$/;
/** How far down a standalone date line may be (below the headline, a byline). */
const LOOK_AHEAD = 3;

export function takeDateLine(raw: string, lines: Line[]): string | null {
  for (const [i, line] of lines.slice(0, LOOK_AHEAD).entries()) {
    const m = (i === 0 ? DATE_PREFIX : DATE_ALONE).exec(raw.slice(line.start, line.end));
    if (!m) continue;
    line.start += m[0].length;
    return m[1]!;
  }
  return null;
}
