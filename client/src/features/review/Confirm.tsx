// A question asked in place before an action that cannot be taken back at a click (retracting an
// article, approving with facts undecided): what it will do, and two buttons.
export function Confirm(props: { text: string; yes: string; onYes(): void; onNo(): void }) {
  return (
    <div class="review-panel-confirm" role="alertdialog" aria-label={props.text}>
      <p>{props.text}</p>
      <div class="row">
        <button type="button" class="primary confirm-yes" onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" class="confirm-no" onClick={props.onNo}>
          Cancel
        </button>
      </div>
    </div>
  );
}
