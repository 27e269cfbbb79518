import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { cx } from '@/components/ui/cx';
import { formatDateTime } from '@/lib/dates';
import { useMarkRead, useNotifications } from '../api/hooks';
import { ErrorText } from './ErrorText';

export function NotificationList({
  compact,
  onNavigate,
}: {
  compact?: boolean;
  onNavigate?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const list = useNotifications();
  const markRead = useMarkRead();
  const items = list.data?.items ?? [];
  if (list.error) return <ErrorText error={list.error} />;
  if (list.data && items.length === 0)
    return <p className="mt-2 text-solid-gray-700">{t('reports.notifications.empty')}</p>;
  return (
    <ul
      className={cx('mt-2 flex flex-col gap-2', compact && 'max-h-96 overflow-y-auto')}
      data-testid="notifications"
    >
      {items.map((n) => (
        <li
          key={n.id}
          className={cx(
            'rounded-8 border p-3',
            n.readAt ? 'border-solid-gray-200' : 'border-blue-900 bg-blue-50',
          )}
          data-testid="notification"
          data-read={!!n.readAt}
        >
          <p className="text-dns-14N-130">
            <span className="text-std-16B-170">
              {n.readAt ? t('reports.notifications.read') : t('reports.notifications.unread')}
            </span>
            ・{t(`reports.notifications.${n.kind}`)}・{formatDateTime(n.createdAt, i18n.language)}
          </p>
          <p>{n.message}</p>
          <div className="mt-1 flex flex-wrap gap-3">
            {n.sheetId && (
              <Link
                to="/reports/sheets/$sheetId"
                params={{ sheetId: String(n.sheetId) }}
                className="text-blue-1000 underline"
                onClick={onNavigate}
              >
                {t('reports.notifications.openSheet')}
              </Link>
            )}
            {!n.readAt && (
              <Button
                variant="text"
                size="sm"
                disabled={markRead.isPending}
                onClick={() => markRead.mutate(n.id)}
                data-testid="mark-read"
              >
                {t('reports.notifications.markRead')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
