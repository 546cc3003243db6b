// An entity field for forms (path finder, named queries): the same suggestions as the search box,
// any name form, holding the chosen node; or the node selected on the canvas.
import { useState } from 'preact/hooks';
import type { NodeElement } from '../../../common/wire.ts';
import { canvas } from '../app/context.ts';
import { Suggestions, suggestionKeys } from './Suggestions.tsx';
import { useSearch, type Hit } from './use-search.ts';
import { useSuggestionsOpen } from './use-suggestions-open.ts';

export function EntityPicker(props: {
  name: string;
  label: string;
  value: NodeElement | null;
  onChange(node: NodeElement | null): void;
  onText?(text: string): void;
  /**
   * A name taken by Enter completes the form: it is sent when no other field is left empty, else
   * the next empty field takes the keyboard (walk 33, clumsy 8: Enter took "Bắc Ninh", a second
   * Enter ran the query).
   */
  enterCompletes?: boolean;
}) {
  const [text, setText] = useState(props.value?.data.label ?? '');
  const { open, setOpen, closeSoon } = useSuggestionsOpen();
  const search = useSearch(open ? text : '', 6);
  const choose = (hit: Hit) => {
    props.onChange(hit.node);
    setText(hit.node.data.label);
    setOpen(false);
  };
  const fromCanvas = () => {
    const n = canvas().cy.nodes(':selected')[0];
    if (!n) return;
    props.onChange({ data: n.data() } as NodeElement);
    setText(String(n.data('label')));
  };
  const shownText = props.value && !open ? props.value.data.label : text;
  return (
    <label class="picker">
      {props.label}
      <div class="row">
        <div class="search" style={{ flex: 1 }}>
          <input
            type="text"
            name={props.name}
            placeholder="type a name…"
            autocomplete="off"
            aria-label={props.label}
            value={shownText}
            onInput={(ev) => {
              setText(ev.currentTarget.value);
              setOpen(true);
              props.onChange(null);
              props.onText?.(ev.currentTarget.value);
            }}
            onKeyDown={(ev) => {
              const input = ev.currentTarget;
              const took = (hit: Hit) => {
                choose(hit);
                if (props.enterCompletes) requestAnimationFrame(() => completeForm(input));
              };
              if (open && suggestionKeys(ev, search, ev.key === 'Enter' ? took : choose)) return;
              if (ev.key === 'Escape' && open) {
                ev.stopPropagation();
                setOpen(false);
              }
            }}
            onBlur={closeSoon}
          />
          <Suggestions
            query={text}
            hits={search.hits}
            message={search.message}
            active={search.active}
            open={open}
            onChoose={choose}
          />
        </div>
        <button type="button" class="from-canvas" title="Use the node selected on the canvas" onClick={fromCanvas}>
          Use canvas selection
        </button>
      </div>
    </label>
  );
}

/** Sends the field's form, or puts the keyboard on its next empty field (after this one's choice is drawn). */
function completeForm(input: HTMLInputElement): void {
  const form = input.form;
  if (!form) return;
  const fields = [...form.querySelectorAll<HTMLInputElement>('input[type="text"], input[type="number"]')];
  const empty = fields.find((f) => f !== input && f.value.trim() === '');
  if (empty) empty.focus();
  else form.requestSubmit();
}
