/** Problems found in the knowledge base files, each located precisely enough to fix. */

export interface KbIssue {
  /** File name inside the knowledge base folder (`persons.yaml`). */
  readonly file: string;
  /** Path inside the file (`[12].offices[0].start`); empty for the file as a whole. */
  readonly path: string;
  /** Id, key or code of the entry concerned (`to-lam`), or null when there is none. */
  readonly entry: string | null;
  /** 1-based line of the offending node when known, else null. */
  readonly line: number | null;
  readonly message: string;
}

/** `persons.yaml:123 [12] to-lam .offices[0].start: ends (2016) before it starts (2017)` */
export function formatIssue(issue: KbIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  const entry = issue.entry === null ? '' : ` (${issue.entry})`;
  const path = issue.path === '' ? '' : ` ${issue.path}`;
  return `${where}${path}${entry}: ${issue.message}`;
}

/**
 * Thrown by `loadKnowledgeBase` when the data is unusable. Lists every issue
 * at once, so one run shows everything to fix.
 */
export class KnowledgeBaseError extends Error {
  readonly code = 'KB_INVALID';
  readonly issues: readonly KbIssue[];

  constructor(dir: string, issues: readonly KbIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(
      `Knowledge base in ${dir} has ${count}; fix the files and run again:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'KnowledgeBaseError';
    this.issues = issues;
  }
}
