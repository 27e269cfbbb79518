// Who sees which projects, with real Keycloak tokens against the running backend.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { api, passwordToken, serviceToken, claims } from './helpers.mjs';

const tokens = {};
before(async () => {
  for (const u of ['cao', 'iwamizawa', 'hokkaido', 'sendai']) tokens[u] = await passwordToken(u);
  tokens.service = await serviceToken();
});

const list = (t) => api('/api/projects?size=100', t);
const key = (p) => `${p.selectionFy}-${p.number}`;

describe('GET /api/projects', () => {
  test('cao sees all 38 supported projects', async () => {
    const r = await list(tokens.cao);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.totalItems, 38);
    assert.equal(r.body.items.length, 38);
    assert.equal(r.body.page, 1);
    assert.equal(r.body.size, 100);
    assert.equal(r.body.totalPages, 1);
  });

  test('iwamizawa sees only its project (FY2018 no. 1)', async () => {
    const r = await list(tokens.iwamizawa);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.totalItems, 1);
    assert.deepEqual(r.body.items.map(key), ['2018-1']);
  });

  test('hokkaido sees only the project it applied for (FY2018 no. 1)', async () => {
    const r = await list(tokens.hokkaido);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.totalItems, 1);
    assert.deepEqual(r.body.items.map(key), ['2018-1']);
  });

  test('sendai sees only its project (FY2018 no. 2)', async () => {
    const r = await list(tokens.sendai);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.totalItems, 1);
    assert.deepEqual(r.body.items.map(key), ['2018-2']);
  });

  test('the ministry service account gets 200', async () => {
    const r = await list(tokens.service);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.ok(Array.isArray(r.body.items));
  });
});

describe('GET /api/projects/{id}', () => {
  test('sendai cannot read project FY2018 no. 1: 404, not 403', async () => {
    const all = await list(tokens.cao);
    const p = all.body.items.find((i) => key(i) === '2018-1');
    assert.ok(p, 'cao sees project 2018-1');
    const own = await api(`/api/projects/${p.id}`, tokens.iwamizawa);
    assert.equal(own.status, 200, 'iwamizawa reads its own project');
    assert.equal(own.body.id, p.id);
    const r = await api(`/api/projects/${p.id}`, tokens.sendai);
    assert.equal(r.status, 404);
    assert.match(r.contentType, /^application\/problem\+json/);
    assert.equal(r.body.status, 404);
    assert.equal(r.body.code, 'NOT_FOUND');
  });
});

describe('GET /api/me', () => {
  test('shows the organisation code from the token (iwamizawa → 012106)', async () => {
    const r = await api('/api/me', tokens.iwamizawa);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.username, 'iwamizawa');
    assert.equal(r.body.serviceAccount, false);
    assert.ok(r.body.roles.includes('local-government'));
    assert.equal(r.body.organisation?.code, claims(tokens.iwamizawa).jisso_org);
    assert.equal(r.body.organisation?.code, '012106');
  });

  test('cao → organisation cao', async () => {
    const r = await api('/api/me', tokens.cao);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.organisation?.code, 'cao');
    assert.ok(r.body.roles.includes('cao'));
  });

  test('service account → serviceAccount true, organisation mlit', async () => {
    const r = await api('/api/me', tokens.service);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.serviceAccount, true);
    assert.equal(r.body.organisation?.code, 'mlit');
    assert.ok(r.body.roles.includes('ministry-member'));
  });
});
