// The search box in the top bar ("/" focuses it): suggestions as you type; choosing one puts the
// node on the canvas with its links to what is there already. Chosen with Enter, the keyboard
// follows it onto the canvas (arrows then move between its neighbours).
import { useRef, useState } from 'preact/hooks';
import { Suggestions, suggestionKeys } from '../../ui/Suggestions.tsx';
import { useSearch, type Hit } from '../../ui/use-search.ts';
import { useFittingText } from '../../ui/use-fitting-text.ts';
import { useSuggestionsOpen } from '../../ui/use-suggestions-open.ts';
import { focusCanvas } from '../selection/keyboard-nav.ts';
import { addNodeWithLinks } from './add-node.ts';

/** The box's placeholder, the longest that fits: the full one, then shorter ones keeping the "/" hint. */
const PLACEHOLDERS = ['Search names…  ( / )', 'Search…  ( / )', 'Search…'] as const;

/** Bumped by each choice and each click or keystroke in the box: a stale choice does not take the focus. */
let interaction = 0;

export function SearchBox() {
  const [text, setText] = useState('');
  const { open, setOpen, closeSoon } = useSuggestionsOpen();
  const search = useSearch(text, 8);
  const input = useRef<HTMLInputElement>(null);
  const placeholder = useFittingText(input, PLACEHOLDERS);
  const choose = (hit: Hit, byKeyboard = false) => {
    setOpen(false);
    setText('');
    // The keyboard follows the node, unless the user has turned back to the box meanwhile.
    const mine = ++interaction;
    void addNodeWithLinks(hit.node).then(() => {
      if (byKeyboard && mine === interaction) focusCanvas(hit.node.data.id);
    });
  };
  const expanded = open && (search.hits.length > 0 || !!search.message);
  return (
    <div class="search" role="combobox" aria-haspopup="listbox" aria-expanded={expanded} aria-owns="search-list">
      <input
        ref={input}
        id="search-input"
        type="search"
        placeholder={placeholder}
        autocomplete="off"
        aria-label="Search entities"
        aria-controls="search-list"
        aria-activedescendant={expanded && search.active >= 0 ? `search-list-${search.active}` : undefined}
        value={text}
        onMouseDown={() => void ++interaction}
        onInput={(ev) => {
          interaction++;
          setText(ev.currentTarget.value);
          setOpen(true);
        }}
        onKeyDown={(ev) => {
          if (open && suggestionKeys(ev, search, (hit) => choose(hit, true))) return;
          if (ev.key === 'Escape') {
            // The topmost layer is this list: close it (or leave the field), nothing else.
            ev.stopPropagation();
            if (expanded) setOpen(false);
            else ev.currentTarget.blur();
          }
        }}
        onFocus={() => setOpen(true)}
        onBlur={closeSoon}
      />
      <Suggestions
        id="search-list"
        query={text}
        hits={search.hits}
        message={search.message}
        active={search.active}
        open={open}
        onChoose={choose}
      />
    </div>
  );
}
