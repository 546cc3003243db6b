// Suggestions as you type, shared by the search box and every entity picker: the server folds
// diacritics (Lucene's standard-folding), so "bac ninh" finds "Bắc Ninh" and any name form works.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResponse } from '../../../common/wire.ts';
import { api } from '../api/client.ts';

export type Hit = SearchResponse['hits'][number];

export interface SearchState {
  hits: Hit[];
  message: string | null;
  active: number;
  setActive(i: number): void;
}

/** What no hit means: nothing of that name, or a place the gazetteer knows that no article links. */
export function noHitText(q: string, known: SearchResponse['known']): string {
  if (!known?.length) return `Nothing matches “${q}”`;
  const places = known.map((k) => {
    const what = [k.name, k.within].filter((x) => x && x !== q);
    return what.length ? `${q} (${what.join(', ')})` : q;
  });
  const one = places.length === 1;
  return `${places.join('; ')} ${one ? 'is a known place' : 'are known places'}, but no article links ${one ? 'it' : 'them'}`;
}

export function useSearch(query: string, limit = 8, delayMs = 150): SearchState {
  const [hits, setHits] = useState<Hit[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const seq = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const mine = ++seq.current;
    if (!q) {
      setHits([]);
      setMessage(null);
      return;
    }
    const timer = setTimeout(async () => {
      setMessage('Searching…');
      try {
        const res = await api.search(q, limit);
        if (mine !== seq.current) return;
        setHits(res.hits);
        // None highlighted: ArrowDown highlights the first, Enter alone takes the first (the list says so).
        setActive(-1);
        setMessage(res.hits.length ? null : noHitText(q, res.known));
      } catch (err) {
        if (mine !== seq.current) return;
        setHits([]);
        setMessage(`Search failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [query, limit, delayMs]);
  return { hits, message, active, setActive };
}
