import { useState, type DragEvent } from 'react';

type DropHandlers = {
  readonly onDragOver: (event: DragEvent<HTMLElement>) => void;
  readonly onDragLeave: (event: DragEvent<HTMLElement>) => void;
  readonly onDrop: (event: DragEvent<HTMLElement>) => void;
};

const carriesFiles = (event: DragEvent<HTMLElement>): boolean => event.dataTransfer.types.includes('Files');

/**
 * Makes an element a drop target for files from the desktop. Only drags that carry files are
 * taken (dragged text stays with the editor), and the page never navigates to a dropped file.
 */
export function useFileDrop(onFiles: (files: File[]) => void): { readonly dragging: boolean; readonly handlers: DropHandlers } {
  const [dragging, setDragging] = useState(false);
  const handlers: DropHandlers = {
    onDragOver: (event) => {
      if (carriesFiles(event)) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }
    },
    onDragLeave: (event) => {
      // Moving between children fires dragleave too; only leaving the target itself counts.
      if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) {
        setDragging(false);
      }
    },
    onDrop: (event) => {
      if (carriesFiles(event)) {
        event.preventDefault();
        setDragging(false);
        onFiles(Array.from(event.dataTransfer.files));
      }
    },
  };
  return { dragging, handlers };
}
