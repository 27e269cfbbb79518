import type { ReactNode } from 'react';

export type SheetFormProps<T> = {
  value: T;
  onChange: (next: T) => void;
  readOnly: boolean;
  /** The server's message for a field path (e.g. `progress.milestones[0].status`). */
  err: (path: string) => string | undefined;
  /** Reviewer comments shown next to a section. */
  note: (section: string) => ReactNode;
};

/** Replaces item i of a list (immutably). */
export function setAt<T>(list: readonly T[], i: number, item: T): T[] {
  return list.map((x, j) => (j === i ? item : x));
}

export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}
