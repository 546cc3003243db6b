// Loads the .cypher files of cypher/ so that queries live where researchers can read and reuse
// them. A file may hold several statements separated by ';' at the end of a line.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/** The text of <baseDir>/<relPath> (cypher/ unless another folder of .cypher files is named), read once. */
export function cypherFile(relPath: string, baseDir = CYPHER_DIR): string {
  const file = path.join(baseDir, relPath);
  let text = cache.get(file);
  if (text === undefined) {
    text = fs.readFileSync(file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** Splits a file into statements on ';' at line ends, dropping '//' comment lines and blanks. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) =>
      s
        .split(/\r?\n/)
        .filter((line) => !/^\s*\/\//.test(line))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * Tag for Cypher written inline: cypher`MATCH (n) RETURN n`. It takes no interpolations, so input
 * can only reach such a query as a $parameter, never by string building.
 */
export function cypher(strings: TemplateStringsArray, ...noValues: never[]): string {
  if (noValues.length) throw new Error('cypher`…` takes no interpolations: pass values as $parameters');
  return strings.raw.join('');
}
