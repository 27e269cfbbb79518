// A subset of the authorization matrix with real Keycloak tokens: registry writes, ETag/If-Match,
// the ministry service account, and the follow-up sheets. The full matrix runs in the backend tests.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { API_URL, api, passwordToken, serviceToken } from './helpers.mjs';

const tokens = {};
before(async () => {
  for (const u of ['cao', 'officer', 'iwamizawa', 'sendai', 'company']) tokens[u] = await passwordToken(u);
  tokens.service = await serviceToken();
});

async function send(method, path, token, { body, ifMatch } = {}) {
  const headers = { accept: 'application/json', authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch) headers['if-match'] = ifMatch;
  const res = await fetch(`${API_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = text; }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: json, etag: res.headers.get('etag') };
}

async function projectId(fy, number) {
  const r = await api(`/api/projects?fy=${fy}&size=100`, tokens.cao);
  return r.body.items.find((p) => p.number === number).id;
}

describe('registry writes with real tokens', () => {
  test('the ministry service account reads but cannot write the registry', async () => {
    const r = await send('POST', '/api/organisations', tokens.service, {
      body: { code: 'co-e2e-service', kind: 'COMPANY', nameJa: 'スクリプト社', nameEn: 'Script Co.' },
    });
    assert.equal(r.status, 403);
    assert.match(r.contentType, /application\/problem\+json/);
    assert.equal(r.body.code, 'FORBIDDEN');
  });

  test('a city edits its own project summary with If-Match; a stale ETag is 412; none is 428', async () => {
    const id = await projectId(2018, 2);
    const current = await send('GET', `/api/projects/${id}`, tokens.sendai);
    assert.equal(current.status, 200);
    assert.ok(current.etag, 'GET answers an ETag');
    const summary = `E2E ${Date.now()}`;
    const first = await send('PUT', `/api/projects/${id}/summary`, tokens.sendai, { body: { summary }, ifMatch: current.etag });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.summary, summary);
    const second = await send('PUT', `/api/projects/${id}/summary`, tokens.cao, { body: { summary: 'lost?' }, ifMatch: current.etag });
    assert.equal(second.status, 412);
    assert.equal(second.body.code, 'PRECONDITION_FAILED');
    assert.equal(typeof second.body.currentVersion, 'number');
    const none = await send('PUT', `/api/projects/${id}/summary`, tokens.cao, { body: { summary: 'x' } });
    assert.equal(none.status, 428);
    const after = await send('GET', `/api/projects/${id}`, tokens.cao);
    assert.equal(after.body.summary, summary, 'the first change is kept');
  });

  test("another city's project cannot be edited and is not revealed", async () => {
    const id = await projectId(2018, 1);
    const r = await send('PUT', `/api/projects/${id}/summary`, tokens.sendai, { body: { summary: 'x' }, ifMatch: '"0"' });
    assert.equal(r.status, 404);
  });

  test('bad input lists every bad field and saves nothing', async () => {
    const r = await send('POST', '/api/organisations', tokens.cao, {
      body: { code: '012107', kind: 'MUNICIPALITY', nameJa: '', nameEn: 'x' },
    });
    assert.equal(r.status, 400);
    assert.equal(r.body.code, 'VALIDATION_FAILED');
    const fields = r.body.errors.map((e) => e.field);
    for (const f of ['code', 'nameJa', 'parentId']) assert.ok(fields.includes(f), `${f} in ${fields}`);
  });

  test('the company sees no contact e-mails', async () => {
    const r = await api('/api/people?size=100', tokens.company);
    assert.equal(r.status, 200);
    assert.ok(r.body.items.length > 0);
    assert.ok(r.body.items.every((p) => p.email == null));
  });
});

describe('follow-up sheets with real tokens', () => {
  test('opinion sheets are invisible to local governments and companies', async () => {
    const id = await projectId(2018, 1);
    const cao = await api(`/api/reports/sheets?projectId=${id}&type=OPINION&size=100`, tokens.cao);
    assert.equal(cao.status, 200);
    assert.ok(cao.body.totalItems > 0, 'demo data has opinion sheets');
    for (const who of ['iwamizawa', 'company']) {
      const list = await api(`/api/reports/sheets?projectId=${id}&type=OPINION&size=100`, tokens[who]);
      assert.equal(list.body.totalItems, 0, `${who} lists no opinion sheet`);
      const one = await api(`/api/reports/sheets/${cao.body.items[0].id}`, tokens[who]);
      assert.equal(one.status, 404, `${who} reading an opinion sheet`);
    }
    const officer = await api(`/api/reports/sheets/${cao.body.items[0].id}`, tokens.officer);
    assert.equal(officer.status, 200);
  });

  test('only the Cabinet Office sees the overdue view', async () => {
    assert.equal((await api('/api/reports/overdue', tokens.cao)).status, 200);
    assert.equal((await api('/api/reports/overdue', tokens.iwamizawa)).status, 403);
    assert.equal((await api('/api/reports/overdue', tokens.service)).status, 403);
  });
});
