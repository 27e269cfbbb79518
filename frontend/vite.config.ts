/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.JISSO_API_PROXY ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/q': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: 'localhost',
    port: 5173,
    strictPort: true,
    proxy,
    // Test output must not trigger reloads while browser tests run against the dev server.
    watch: { ignored: ['**/test-results/**', '**/playwright-report/**', '**/e2e/**'] },
  },
  // Pre-bundle what the lazy route pages import, so that the dev server does not
  // re-optimise (and reload) on the first visit of a page.
  optimizeDeps: {
    include: ['react-hook-form', 'zod', 'openapi-fetch', 'keycloak-js', 'react-i18next', 'i18next'],
  },
  preview: { host: 'localhost', port: 5173, strictPort: true, proxy },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'keycloak', test: /node_modules[\\/]keycloak-js[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
