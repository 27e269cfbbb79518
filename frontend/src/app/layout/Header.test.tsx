import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/i18n';
import { renderWithRouter } from '@/test/renderWithRouter';
import { AuthProvider } from '../auth/AuthContext';
import type * as MeModule from '@/features/me';
import { Header } from './Header';

vi.mock('@/features/me', async (importOriginal) => ({
  ...(await importOriginal<typeof MeModule>()),
  useMe: () => ({
    data: {
      username: 'sendai',
      displayName: '仙台市 担当者',
      roles: ['offline_access', 'local-government'],
      serviceAccount: false,
      organisation: {
        id: 7,
        code: '041009',
        nameJa: '仙台市',
        nameEn: 'Sendai City',
        kind: 'MUNICIPALITY',
      },
    },
  }),
}));

describe('Header', () => {
  afterEach(async () => {
    await changeLanguage('ja');
  });

  it('shows the user, organisation and role, switches language and signs out', async () => {
    const logout = vi.fn(async () => {});
    renderWithRouter(() => (
      <AuthProvider value={{ logout, roles: [] }}>
        <Header />
      </AuthProvider>
    ));

    expect(await screen.findByTestId('user-name')).toHaveTextContent('仙台市 担当者');
    expect(screen.getByTestId('user-organisation')).toHaveTextContent('仙台市');
    expect(screen.getByTestId('user-role')).toHaveTextContent('地方公共団体');

    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByTestId('user-role')).toHaveTextContent('Local government');
    expect(screen.getByTestId('user-organisation')).toHaveTextContent('Sendai City');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('jisso.language')).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(logout).toHaveBeenCalled();
  });
});
