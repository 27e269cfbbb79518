// Tokens the backend must refuse: none, wrong audience, tampered, expired.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { api, passwordToken, claims, tamperSignature, sleep } from './helpers.mjs';

function assertUnauthenticated(r) {
  assert.equal(r.status, 401, `expected 401, got ${r.status} ${JSON.stringify(r.body)}`);
  assert.match(r.contentType, /^application\/problem\+json/);
  assert.equal(r.body.status, 401);
  assert.equal(r.body.code, 'UNAUTHENTICATED');
  assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/i);
}

describe('authentication', () => {
  test('anonymous request → 401 problem', async () => {
    assertUnauthenticated(await api('/api/projects'));
    assertUnauthenticated(await api('/api/me'));
  });

  test('token without the jisso-api audience (client jisso-e2e-other) → 401', async () => {
    const t = await passwordToken('cao', 'jisso-e2e-other');
    const aud = [].concat(claims(t).aud ?? []);
    assert.ok(!aud.includes('jisso-api'), `precondition: aud=${aud}`);
    assertUnauthenticated(await api('/api/projects', t));
  });

  test('tampered signature → 401', async () => {
    const t = await passwordToken('cao');
    assert.equal((await api('/api/me', t)).status, 200, 'precondition: the untouched token works');
    assertUnauthenticated(await api('/api/me', tamperSignature(t)));
  });

  test('expired token (client jisso-e2e-short, 2 s lifespan) → 401', async () => {
    const t = await passwordToken('cao', 'jisso-e2e-short');
    const c = claims(t);
    assert.ok(c.exp - c.iat <= 2, `precondition: lifespan ${c.exp - c.iat} s`);
    assert.ok([].concat(c.aud).includes('jisso-api'), 'precondition: audience jisso-api');
    await sleep(4000);
    assertUnauthenticated(await api('/api/me', t));
  });

  test('garbage bearer → 401', async () => {
    assertUnauthenticated(await api('/api/me', 'not-a-jwt'));
  });
});
