import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import type { Problem } from './types';

/** Returns a fresh access token (refreshing it first when needed), or null when signed out. */
export type TokenProvider = () => Promise<string | null>;

let tokenProvider: TokenProvider = async () => null;

/** Called once by the auth module; every request then carries a fresh bearer token. */
export function setTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider;
}

const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept', 'application/json, application/problem+json');
    return request;
  },
};

const baseUrl = import.meta.env.VITE_API_BASE_URL ?? window.location.origin;

/** The only way the SPA talks to the API: typed paths from the generated schema. */
export const api = createClient<paths>({ baseUrl });
api.use(bearerToken);

/** An HTTP error from the API, carrying the problem+json body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function asProblem(body: unknown): Problem | null {
  return body !== null && typeof body === 'object' ? (body as Problem) : null;
}

/** Unwraps an openapi-fetch result: returns the data or throws an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, asProblem(result.error));
  }
  return result.data;
}

/** A record with the ETag of the version read: every write sends it back in If-Match. */
export type Versioned<T> = { data: T; etag: string };

/** Unwraps a GET/PUT result together with its ETag header. */
export function unwrapVersioned<T>(result: {
  data?: T;
  error?: unknown;
  response: Response;
}): Versioned<T> {
  const data = unwrap(result);
  return { data, etag: result.response.headers.get('ETag') ?? '' };
}

/** Unwraps a file download (parseAs: 'blob') with the server's file name. */
export function unwrapFile(
  result: { data?: unknown; error?: unknown; response: Response },
  fallbackName: string,
): { blob: Blob; disposition: string | null; fallbackName: string } {
  const data = unwrap(result);
  if (!(data instanceof Blob)) throw new ApiError(result.response.status, null);
  return {
    blob: data,
    disposition: result.response.headers.get('Content-Disposition'),
    fallbackName,
  };
}

/** A 201 answer: the spec declares no body, but the API returns the created record. */
export type Created<T> = { data?: T; error?: unknown; response: Response };
