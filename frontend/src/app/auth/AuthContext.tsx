import { createContext, useContext, type ReactNode } from 'react';

export type Auth = {
  logout: () => Promise<void>;
  roles: string[];
};

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ value, children }: { value: Auth; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
