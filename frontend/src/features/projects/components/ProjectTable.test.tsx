import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/i18n';
import { project } from '@/test/fixtures';
import { renderWithRouter } from '@/test/renderWithRouter';
import { ProjectTable } from './ProjectTable';

describe('ProjectTable', () => {
  afterEach(async () => {
    await changeLanguage('ja');
  });

  it('shows one row per project with 和暦, applicants, technology chips and status', async () => {
    renderWithRouter(() => (
      <ProjectTable items={[project]} caption="選定事業の一覧" sort={undefined} onSort={() => {}} />
    ));

    const table = await screen.findByRole('table', { name: '選定事業の一覧' });
    const rows = within(table).getAllByTestId('project-row');
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toHaveTextContent('平成30年度 (FY2018)');
    expect(row).toHaveTextContent('北海道');
    expect(row).toHaveTextContent('岩見沢市');
    expect(within(row).getByText('自動運転')).toBeInTheDocument();
    expect(within(row).getByText('ドローン')).toBeInTheDocument();
    expect(within(row).getByText('ほか')).toBeInTheDocument();
    expect(within(row).getByText('支援中')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'スマート農業の実装' })).toHaveAttribute(
      'href',
      `/projects/${project.id}`,
    );
  });

  it('marks the sorted column with aria-sort and asks for the next order on click', async () => {
    const onSort = vi.fn();
    renderWithRouter(() => (
      <ProjectTable items={[project]} caption="c" sort="-number" onSort={onSort} />
    ));

    const numberHeader = await screen.findByRole('columnheader', { name: /番号/ });
    expect(numberHeader).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /選定年度/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );

    await userEvent.click(within(numberHeader).getByRole('button'));
    expect(onSort).toHaveBeenCalledWith('number');
  });

  it('follows the language switch', async () => {
    await changeLanguage('en');
    renderWithRouter(() => (
      <ProjectTable items={[project]} caption="c" sort={undefined} onSort={() => {}} />
    ));
    const row = await screen.findByTestId('project-row');
    expect(row).toHaveTextContent('FY2018 (Heisei 30)');
    expect(row).toHaveTextContent('Iwamizawa City');
    expect(within(row).getByText('Drones')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Selection year/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });
});
