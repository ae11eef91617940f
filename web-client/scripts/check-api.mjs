// Fails when src/lib/api/schema.d.ts no longer matches ../openapi.yaml, so a contract change
// cannot reach the client without regenerated (and re-type-checked) types.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/lib/api/schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'ketnghia-api-'));
const fresh = join(dir, 'schema.d.ts');

try {
  execFileSync(join(root, 'node_modules/.bin/openapi-typescript'), ['../openapi.yaml', '-o', fresh], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      'check:api FAILED: src/lib/api/schema.d.ts is out of date with ../openapi.yaml.\n' +
        'Run `npm run gen:api`, fix any type errors it reveals, and commit the regenerated file.',
    );
    process.exit(1);
  }
  console.log('check:api: src/lib/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
