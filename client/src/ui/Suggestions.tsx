// The list under a search field: each hit with its kind's colour, an alias, and its kind; none is
// highlighted until an arrow key moves there, and a hint says Enter alone takes the first.
import { NODE_STYLE } from '../canvas/palette.ts';
import { shownAlias } from './shown-alias.ts';
import type { Hit } from './use-search.ts';

export function Suggestions(props: {
  id?: string;
  /** What was typed: the alias shown is the one it matched. */
  query: string;
  hits: Hit[];
  message: string | null;
  active: number;
  open: boolean;
  onChoose(hit: Hit): void;
}) {
  if (!props.open || (!props.hits.length && !props.message)) return null;
  return (
    <ul id={props.id} class="suggestions" role="listbox">
      {props.message ? (
        <li class="empty" role="presentation">
          {props.message}
        </li>
      ) : null}
      {props.hits.map((hit, i) => {
        const d = hit.node.data;
        const alias = shownAlias(props.query, d.name, d.aliases);
        return (
          <li
            key={d.id}
            role="option"
            id={props.id ? `${props.id}-${i}` : undefined}
            aria-selected={i === props.active}
            data-id={d.id}
            onMouseDown={(ev) => (ev.preventDefault(), props.onChoose(hit))}
          >
            <span class="swatch" style={{ background: NODE_STYLE[d.kind].color }} />
            <span>
              {d.label}
              {alias ? <span class="aka"> · {alias}</span> : null}
            </span>
            <span class="kind">{d.kind}</span>
          </li>
        );
      })}
      {props.hits.length ? (
        <li class="hint" role="presentation">
          ↑↓ to highlight · Enter takes {props.active >= 0 ? 'the highlighted one' : 'the first'}
        </li>
      ) : null}
    </ul>
  );
}

/** Arrow keys move through the hits, Enter chooses; returns true when it handled the key. */
export function suggestionKeys(
  ev: KeyboardEvent,
  s: { hits: Hit[]; active: number; setActive(i: number): void },
  choose: (h: Hit) => void,
): boolean {
  if ((ev.key === 'ArrowDown' || ev.key === 'ArrowUp') && s.hits.length) {
    ev.preventDefault();
    const n = s.hits.length;
    // From none highlighted, ArrowDown goes to the first and ArrowUp to the last.
    const from = s.active < 0 ? (ev.key === 'ArrowDown' ? -1 : 0) : s.active;
    s.setActive((from + (ev.key === 'ArrowDown' ? 1 : -1) + n) % n);
    return true;
  }
  if (ev.key === 'Enter' && s.hits.length) {
    ev.preventDefault();
    choose(s.hits[Math.max(0, s.active)]!);
    return true;
  }
  return false;
}
