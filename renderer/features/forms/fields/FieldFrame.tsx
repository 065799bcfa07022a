import type { ReactNode } from 'react';
import { gapId, hintId, labelId, type FieldUi } from './controlProps';

/** The hint and the gap message under an input; both are named by the input's aria-describedby. */
export function FieldNotes({ ui }: { readonly ui: FieldUi }) {
  return (
    <>
      {ui.hint === undefined ? null : (
        <p id={hintId(ui)} className="hint">
          {ui.hint}
        </p>
      )}
      {ui.gap === undefined ? null : (
        <p id={gapId(ui)} className="field-gap">
          {ui.gap}
        </p>
      )}
    </>
  );
}

/** A field's label (a real label for the input whose id is ui.id), the input, then its notes. */
export function FieldFrame({ ui, children, className }: { readonly ui: FieldUi; readonly children: ReactNode; readonly className?: string }) {
  return (
    <div className={['field', ui.gap === undefined ? undefined : 'has-gap', className].filter(Boolean).join(' ')}>
      <label htmlFor={ui.id} id={labelId(ui)}>
        {ui.label}
      </label>
      {children}
      <FieldNotes ui={ui} />
    </div>
  );
}
