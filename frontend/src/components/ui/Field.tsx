import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './cx';

const CONTROL =
  'block w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170 text-solid-gray-800 hover:border-black aria-[invalid=true]:border-error-1 aria-[invalid=true]:border-2';

type ControlA11y = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

type FieldShellProps = {
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  /** Renders the control with the id and ARIA attributes that tie it to its label, hint and error. */
  children: (a11y: ControlA11y) => ReactNode;
};

/** Label, hint, control and error of one form field, wired together for assistive technology. */
function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  requiredLabel,
  children,
}: FieldShellProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-std-16B-170 text-solid-gray-800">
        {label}
        {required && requiredLabel && (
          <span className="ml-2 text-dns-14N-130 text-error-2">{requiredLabel}</span>
        )}
      </label>
      {hint && (
        <p id={`${fieldId}-hint`} className="text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      )}
      {children({
        id: fieldId,
        'aria-describedby': describedBy(fieldId, hint, error),
        'aria-invalid': error ? true : undefined,
      })}
      {error && (
        <p
          id={`${fieldId}-error`}
          className="text-dns-16N-130 text-error-2"
          data-testid={`${fieldId}-error`}
        >
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type Common = { label: string; hint?: string; error?: string; requiredLabel?: string };

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = ComponentProps<'select'> & Common & { options: SelectOption[] };

export function SelectField({
  label,
  hint,
  error,
  requiredLabel,
  options,
  className,
  id,
  ...rest
}: SelectFieldProps) {
  return (
    <FieldShell {...{ id, label, hint, error, requiredLabel }} required={rest.required}>
      {(a11y) => (
        <select {...a11y} className={cx(CONTROL, 'min-h-12 pr-8', className)} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export type TextFieldProps = ComponentProps<'input'> & Common;

export function TextField({
  label,
  hint,
  error,
  requiredLabel,
  className,
  id,
  ...rest
}: TextFieldProps) {
  return (
    <FieldShell {...{ id, label, hint, error, requiredLabel }} required={rest.required}>
      {(a11y) => <input {...a11y} className={cx(CONTROL, 'min-h-12', className)} {...rest} />}
    </FieldShell>
  );
}

export type TextAreaFieldProps = ComponentProps<'textarea'> & Common;

export function TextAreaField({
  label,
  hint,
  error,
  requiredLabel,
  className,
  id,
  ...rest
}: TextAreaFieldProps) {
  return (
    <FieldShell {...{ id, label, hint, error, requiredLabel }} required={rest.required}>
      {(a11y) => <textarea {...a11y} className={cx(CONTROL, 'min-h-32', className)} {...rest} />}
    </FieldShell>
  );
}

/** A group of checkboxes in a fieldset, for multi-choice values (technologies, ministries). */
export function CheckboxGroup({
  legend,
  hint,
  error,
  name,
  options,
  value,
  onChange,
  testId,
}: {
  legend: string;
  hint?: string;
  error?: string;
  name: string;
  options: SelectOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className="flex flex-col gap-1"
      aria-describedby={describedBy(id, hint, error)}
      data-testid={testId}
    >
      <legend className="text-std-16B-170 text-solid-gray-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-9 items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              className="size-5"
              checked={value.includes(o.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value),
                )
              }
            />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-dns-16N-130 text-error-2">
          {error}
        </p>
      )}
    </fieldset>
  );
}
