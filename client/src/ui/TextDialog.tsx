// A dialog showing a text to copy (share link, Copy as Cypher). A native <dialog>: Esc closes it
// and nothing under it.
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { keepTabInside } from './modal-focus.ts';

export interface TextAction {
  id: string;
  label: string;
  run(): void;
}

const shown = signal<{ title: string; text: string; note: string; action?: TextAction } | null>(null);

export function showText(title: string, text: string, note = '', action?: TextAction): void {
  shown.value = { title, text, note, action };
}

export function TextDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const value = shown.value;
  useEffect(() => {
    const d = dialog.current!;
    if (value && !d.open) d.showModal();
    if (!value && d.open) d.close();
    body.current?.select();
  }, [value]);
  return (
    <dialog
      id="text-dialog"
      aria-label={value?.title ?? 'Text'}
      ref={dialog}
      onClose={() => (shown.value = null)}
      onKeyDown={keepTabInside}
    >
      <form method="dialog" class="dialog-head">
        <h2 id="text-title">{value?.title}</h2>
        <button aria-label="Close">Close</button>
      </form>
      <textarea id="text-body" readOnly rows={10} value={value?.text ?? ''} ref={body} />
      <p id="text-note" class="muted">
        {value?.note}
      </p>
      {value?.action ? (
        <button
          type="button"
          class="primary"
          id={value.action.id}
          onClick={() => {
            // Closed first: closing gives the focus back to the button that opened the dialog, and
            // the action may move it on (Open in the console puts it in the editor).
            dialog.current?.close();
            value.action!.run();
          }}
        >
          {value.action.label}
        </button>
      ) : null}
    </dialog>
  );
}
