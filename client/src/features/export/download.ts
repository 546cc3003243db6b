import { foldForSearch } from '../../../../common/text/fold.ts';
import { highlightName, highlightOn } from '../../app/highlight.ts';
import { selection } from '../../app/store.ts';
// Saving a file from the browser: an object URL on a temporary link.
export function download(content: Blob | string, filename: string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: "Bắc Ninh & China" -> "bac-ninh-china". */
export function fileStem(title: string | undefined, fallback = 'corridor-graph'): string {
  const s = foldForSearch(title ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || fallback;
}

/** Today as YYYY-MM-DD, for names of files that have no title of their own. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The story's file name: "story-" and its first view's title when the user set one (the story has no
 * title of its own, so the name says it is a story), else "corridor-story-<date>" (walk 14, 9:
 * "story-view-1.pdf" named a default title). Safe characters only.
 */
export function storyFileStem(firstTitle: string | undefined): string {
  const set = firstTitle && !/^View \d+$/.test(firstTitle.trim()) ? fileStem(firstTitle, '') : '';
  return set ? `story-${set}` : `corridor-story-${today()}`;
}

/**
 * A canvas export's file name: the title typed for it, else what it shows (a path or query result
 * highlighted, the one thing selected, a selection, or the whole graph) and the date (walk 14, 9:
 * every file was "corridor-graph.*"; walk 15: a path's picture was named "corridor-whole-graph").
 */
export function canvasFileStem(title: string | undefined): string {
  if (title?.trim()) return fileStem(title);
  const lit = highlightOn.peek() ? highlightName.peek() : null;
  if (lit) return `corridor-${fileStem(lit, 'highlight')}-${today()}`;
  const s = selection.peek();
  const count = s.nodes.length + s.edges.length;
  const what = count === 1 ? fileStem(s.label, 'selection') : count > 1 ? 'selection' : 'whole-graph';
  return `corridor-${what}-${today()}`;
}
