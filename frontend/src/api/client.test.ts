import { afterEach, describe, expect, it, vi } from 'vitest';

describe('api client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function clientWith(response: Response) {
    const fetchMock = vi.fn(async (_request: Request) => response);
    vi.stubGlobal('fetch', fetchMock);
    const client = await import('./client');
    return { ...client, fetchMock };
  }

  it('asks the token provider before each request and sends a bearer token', async () => {
    const { api, setTokenProvider, unwrap, fetchMock } = await clientWith(
      Response.json({ items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
    );
    const provider = vi.fn(async () => 'token-1');
    setTokenProvider(provider);

    const page = unwrap(
      await api.GET('/api/projects', { params: { query: { fy: 2019, q: '仙台' } } }),
    );

    expect(page.totalItems).toBe(0);
    expect(provider).toHaveBeenCalledOnce();
    const request = fetchMock.mock.calls[0]![0];
    expect(request.headers.get('Authorization')).toBe('Bearer token-1');
    const url = new URL(request.url);
    expect(url.pathname).toBe('/api/projects');
    expect(url.searchParams.get('fy')).toBe('2019');
    expect(url.searchParams.get('q')).toBe('仙台');
  });

  it('turns a problem+json answer into an ApiError with its code', async () => {
    const { api, unwrap, ApiError } = await clientWith(
      new Response(JSON.stringify({ status: 404, code: 'NOT_FOUND', detail: 'Project 9' }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );

    const result = await api.GET('/api/projects/{id}', { params: { path: { id: 9 } } });
    expect(() => unwrap(result)).toThrow(ApiError);
    try {
      unwrap(result);
    } catch (error) {
      expect((error as InstanceType<typeof ApiError>).status).toBe(404);
      expect((error as InstanceType<typeof ApiError>).problem?.code).toBe('NOT_FOUND');
    }
  });
});
