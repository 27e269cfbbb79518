import { useReducer, useState } from 'react';
import {
  conflictReducer,
  noConflict,
  reapply,
  type ConflictAction,
  type ConflictState,
} from './conflict';

/**
 * The conflict flow of one form: `stale(mine)` on a 412, then `reload()` (server values,
 * local edits dropped on purpose), or `compare()` and `reapply()` (the user's values on top
 * of the new version: the next save sends the new ETag).
 */
export function useConflict<V>(opts: {
  latest: () => Promise<{ values: V; etag: string }>;
  apply: (values: V, etag: string) => void;
}) {
  const [state, dispatch] = useReducer(
    (s: ConflictState<V>, a: ConflictAction<V>) => conflictReducer(s, a),
    noConflict as ConflictState<V>,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return {
    state,
    busy,
    error,
    stale: (mine: V) => dispatch({ type: 'stale', mine }),
    clear: () => dispatch({ type: 'resolved' }),
    reload: () =>
      guarded(async () => {
        const latest = await opts.latest();
        opts.apply(latest.values, latest.etag);
        dispatch({ type: 'resolved' });
      }),
    compare: () =>
      guarded(async () => {
        const latest = await opts.latest();
        dispatch({ type: 'compare', server: latest.values, serverEtag: latest.etag });
      }),
    reapply: () => {
      const next = reapply(state);
      if (!next) return;
      opts.apply(next.values, next.etag);
      dispatch({ type: 'resolved' });
    },
  };
}
