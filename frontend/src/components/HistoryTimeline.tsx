import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@/api/types';
import { formatDateTime } from '@/lib/dates';
import { EmptyState, ErrorState, LoadingState } from './ui/States';
import { errorMessage } from '@/lib/problem';

function display(value: unknown, none: string): string {
  if (value === undefined || value === null || value === '') return none;
  if (Array.isArray(value)) return value.map((v) => display(v, none)).join('、');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.nameJa === 'string') return o.nameJa;
    if (typeof o.name === 'string') return o.name;
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? '✓' : '—';
  return String(value);
}

function beforeAfter(change: unknown): { before: unknown; after: unknown } {
  if (change && typeof change === 'object' && ('before' in change || 'after' in change)) {
    const c = change as { before?: unknown; after?: unknown };
    return { before: c.before, after: c.after };
  }
  return { before: undefined, after: change };
}

/** A readable audit trail: who (role, organisation), when (Japan time), each field before → after. */
export function HistoryTimeline({
  entries,
  error,
  isPending,
  onRetry,
}: {
  entries: readonly HistoryEntry[] | undefined;
  error: unknown;
  isPending: boolean;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = (group: 'history.actions' | 'history.fields' | 'roles', key: string) =>
    i18n.exists(`${group}.${key}`) ? t(`${group}.${key}` as 'history.title') : key;

  if (error) {
    const m = errorMessage(error);
    return (
      <ErrorState
        title={t('errors.title')}
        message={'key' in m ? t(m.key) : m.text}
        retryLabel={t('errors.retry')}
        onRetry={onRetry}
      />
    );
  }
  if (isPending || !entries) return <LoadingState label={t('app.loading')} />;
  if (entries.length === 0) return <EmptyState title={t('history.empty')} />;
  const none = t('history.none');

  return (
    <ol className="mt-3 border-l-4 border-blue-200 pl-6" data-testid="history">
      {entries.map((e) => {
        const roles = (e.actorRoles ?? '')
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean)
          .map((r) => label('roles', r));
        const changes = Object.entries(e.changes ?? {});
        return (
          <li key={e.id} className="relative mb-6" data-testid="history-entry">
            <span
              aria-hidden="true"
              className="absolute top-2 -left-[2.05rem] size-4 rounded-full border-4 border-white bg-blue-900"
            />
            <p className="text-std-16B-170">
              <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, lang)}</time>
              <span className="ml-3">{label('history.actions', e.action)}</span>
              {e.recordType && (
                <span className="ml-2 text-dns-14N-130 text-solid-gray-700">
                  {label('history.fields', e.recordType)}
                  {e.recordId != null && ` #${e.recordId}`}
                </span>
              )}
            </p>
            <p className="text-dns-14N-130 text-solid-gray-700" data-testid="history-actor">
              {t('history.by', {
                user: e.serviceAccount
                  ? t('history.serviceAccount', { name: e.actorUsername })
                  : e.actorUsername,
              })}
              {roles.length > 0 && ` · ${roles.join('、')}`}
              {e.actorOrganisationCode &&
                ` · ${t('history.organisation', { code: e.actorOrganisationCode })}`}
            </p>
            {changes.length > 0 && (
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                {changes.map(([field, change]) => {
                  const { before, after } = beforeAfter(change);
                  return (
                    <div key={field} className="contents" data-testid="history-change">
                      <dt className="text-dns-14B-130">{label('history.fields', field)}</dt>
                      <dd className="text-dns-14N-130 break-words whitespace-pre-wrap">
                        <span className="text-solid-gray-700 line-through decoration-1">
                          {display(before, none)}
                        </span>
                        <span aria-label={t('history.changedTo')} className="mx-2">
                          →
                        </span>
                        <span>{display(after, none)}</span>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
