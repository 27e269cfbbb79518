import { useTranslation } from 'react-i18next';
import { differences, type ConflictState } from '@/lib/conflict';
import { Button } from './ui/Button';

export type CompareField<K extends string> = {
  name: K;
  label: string;
  format?: (value: unknown) => string;
};

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'boolean') return value ? '✓' : '—';
  return String(value);
}

/**
 * 「他の利用者がこのレコードを変更しました」 after a 412: reload (drop local edits) or compare
 * side by side, then re-apply the user's values on top of the new version.
 */
export function ConflictPanel<V extends Record<string, unknown>, K extends keyof V & string>({
  state,
  fields,
  busy,
  onReload,
  onCompare,
  onReapply,
}: {
  state: ConflictState<V>;
  fields: readonly CompareField<K>[];
  busy?: boolean;
  onReload: () => void;
  onCompare: () => void;
  onReapply: () => void;
}) {
  const { t } = useTranslation();
  if (state.status === 'none') return null;
  const rows =
    state.status === 'comparing'
      ? differences(
          state.mine,
          state.server,
          fields.map((f) => f.name),
        )
      : [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  return (
    <div
      role="alert"
      className="my-4 rounded-8 border-2 border-orange-900 bg-orange-50 p-4"
      data-testid="conflict"
    >
      <p className="text-std-17B-170" data-testid="conflict-message">
        {t('conflict.title')}
      </p>
      <p className="mt-1">{t('conflict.body')}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button
          variant="secondary"
          size="sm"
          onClick={onReload}
          disabled={busy}
          data-testid="conflict-reload"
        >
          {t('conflict.reload')}
        </Button>
        {state.status === 'stale' && (
          <Button size="sm" onClick={onCompare} disabled={busy} data-testid="conflict-compare">
            {t('conflict.compare')}
          </Button>
        )}
      </div>
      {state.status === 'comparing' && (
        <div className="mt-4">
          <div className="overflow-x-auto">
            <table
              className="w-full border-collapse bg-white text-left"
              data-testid="conflict-table"
            >
              <caption className="py-2 text-left text-std-16B-170">{t('conflict.caption')}</caption>
              <thead className="border-b-2 border-solid-gray-800 bg-solid-gray-50">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('conflict.field')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('conflict.mine')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('conflict.server')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const f = byName.get(row.field);
                  const fmt = f?.format ?? show;
                  return (
                    <tr
                      key={row.field}
                      className={
                        row.differs
                          ? 'border-b border-solid-gray-420 bg-yellow-50'
                          : 'border-b border-solid-gray-420'
                      }
                      data-testid={`conflict-row-${row.field}`}
                      data-differs={row.differs}
                    >
                      <th scope="row" className="px-3 py-2 align-top">
                        {f?.label ?? row.field}
                        {row.differs && (
                          <span className="ml-2 text-dns-14N-130 text-orange-1100">
                            {t('conflict.differs')}
                          </span>
                        )}
                      </th>
                      <td className="px-3 py-2 align-top whitespace-pre-wrap" data-testid="mine">
                        {fmt(row.mine)}
                      </td>
                      <td className="px-3 py-2 align-top whitespace-pre-wrap" data-testid="server">
                        {fmt(row.server)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="mt-3">{t('conflict.reapplyHint')}</p>
          <div className="mt-2 flex flex-wrap gap-3">
            <Button size="sm" onClick={onReapply} disabled={busy} data-testid="conflict-reapply">
              {t('conflict.reapply')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
