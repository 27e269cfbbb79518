import type { ReactNode } from 'react';
import { cx } from './cx';

const TONES = {
  blue: 'border-blue-900 bg-blue-50 text-blue-1000',
  green: 'border-green-900 bg-green-50 text-green-1000',
  gray: 'border-solid-gray-600 bg-solid-gray-50 text-solid-gray-800',
  orange: 'border-orange-900 bg-orange-50 text-orange-1100',
} as const;

export type ChipTone = keyof typeof TONES;

export function Chip({ tone = 'blue', children }: { tone?: ChipTone; children: ReactNode }) {
  return (
    <span
      className={cx(
        'inline-flex items-center rounded-full border px-2 py-0.5 text-dns-14N-130 whitespace-nowrap',
        TONES[tone],
      )}
    >
      {children}
    </span>
  );
}
