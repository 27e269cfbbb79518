import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx';

type Variant = 'primary' | 'secondary' | 'text';

const VARIANTS: Record<Variant, string> = {
  primary:
    'bg-blue-900 text-white border-2 border-blue-900 hover:bg-blue-1000 hover:border-blue-1000 hover:underline',
  secondary:
    'bg-white text-blue-900 border-2 border-blue-900 hover:bg-blue-100 hover:text-blue-1000 hover:underline',
  text: 'bg-transparent text-blue-1000 underline underline-offset-[3px] border-2 border-transparent hover:decoration-[3px]',
};

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  size?: 'md' | 'sm';
};

export function Button({
  variant = 'primary',
  size = 'md',
  className,
  type,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      className={cx(
        'inline-flex items-center justify-center gap-1 rounded-8 text-oln-16B-100 disabled:cursor-not-allowed disabled:border-solid-gray-300 disabled:bg-solid-gray-50 disabled:text-solid-gray-420 disabled:no-underline',
        size === 'md' ? 'min-h-12 px-4 py-3' : 'min-h-9 px-3 py-2 text-oln-14B-100',
        VARIANTS[variant],
        className,
      )}
      {...rest}
    />
  );
}
