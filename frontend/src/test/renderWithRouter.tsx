import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/** Renders a component inside a minimal router so that <Link> works in component tests. */
export function renderWithRouter(ui: () => ReactElement) {
  const rootRoute = createRootRoute();
  const page = createRoute({ getParentRoute: () => rootRoute, path: '/', component: ui });
  const detail = createRoute({ getParentRoute: () => rootRoute, path: '/projects/$projectId' });
  const list = createRoute({ getParentRoute: () => rootRoute, path: '/projects' });
  const router = createRouter({
    routeTree: rootRoute.addChildren([page, detail, list]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  return render(<RouterProvider router={router as never} />);
}
