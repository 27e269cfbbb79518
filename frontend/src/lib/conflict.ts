/**
 * Optimistic-concurrency conflicts in forms. A save answered 412 keeps what the user typed
 * (`mine`); "compare" fetches the server's current values and version; "re-apply" puts the
 * user's values on top of that version (the next save sends the new ETag); "reload" drops
 * the local edits. Nothing typed is lost without the user choosing so.
 */
export type ConflictState<V> =
  | { status: 'none' }
  | { status: 'stale'; mine: V }
  | { status: 'comparing'; mine: V; server: V; serverEtag: string };

export type ConflictAction<V> =
  | { type: 'stale'; mine: V }
  | { type: 'compare'; server: V; serverEtag: string }
  | { type: 'resolved' };

export const noConflict = { status: 'none' } as const;

export function conflictReducer<V>(
  state: ConflictState<V>,
  action: ConflictAction<V>,
): ConflictState<V> {
  switch (action.type) {
    case 'stale':
      return { status: 'stale', mine: action.mine };
    case 'compare':
      if (state.status === 'none') return state;
      return {
        status: 'comparing',
        mine: state.mine,
        server: action.server,
        serverEtag: action.serverEtag,
      };
    case 'resolved':
      return noConflict;
  }
}

/** Compares values as the user sees them: arrays as sets, blanks as equal. */
function normalise(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => normalise(v)).sort());
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return normalise(a) === normalise(b);
}

export type FieldDifference<K extends string> = {
  field: K;
  mine: unknown;
  server: unknown;
  differs: boolean;
};

/** One row per field for the side-by-side view: your value, the server's, and if they differ. */
export function differences<V extends Record<string, unknown>, K extends keyof V & string>(
  mine: V,
  server: V,
  fields: readonly K[],
): FieldDifference<K>[] {
  return fields.map((field) => ({
    field,
    mine: mine[field],
    server: server[field],
    differs: !sameValue(mine[field], server[field]),
  }));
}

/**
 * After comparing: the values the form should hold and the version its next save sends.
 * `mine` wins on every field; the server's version becomes the base.
 */
export function reapply<V>(state: ConflictState<V>): { values: V; etag: string } | null {
  if (state.status !== 'comparing') return null;
  return { values: state.mine, etag: state.serverEtag };
}
