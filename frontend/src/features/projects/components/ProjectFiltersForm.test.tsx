import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { hokkaido, miyagi } from '@/test/fixtures';
import { ProjectFiltersForm } from './ProjectFiltersForm';

describe('ProjectFiltersForm', () => {
  it('labels every control and submits the parsed filters', async () => {
    const onSubmit = vi.fn();
    render(
      <ProjectFiltersForm
        value={{}}
        prefectures={[hokkaido, miyagi]}
        onSubmit={onSubmit}
        onReset={() => {}}
      />,
    );
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('選定年度'), '2019');
    await user.selectOptions(screen.getByLabelText('技術'), 'DRONE');
    await user.selectOptions(screen.getByLabelText('都道府県'), '宮城県');
    await user.selectOptions(screen.getByLabelText('状況'), 'SUPPORTING');
    await user.type(screen.getByLabelText('キーワード'), '  仙台 ');
    expect(screen.getByRole('option', { name: '令和元年度 (FY2019)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '検索' }));

    expect(onSubmit).toHaveBeenCalledWith({
      fy: 2019,
      technology: 'DRONE',
      prefecture: '04',
      status: 'SUPPORTING',
      q: '仙台',
    });
  });

  it('starts from the current URL state and sends empty filters as undefined', async () => {
    const onSubmit = vi.fn();
    render(
      <ProjectFiltersForm
        value={{ fy: 2018, prefecture: '01' }}
        prefectures={[hokkaido, miyagi]}
        onSubmit={onSubmit}
        onReset={() => {}}
      />,
    );
    expect(screen.getByLabelText('選定年度')).toHaveValue('2018');
    expect(screen.getByLabelText('都道府県')).toHaveValue('01');

    await userEvent.selectOptions(screen.getByLabelText('選定年度'), '');
    await userEvent.click(screen.getByRole('button', { name: '検索' }));
    expect(onSubmit).toHaveBeenCalledWith({
      fy: undefined,
      technology: undefined,
      prefecture: '01',
      status: undefined,
      q: undefined,
    });
  });

  it('calls onReset from the clear button', async () => {
    const onReset = vi.fn();
    render(
      <ProjectFiltersForm
        value={{ q: 'x' }}
        prefectures={[]}
        onSubmit={() => {}}
        onReset={onReset}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: '条件をクリア' }));
    expect(onReset).toHaveBeenCalled();
  });
});
