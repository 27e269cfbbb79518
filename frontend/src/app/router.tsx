import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { parseOrganisationSearch } from '@/features/organisations/searchParams';
import { parsePersonSearch } from '@/features/people/searchParams';
import { parseProjectSearch } from '@/features/projects/searchParams';
import { parseOverdueSearch, parseSheetSearch } from '@/features/reports/searchParams';
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

const organisationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations',
  validateSearch: (search: Record<string, unknown>) => parseOrganisationSearch(search),
  component: lazyRouteComponent(
    () => import('@/features/organisations/routes/OrganisationListPage'),
    'OrganisationListPage',
  ),
});

const organisationNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations/new',
  component: lazyRouteComponent(
    () => import('@/features/organisations/routes/OrganisationNewPage'),
    'OrganisationNewPage',
  ),
});

const organisationDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations/$organisationId',
  component: lazyRouteComponent(
    () => import('@/features/organisations/routes/OrganisationDetailPage'),
    'OrganisationDetailPage',
  ),
});

const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people',
  validateSearch: (search: Record<string, unknown>) => parsePersonSearch(search),
  component: lazyRouteComponent(
    () => import('@/features/people/routes/PersonListPage'),
    'PersonListPage',
  ),
});

const personNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/new',
  component: lazyRouteComponent(
    () => import('@/features/people/routes/PersonNewPage'),
    'PersonNewPage',
  ),
});

const personDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$personId',
  component: lazyRouteComponent(
    () => import('@/features/people/routes/PersonDetailPage'),
    'PersonDetailPage',
  ),
});

/** /reports on its own opens the caller's tasks. */
const reportsIndexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports',
  beforeLoad: () => {
    throw redirect({ to: '/reports/tasks' });
  },
});

const reportTasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/tasks',
  component: lazyRouteComponent(() => import('@/features/reports/routes/TasksPage'), 'TasksPage'),
});

const reportSheetsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/sheets',
  validateSearch: (search: Record<string, unknown>) => parseSheetSearch(search),
  component: lazyRouteComponent(
    () => import('@/features/reports/routes/SheetListPage'),
    'SheetListPage',
  ),
});

const reportSheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/sheets/$sheetId',
  component: lazyRouteComponent(() => import('@/features/reports/routes/SheetPage'), 'SheetPage'),
});

const reportOverdueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/overdue',
  validateSearch: (search: Record<string, unknown>) => parseOverdueSearch(search),
  component: lazyRouteComponent(
    () => import('@/features/reports/routes/OverduePage'),
    'OverduePage',
  ),
});

const reportSchedulesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/schedules',
  component: lazyRouteComponent(
    () => import('@/features/reports/routes/SchedulesPage'),
    'SchedulesPage',
  ),
});

export const routeTree = rootRoute.addChildren([
  indexRoute,
  projectsRoute,
  projectDetailRoute,
  organisationsRoute,
  organisationNewRoute,
  organisationDetailRoute,
  peopleRoute,
  personNewRoute,
  personDetailRoute,
  reportsIndexRoute,
  reportTasksRoute,
  reportSheetsRoute,
  reportSheetRoute,
  reportOverdueRoute,
  reportSchedulesRoute,
]);

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
