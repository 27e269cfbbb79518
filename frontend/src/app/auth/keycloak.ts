import Keycloak from 'keycloak-js';
import { setTokenProvider } from '@/api/client';

export const keycloakConfig = {
  url: import.meta.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180',
  realm: import.meta.env.VITE_KEYCLOAK_REALM ?? 'jisso',
  clientId: import.meta.env.VITE_KEYCLOAK_CLIENT_ID ?? 'jisso-spa',
};

export const keycloak = new Keycloak(keycloakConfig);

/** Seconds of validity a token must still have before it is used for a request. */
const MIN_VALIDITY_SECONDS = 30;

/**
 * Signs the user in (redirecting to Keycloak when needed, PKCE S256) and wires the API
 * client so that every request refreshes the token first.
 */
export async function initAuth(): Promise<void> {
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });

  setTokenProvider(async () => {
    try {
      await keycloak.updateToken(MIN_VALIDITY_SECONDS);
      return keycloak.token ?? null;
    } catch {
      // The refresh token expired too: start a new login, keeping the current page.
      await keycloak.login({ redirectUri: window.location.href });
      return null;
    }
  });
}

export function logout(): Promise<void> {
  return keycloak.logout({ redirectUri: window.location.origin + '/' });
}

/** Realm roles from the token: used to hide controls only, never as a security boundary. */
export function tokenRoles(): string[] {
  return keycloak.tokenParsed?.realm_access?.roles ?? [];
}
