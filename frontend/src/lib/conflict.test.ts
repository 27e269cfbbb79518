import { describe, expect, it } from 'vitest';
import {
  conflictReducer,
  differences,
  noConflict,
  reapply,
  sameValue,
  type ConflictState,
} from './conflict';

type V = { title: string; summary: string; technologies: string[] };
const mine: V = { title: 'A', summary: 'my text', technologies: ['AI', 'DRONE'] };
const server: V = { title: 'A', summary: 'their text', technologies: ['DRONE', 'AI'] };

describe('conflict state', () => {
  it('keeps the user values on 412, then adds the server values on compare', () => {
    let state: ConflictState<V> = noConflict;
    state = conflictReducer(state, { type: 'stale', mine });
    expect(state).toEqual({ status: 'stale', mine });
    state = conflictReducer(state, { type: 'compare', server, serverEtag: '"7"' });
    expect(state).toEqual({ status: 'comparing', mine, server, serverEtag: '"7"' });
  });

  it('ignores compare without a conflict and clears on resolve', () => {
    expect(conflictReducer<V>(noConflict, { type: 'compare', server, serverEtag: '1' })).toBe(
      noConflict,
    );
    const stale = conflictReducer<V>(noConflict, { type: 'stale', mine });
    expect(conflictReducer(stale, { type: 'resolved' })).toEqual({ status: 'none' });
  });

  it('re-applies the user values on top of the new version', () => {
    const stale = conflictReducer<V>(noConflict, { type: 'stale', mine });
    expect(reapply(stale)).toBeNull();
    const comparing = conflictReducer(stale, { type: 'compare', server, serverEtag: '"7"' });
    expect(reapply(comparing)).toEqual({ values: mine, etag: '"7"' });
  });

  it('lists the differing fields, arrays compared as sets', () => {
    expect(differences(mine, server, ['title', 'summary', 'technologies'])).toEqual([
      { field: 'title', mine: 'A', server: 'A', differs: false },
      { field: 'summary', mine: 'my text', server: 'their text', differs: true },
      { field: 'technologies', mine: ['AI', 'DRONE'], server: ['DRONE', 'AI'], differs: false },
    ]);
    expect(sameValue(undefined, '')).toBe(true);
    expect(sameValue(null, 'x')).toBe(false);
  });
});
