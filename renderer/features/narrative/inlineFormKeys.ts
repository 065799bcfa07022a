import type { KeyboardEvent } from 'react';

/** Escape closes an inline form; Enter in its field applies it (and never submits the record form around it). */
export function inlineFormKeys(apply: () => void, cancel: () => void) {
  return {
    onGroupKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        cancel();
      }
    },
    onFieldKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        apply();
      }
    },
  };
}
