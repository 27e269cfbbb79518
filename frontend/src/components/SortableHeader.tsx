import { useTranslation } from 'react-i18next';

export function sortDirectionOf(
  sort: string | undefined,
  field: string,
  defaultField?: string,
): 'ascending' | 'descending' | 'none' {
  const current = sort ?? defaultField;
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return 'none';
}

export function nextSortOf(sort: string | undefined, field: string, defaultField?: string): string {
  return sortDirectionOf(sort, field, defaultField) === 'ascending' ? `-${field}` : field;
}

export function SortableHeader({
  field,
  label,
  sort,
  defaultField,
  onSort,
}: {
  field: string;
  label: string;
  sort: string | undefined;
  defaultField?: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const direction = sortDirectionOf(sort, field, defaultField);
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '⇅';
  return (
    <th scope="col" aria-sort={direction} className="px-3 py-2 text-left align-bottom">
      <button
        type="button"
        onClick={() => onSort(nextSortOf(sort, field, defaultField))}
        className="inline-flex items-center gap-1 text-std-16B-170 text-blue-1000 underline underline-offset-[3px] hover:decoration-[3px]"
        title={t('projects.sortBy', { column: label })}
        data-testid={`sort-${field}`}
      >
        {label}
        <span aria-hidden="true" className="text-dns-14N-130">
          {arrow}
        </span>
      </button>
    </th>
  );
}
