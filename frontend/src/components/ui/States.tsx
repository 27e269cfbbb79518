import type { ReactNode } from 'react';
import { Button } from './Button';

export function LoadingState({ label }: { label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex items-center gap-3 py-8"
      data-testid="loading"
    >
      <span
        aria-hidden="true"
        className="size-6 animate-spin rounded-full border-4 border-blue-200 border-t-blue-900"
      />
      <span>{label}</span>
    </div>
  );
}

export type ErrorStateProps = {
  title: string;
  message: string;
  retryLabel?: string;
  onRetry?: () => void;
};

export function ErrorState({ title, message, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="my-4 rounded-8 border-2 border-error-1 bg-red-50 p-4"
      data-testid="error-state"
    >
      <p className="text-std-17B-170 text-error-2">{title}</p>
      <p className="mt-1">{message}</p>
      {onRetry && retryLabel && (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={onRetry}
          data-testid="retry"
        >
          {retryLabel}
        </Button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div
      role="status"
      className="my-4 rounded-8 border border-dashed border-solid-gray-420 bg-solid-gray-50 p-6 text-center"
      data-testid="empty-state"
    >
      <p className="text-std-17B-170">{title}</p>
      {children && <div className="mt-1 text-solid-gray-700">{children}</div>}
    </div>
  );
}
