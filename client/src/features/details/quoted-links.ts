// Which links on the canvas an article's quote states, in their own direction: the article reader
// says what it was opened for (walk 36, clumsy 9: the reader did not repeat "Goertek —INVESTED_IN→
// Bắc Ninh"), whichever card, step or menu opened it.
import type cytoscape from 'cytoscape';
import { edgeStatementOf } from '../../ui/edge-statement.tsx';
import { citationsOf } from './citations.ts';

/** "Goertek —INVESTED_IN→ Bắc Ninh" for each link whose sources hold this article with this quote. */
export function linksQuoted(cy: cytoscape.Core, articleId: string, quote: string | undefined): string[] {
  if (!quote) return [];
  const stated = cy
    .edges()
    .filter((e) => citationsOf(e.data()).some((c) => c.article === articleId && c.quote === quote))
    .map(edgeStatementOf);
  return [...new Set(stated)];
}
