import { Button } from './Button';
import { SelectField } from './Field';

export type PaginationProps = {
  page: number;
  totalPages: number;
  size: number;
  pageSizes: readonly number[];
  labels: {
    nav: string;
    previous: string;
    next: string;
    page: string;
    pageSize: string;
    pageSizeOption: (count: number) => string;
  };
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
};

export function Pagination({
  page,
  totalPages,
  size,
  pageSizes,
  labels,
  onPageChange,
  onSizeChange,
}: PaginationProps) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="w-40">
        <SelectField
          label={labels.pageSize}
          value={String(size)}
          onChange={(e) => onSizeChange(Number(e.target.value))}
          options={pageSizes.map((n) => ({ value: String(n), label: labels.pageSizeOption(n) }))}
          data-testid="page-size"
        />
      </div>
      <nav aria-label={labels.nav} className="flex items-center gap-3">
        <Button
          variant="secondary"
          size="sm"
          disabled={page <= 1}
          onClick={() => onPageChange(page - 1)}
          data-testid="page-previous"
        >
          {labels.previous}
        </Button>
        <span aria-current="page" data-testid="page-indicator">
          {labels.page}
        </span>
        <Button
          variant="secondary"
          size="sm"
          disabled={page >= totalPages}
          onClick={() => onPageChange(page + 1)}
          data-testid="page-next"
        >
          {labels.next}
        </Button>
      </nav>
    </div>
  );
}
