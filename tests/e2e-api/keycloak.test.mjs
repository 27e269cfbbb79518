// The realm as code, as Keycloak serves it: claims of every demo user (docs/contracts.md).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { passwordToken, serviceToken, claims, KEYCLOAK_URL } from './helpers.mjs';

const DEMO = [
  ['cao', 'cao', 'cao', 1],
  ['officer', 'support-officer', 'mlit', 2],
  ['contact.mlit', 'ministry-contact', 'mlit', 3],
  ['ministry.maff', 'ministry-member', 'maff', 4],
  ['hokkaido', 'local-government', '010006', 5],
  ['iwamizawa', 'local-government', '012106', 6],
  ['sendai', 'local-government', '041009', 7],
  ['company', 'company', 'co-demo-mobility', 8],
];
const id = (n) => `11111111-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ISSUER = `${KEYCLOAK_URL}/realms/jisso`;

describe('Keycloak realm jisso', () => {
  for (const [username, role, org, n] of DEMO) {
    test(`${username}: sub, aud, jisso_org, role`, async () => {
      const c = claims(await passwordToken(username));
      assert.equal(c.iss, ISSUER);
      assert.equal(c.sub, id(n));
      assert.equal(c.preferred_username, username);
      assert.ok([].concat(c.aud).includes('jisso-api'), `aud=${c.aud}`);
      assert.equal(c.jisso_org, org);
      assert.ok(c.realm_access.roles.includes(role), `roles=${c.realm_access.roles}`);
      assert.equal(c.exp - c.iat, 300);
    });
  }

  test('service account: jisso_org mlit, ministry-member, client_id', async () => {
    const c = claims(await serviceToken());
    assert.equal(c.sub, id(9));
    assert.equal(c.preferred_username, 'service-account-ministry-script-mlit');
    assert.equal(c.jisso_org, 'mlit');
    assert.equal(c.client_id, 'ministry-script-mlit');
    assert.ok([].concat(c.aud).includes('jisso-api'));
    assert.ok(c.realm_access.roles.includes('ministry-member'));
  });
});
