// Ids and dates shared by the synthetic graph's nodes, articles and edges.
import type { SeededRandom } from './seeded-random.ts';

export const SYNTHETIC_ID_PREFIX = 'syn-';

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const articleId = (i: number) => `${SYNTHETIC_ID_PREFIX}article-${pad(i, 6)}`;

/** A date in 2005–2024, later years likelier (news volume grew); mostly full dates, some partial. */
export function randomDate(rng: SeededRandom): string {
  const year = 2005 + Math.min(19, Math.floor(20 * Math.pow(rng.next(), 0.7)));
  const month = pad(1 + rng.int(12), 2);
  const r = rng.next();
  if (r < 0.05) return String(year);
  if (r < 0.2) return `${year}-${month}`;
  return `${year}-${month}-${pad(1 + rng.int(28), 2)}`;
}
