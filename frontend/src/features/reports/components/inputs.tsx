import { useState, type ComponentProps } from 'react';
import { cx } from '@/components/ui/cx';
import { formatYenInput, parseYen } from '../lib/yen';

export const CELL =
  'block w-full min-w-0 rounded-4 border border-solid-gray-600 bg-white px-2 py-1 text-dns-16N-130 text-solid-gray-800 read-only:bg-solid-gray-50 disabled:bg-solid-gray-50 disabled:text-solid-gray-800 aria-[invalid=true]:border-2 aria-[invalid=true]:border-error-1';

/** A compact input for table cells; the label is for screen readers (the column header shows). */
export function CellInput({
  label,
  error,
  className,
  ...rest
}: ComponentProps<'input'> & { label: string; error?: string }) {
  return (
    <>
      <input
        aria-label={label}
        aria-invalid={error ? true : undefined}
        title={error}
        className={cx(CELL, className)}
        {...rest}
      />
      {error && <span className="block text-dns-14N-130 text-error-2">{error}</span>}
    </>
  );
}

export function CellSelect({
  label,
  error,
  options,
  placeholder,
  className,
  ...rest
}: ComponentProps<'select'> & {
  label: string;
  error?: string;
  placeholder: string;
  options: { value: string; label: string }[];
}) {
  return (
    <>
      <select
        aria-label={label}
        aria-invalid={error ? true : undefined}
        className={cx(CELL, 'min-h-9', className)}
        {...rest}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && <span className="block text-dns-14N-130 text-error-2">{error}</span>}
    </>
  );
}

/** An amount in whole yen: typed freely (full-width, commas, ¥), shown with separators. */
export function YenInput({
  label,
  value,
  onChange,
  readOnly,
  error,
  invalidMessage,
  testId,
}: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  readOnly?: boolean;
  error?: string;
  invalidMessage: string;
  testId?: string;
}) {
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const shown = text ?? formatYenInput(value);
  const message = invalid ? invalidMessage : error;
  return (
    <div className="flex items-center gap-1">
      <span aria-hidden="true">¥</span>
      <CellInput
        label={label}
        inputMode="numeric"
        className="text-right"
        value={shown}
        readOnly={readOnly}
        error={message}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseYen(e.target.value);
          setInvalid(!parsed.ok);
          if (parsed.ok) onChange(parsed.value);
        }}
        onBlur={() => {
          if (!invalid) setText(null);
        }}
      />
    </div>
  );
}

/** A number (KPI values may be decimals); blank is undefined. */
export function NumberInput({
  label,
  value,
  onChange,
  readOnly,
  error,
  testId,
}: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  readOnly?: boolean;
  error?: string;
  testId?: string;
}) {
  return (
    <CellInput
      label={label}
      type="number"
      step="any"
      value={value ?? ''}
      readOnly={readOnly}
      error={error}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
    />
  );
}
