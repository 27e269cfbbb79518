import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Versioned } from '@/api/client';
import { fetchSheet, reportKeys, saveContent } from '../api/hooks';
import type { Sheet, SheetContent } from '../types';
import { isConflict } from './errors';

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'conflict';

/** The ETag to send back: the header, else the version the body carries. */
export function etagOf(v: Versioned<Sheet>): string {
  return v.etag || `"${v.data.version}"`;
}

/**
 * Debounced autosave of a draft (PUT content with If-Match). The editor's version only moves
 * with its own saves and actions, never with a background refetch, so another user's change
 * always surfaces as a 412 conflict: the local edits stay on screen and are kept as pending
 * until the user reloads (drops them on purpose) or overwrites.
 */
export function useAutosave(opts: {
  sheetId: number;
  initialEtag: string;
  delayMs?: number;
  onReloaded: (latest: Versioned<Sheet>) => void;
}) {
  const { sheetId, delayMs = 1000 } = opts;
  const qc = useQueryClient();
  const etag = useRef(opts.initialEtag);
  const pending = useRef<SheetContent | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflicted = useRef(false);
  const onReloaded = useRef(opts.onReloaded);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    onReloaded.current = opts.onReloaded;
  });

  const run = useCallback(async (): Promise<void> => {
    while (pending.current && !conflicted.current) {
      const content = pending.current;
      pending.current = null;
      setState('saving');
      try {
        const saved = await saveContent(sheetId, content, etag.current);
        etag.current = etagOf(saved);
        qc.setQueryData(reportKeys.sheet(sheetId), saved);
        setError(null);
      } catch (e) {
        // Never drop what was typed: keep it pending unless something newer arrived.
        if (!pending.current) pending.current = content;
        setError(e);
        if (isConflict(e)) {
          conflicted.current = true;
          setState('conflict');
        } else {
          setState('error');
        }
        return;
      }
    }
    if (!conflicted.current) setState(pending.current ? 'dirty' : 'saved');
  }, [qc, sheetId]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    while (inFlight.current) await inFlight.current;
    if (!pending.current || conflicted.current) return;
    const p = run().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = p;
    await p;
  }, [run]);

  const schedule = useCallback(
    (content: SheetContent) => {
      pending.current = content;
      if (conflicted.current) return;
      setState('dirty');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  /** Drops the local edits on purpose and takes the server's latest version. */
  const reload = useCallback(async () => {
    const latest = await fetchSheet(sheetId);
    pending.current = null;
    conflicted.current = false;
    etag.current = etagOf(latest);
    qc.setQueryData(reportKeys.sheet(sheetId), latest);
    onReloaded.current(latest);
    setError(null);
    setState('saved');
  }, [qc, sheetId]);

  /** Keeps the local edits and saves them on top of the server's latest version. */
  const overwrite = useCallback(async () => {
    const latest = await fetchSheet(sheetId);
    etag.current = etagOf(latest);
    conflicted.current = false;
    await flush();
  }, [flush, sheetId]);

  // Leaving the page with unsaved edits: save them, and let the browser warn on unload.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current || inFlight.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void flush();
    };
  }, [flush]);

  return {
    state,
    error,
    schedule,
    flush,
    reload,
    overwrite,
    hasPending: () => pending.current !== null,
    etag: () => etag.current,
    setEtag: (next: string) => {
      etag.current = next;
    },
  };
}
