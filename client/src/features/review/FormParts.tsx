// The parts every review form shares: the kind picker of an entity, and the footer with the form's
// error and its Save and Cancel buttons (Cancel also forgets the error, so the next form opens clean).
import { NODE_KINDS, type NodeKind } from '../../../../common/model.ts';
import { formError } from './review-state.ts';

export function KindSelect(props: { name: string; value: NodeKind; onChange: (kind: NodeKind) => void }) {
  return (
    <label>
      Kind
      <select
        name={props.name}
        value={props.value}
        onChange={(ev) => props.onChange(ev.currentTarget.value as NodeKind)}
      >
        {NODE_KINDS.map((k) => (
          <option value={k}>{k}</option>
        ))}
      </select>
    </label>
  );
}

export function FormFooter(props: { save: string; saveId?: string; saveClass?: string; onCancel: () => void }) {
  return (
    <>
      {formError.value ? (
        <p class="error form-error" role="alert">
          {formError.value}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class={['primary', props.saveClass].filter(Boolean).join(' ')} id={props.saveId}>
          {props.save}
        </button>
        <button type="button" onClick={() => (props.onCancel(), (formError.value = null))}>
          Cancel
        </button>
      </div>
    </>
  );
}
