/**
 * Step 7: who gives and who receives. The word before a country's name gives
 * its role: "to/in Laos" is the receiving or host side, "from/by/of Vietnam"
 * the giving side; a name without one is an actor (subject, possessive,
 * adjective). Each metric reads the roles its own way (schema: `from` is the
 * investing, giving or selling side; students go from their country to the
 * host). The missing side is the other country of the article.
 */
import type { Span } from '../../model/document.ts';
import type { CountryInSentence } from './context.ts';
import type { FigureLexicon, MetricDef } from './data.ts';

type Role = 'toward' | 'from' | 'actor';

export interface Direction {
  readonly from: string | null;
  readonly to: string | null;
  readonly inferred: boolean;
}

const NONE: Direction = { from: null, to: null, inferred: false };

function roleOf(text: string, lex: FigureLexicon, c: Span, floor: number): Role {
  let pos = c.start;
  for (let hops = 0; hops < 3; hops++) {
    const skip = lex.skipWords.endingAt(text, pos, 16);
    if (skip && skip.start >= floor) {
      pos = skip.start;
      continue;
    }
    break;
  }
  const toward = lex.toward.endingAt(text, pos, 12);
  if (toward && toward.start >= floor) return 'toward';
  const from = lex.fromWords.endingAt(text, pos, 12);
  if (from && from.start >= floor) return 'from';
  return 'actor';
}

export interface DirectionInput {
  readonly text: string;
  readonly lex: FigureLexicon;
  readonly countries: readonly CountryInSentence[];
  readonly pair: readonly [string, string] | null;
}

/**
 * @param focus the amount (and its noun), to pick the nearest of several names in one role
 * @param noun for counts, the noun: a country written between number and noun is the students' own
 */
export function directionOf(
  input: DirectionInput,
  def: MetricDef,
  clause: Span,
  focus: Span,
  noun: Span | null,
): Direction {
  if (def.direction === 'none') return NONE;
  const { text, lex, pair } = input;
  const known = input.countries.filter((c) => !pair || pair.includes(c.code));
  const inClause = known.filter((c) => c.start >= clause.start && c.end <= clause.end);
  const scope = inClause.length > 0 ? inClause : known;
  const floor = inClause.length > 0 ? clause.start : 0;
  const near = (cs: readonly CountryInSentence[]) =>
    [...cs].sort((x, y) => Math.abs(x.start - focus.start) - Math.abs(y.start - focus.start))[0]?.code ??
    null;
  const by = (role: Role) => scope.filter((c) => roleOf(text, lex, c, floor) === role);
  let from: string | null = null;
  let to: string | null = null;
  if (def.direction === 'outward') {
    from = near(by('from')) ?? near(by('actor'));
    to = near(by('toward').filter((c) => c.code !== from));
  } else if (def.direction === 'imports') {
    to = near(by('actor'));
    from = near(by('from').filter((c) => c.code !== to)) ?? near(by('toward').filter((c) => c.code !== to));
  } else {
    const own = noun ? scope.filter((c) => c.start >= focus.end && c.end <= noun.start) : [];
    from = near(own) ?? near(by('from'));
    to =
      near(by('toward').filter((c) => c.code !== from)) ?? near(by('actor').filter((c) => c.code !== from));
  }
  if (from && to === from) to = null;
  const other = (code: string) =>
    pair ? (pair[0] === code ? pair[1] : pair[1] === code ? pair[0] : null) : null;
  let inferred = false;
  if (from && !to) {
    to = other(from);
    inferred = to !== null;
  } else if (to && !from) {
    from = other(to);
    inferred = from !== null;
  }
  return { from, to, inferred };
}
