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
