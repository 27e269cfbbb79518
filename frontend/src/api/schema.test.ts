import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const spec = resolve(root, '../openapi.yaml');
const specReady = existsSync(spec) && statSync(spec).size > 0;

describe('generated API schema', () => {
  it.skipIf(!specReady)(
    'matches ../openapi.yaml (run `npm run gen:api` after an API change)',
    () => {
      expect(() =>
        execFileSync(process.execPath, [resolve(root, 'scripts/check-api.mjs')], { stdio: 'pipe' }),
      ).not.toThrow();
    },
    60_000,
  );
});
