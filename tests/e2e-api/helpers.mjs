// Helpers for the API end-to-end tests: real Keycloak tokens, plain fetch. Node 20 built-ins only.
export const API_URL = process.env.JISSO_API_URL ?? 'http://localhost:8080';
export const KEYCLOAK_URL = process.env.JISSO_KEYCLOAK_URL ?? 'http://localhost:8180';
export const REALM = 'jisso';
const TOKEN_URL = `${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`;

export const DEMO_PASSWORD = 'jisso';
export const SERVICE_CLIENT = { id: 'ministry-script-mlit', secret: 'jisso-dev-secret' };

async function tokenRequest(params) {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok || !body.access_token) {
    throw new Error(`token request for ${params.client_id}/${params.username ?? '-'} failed: ${res.status} ${JSON.stringify(body)}`);
  }
  return body.access_token;
}

/** Access token of a demo user through a public client with direct access grants. */
export function passwordToken(username, clientId = 'jisso-cli') {
  return tokenRequest({ grant_type: 'password', client_id: clientId, username, password: DEMO_PASSWORD, scope: 'openid' });
}

/** Access token of the ministry script's service account (client credentials). */
export function serviceToken() {
  return tokenRequest({ grant_type: 'client_credentials', client_id: SERVICE_CLIENT.id, client_secret: SERVICE_CLIENT.secret });
}

/** The payload of a JWT, decoded without checking anything. */
export function claims(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

/** The same token with one character of its signature changed. */
export function tamperSignature(jwt) {
  const [h, p, s] = jwt.split('.');
  const i = Math.floor(s.length / 2);
  const flipped = s[i] === 'A' ? 'B' : 'A';
  return `${h}.${p}.${s.slice(0, i)}${flipped}${s.slice(i + 1)}`;
}

/** GET an API path; returns { status, contentType, body, headers }. */
export async function api(path, token) {
  const headers = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${API_URL}${path}`, { headers });
  const text = await res.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = text; }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body, headers: res.headers };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
