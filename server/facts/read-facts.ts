// Reads and checks one facts file: YAML syntax, the zod schema, verbatim quotes. Every problem is
// reported with the file, the line and the field path, and all problems of a file come at once.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { FactsFile } from './facts.schema.ts';

export interface FactsProblem {
  file: string;
  line?: number;
  column?: number;
  /** Field path inside the file, like "relations[3].quote". */
  field?: string;
  message: string;
}

export class FactsError extends Error {
  constructor(readonly problems: FactsProblem[]) {
    super(`${problems.length} problem(s) in facts:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'FactsError';
  }
}

export function formatProblem(p: FactsProblem): string {
  const where = [
    p.file,
    p.line !== undefined ? `${p.line}` : undefined,
    p.column !== undefined ? `${p.column}` : undefined,
  ]
    .filter(Boolean)
    .join(':');
  return `  ${where}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
}

export interface ReadFacts {
  file: string;
  facts: FactsFile;
  articleText: string;
  /** Line of a field path in the file, for errors found later (e.g. dangling references). */
  locate(fieldPath: (string | number)[]): { line?: number; column?: number; field: string };
}

export function fieldName(p: readonly PropertyKey[]): string {
  return p.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
    '',
  );
}

/**
 * Parses and validates a facts file. `articlesDir` is where the article .txt files are;
 * by default the folder above the facts file (seeds/facts/x.yaml -> seeds/).
 */
export function readFactsFile(file: string, articlesDir = path.dirname(path.dirname(path.resolve(file)))): ReadFacts {
  const display = path.relative(process.cwd(), path.resolve(file)) || file;
  const source = fs.readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const locate = (fieldPath: (string | number)[]) => locateIn(doc, lineCounter, fieldPath);
  const problems: FactsProblem[] = [];
  for (const e of doc.errors) {
    const pos = lineCounter.linePos(e.pos[0]);
    problems.push({
      file: display,
      line: pos.line,
      column: pos.col,
      message: `YAML syntax: ${e.message.split('\n')[0]}`,
    });
  }
  if (problems.length) throw new FactsError(problems);

  const parsed = FactsFile.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const fieldPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      problems.push({ file: display, ...locate(fieldPath), message: issue.message });
    }
    throw new FactsError(problems);
  }
  const facts = parsed.data;

  const articlePath = path.join(articlesDir, facts.article.file);
  if (!fs.existsSync(articlePath)) {
    throw new FactsError([
      { file: display, ...locate(['article', 'file']), message: `article file not found: ${articlePath}` },
    ]);
  }
  const articleText = fs.readFileSync(articlePath, 'utf8');

  const checkQuote = (quote: string | undefined, at: (string | number)[]) => {
    if (quote === undefined || articleText.includes(quote)) return;
    problems.push({
      file: display,
      ...locate(at),
      message: `quote is not verbatim in ${facts.article.file}: ${quoteHint(quote, articleText)}`,
    });
  };
  facts.entities.forEach((e, i) => checkQuote(e.quote, ['entities', i, 'quote']));
  facts.relations.forEach((r, i) => checkQuote(r.quote, ['relations', i, 'quote']));

  const seen = new Map<string, number>();
  facts.entities.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined) {
      problems.push({
        file: display,
        ...locate(['entities', i, 'id']),
        message: `entity id "${e.id}" is declared twice (first at entities[${first}])`,
      });
    } else seen.set(e.id, i);
  });
  if (problems.length) throw new FactsError(problems);
  return { file: display, facts, articleText, locate };
}

function locateIn(doc: Document, lc: LineCounter, fieldPath: (string | number)[]) {
  // A missing field has no node of its own: point at the closest parent that exists.
  for (let n = fieldPath.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(fieldPath.slice(0, n), true);
    if (isNode(node) && node.range) {
      const pos = lc.linePos(node.range[0]);
      return { line: pos.line, column: pos.col, field: fieldName(fieldPath) };
    }
  }
  return { field: fieldName(fieldPath) };
}

/** Says where a near-quote stops matching, which is usually a typo or a changed apostrophe. */
function quoteHint(quote: string, text: string): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const short = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);
  return lo < 8
    ? `no passage of the article starts like ${short(quote)}`
    : `the article matches up to ${short(quote.slice(Math.max(0, lo - 30), lo))}, then differs at ${short(quote.slice(lo, lo + 30))}`;
}
