import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '@/i18n';

afterEach(() => {
  cleanup();
});

// jsdom has no layout: the router's scroll restoration calls scrollTo.
window.scrollTo = () => {};
