import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConflictPanel } from './ConflictPanel';

type V = { summary: string; title: string };
const fields = [
  { name: 'title', label: '事業名' },
  { name: 'summary', label: '事業概要' },
] as const;

describe('ConflictPanel', () => {
  it('shows the message with reload and compare after a 412', async () => {
    const onReload = vi.fn();
    const onCompare = vi.fn();
    render(
      <ConflictPanel<V, 'title' | 'summary'>
        state={{ status: 'stale', mine: { summary: 'mine', title: 'A' } }}
        fields={fields}
        onReload={onReload}
        onCompare={onCompare}
        onReapply={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('他の利用者がこのレコードを変更しました');
    await userEvent.click(screen.getByRole('button', { name: '再読み込み' }));
    await userEvent.click(screen.getByRole('button', { name: '比較' }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(onCompare).toHaveBeenCalledOnce();
  });

  it('compares side by side and offers to re-apply', async () => {
    const onReapply = vi.fn();
    render(
      <ConflictPanel<V, 'title' | 'summary'>
        state={{
          status: 'comparing',
          mine: { summary: 'mine', title: 'A' },
          server: { summary: 'theirs', title: 'A' },
          serverEtag: '"3"',
        }}
        fields={fields}
        onReload={() => {}}
        onCompare={() => {}}
        onReapply={onReapply}
      />,
    );
    const row = screen.getByTestId('conflict-row-summary');
    expect(row).toHaveAttribute('data-differs', 'true');
    expect(within(row).getByTestId('mine')).toHaveTextContent('mine');
    expect(within(row).getByTestId('server')).toHaveTextContent('theirs');
    expect(screen.getByTestId('conflict-row-title')).toHaveAttribute('data-differs', 'false');
    await userEvent.click(screen.getByRole('button', { name: '自分の入力を最新版に反映' }));
    expect(onReapply).toHaveBeenCalledOnce();
  });

  it('renders nothing without a conflict', () => {
    const { container } = render(
      <ConflictPanel<V, 'title' | 'summary'>
        state={{ status: 'none' }}
        fields={fields}
        onReload={() => {}}
        onCompare={() => {}}
        onReapply={() => {}}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
