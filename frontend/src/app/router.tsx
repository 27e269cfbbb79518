import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { parseProjectSearch } from '@/features/projects/searchParams';
import { parseSearchString, stringifySearchObject } from '@/lib/searchString';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/projects' });
  },
});

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: (search: Record<string, unknown>) => parseProjectSearch(search),
  component: lazyRouteComponent(
    () => import('@/features/projects/routes/ProjectListPage'),
    'ProjectListPage',
  ),
});

const projectDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  component: lazyRouteComponent(
    () => import('@/features/projects/routes/ProjectDetailPage'),
    'ProjectDetailPage',
  ),
});

export const routeTree = rootRoute.addChildren([indexRoute, projectsRoute, projectDetailRoute]);

export function createAppRouter() {
  return createRouter({
    routeTree,
    parseSearch: parseSearchString,
    stringifySearch: stringifySearchObject,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
