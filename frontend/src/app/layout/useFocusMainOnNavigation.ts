import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * After moving to another page (path change, not a filter change), move keyboard and
 * screen-reader focus to the main content, as a full page load would.
 */
export function useFocusMainOnNavigation(): void {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [pathname]);
}
