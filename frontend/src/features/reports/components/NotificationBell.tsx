import { useContext, useEffect, useId, useRef, useState } from 'react';
import { QueryClientContext } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotifications } from '../api/hooks';
import { NotificationList } from './NotificationList';

/** Header bell: unread count; opens the latest notifications with mark-as-read. */
export function NotificationBell() {
  // The header is also rendered on its own (tests, sign-in states) without a query client.
  return useContext(QueryClientContext) ? <Bell /> : null;
}

function Bell() {
  const { t } = useTranslation();
  const list = useNotifications();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const unread = list.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const close = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const outside = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', outside);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', outside);
    };
  }, [open]);

  return (
    <div className="relative" ref={root}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('reports.notifications.bell', { count: unread })}
        onClick={() => setOpen(!open)}
        className="relative inline-flex min-h-9 items-center gap-1 rounded-8 border-2 border-blue-900 bg-white px-3 py-1 text-blue-900"
        data-testid="notification-bell"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="currentColor">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        <span aria-hidden="true" className="text-oln-14B-100" data-testid="notification-unread">
          {unread}
        </span>
      </button>
      {open && (
        <div
          id={panelId}
          role="region"
          aria-label={t('reports.notifications.title')}
          className="absolute right-0 z-20 mt-2 w-96 max-w-[90vw] rounded-8 border border-solid-gray-420 bg-white p-3 shadow-lg"
        >
          <p className="text-std-17B-170">{t('reports.notifications.title')}</p>
          <NotificationList compact onNavigate={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
