// Fails when src/api/schema.d.ts differs from what `npm run gen:api` would produce
// from ../openapi.yaml. Used by CI and tests to keep the generated client honest.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, process.env.JISSO_OPENAPI ?? '../openapi.yaml');
const committed = join(root, 'src/api/schema.d.ts');

if (!existsSync(spec)) {
  console.error(`check:api: ${spec} not found`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'jisso-api-'));
const generated = join(dir, 'schema.d.ts');
try {
  const bin = (name) => join(root, 'node_modules/.bin', name);
  execFileSync(bin('openapi-typescript'), [spec, '-o', generated], { stdio: 'pipe' });
  execFileSync(
    bin('prettier'),
    ['--config', join(root, '.prettierrc.json'), '--write', generated],
    {
      stdio: 'pipe',
    },
  );
  const expected = readFileSync(generated, 'utf8');
  const actual = readFileSync(committed, 'utf8');
  if (expected !== actual) {
    console.error('check:api: src/api/schema.d.ts is out of date; run `npm run gen:api`.');
    process.exit(1);
  }
  console.log('check:api: src/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
