// The CDK app describes resources and configuration; it must not pull pipeline code (and its
// dependencies) into synth. What it may read from shared/: config, schemas, the analytics schema (views
// and export layout, from which the Glue table and views are generated), the table design and the
// key layout (the bucket grants name the prefixes the code writes).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ALLOWED = [/^shared\/analytics\//, /^shared\/config\//, /^shared\/schemas\//, /^shared\/store\/table-design\.ts$/, /^shared\/store\/keys\.ts$/];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

describe('infra/ imports', () => {
  it('reads only config, schemas, the table design and the key layout from shared/, never a pipeline module', () => {
    const imports = tsFiles(join(ROOT, 'infra')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => ({
        file: relative(ROOT, file), target: relative(ROOT, resolve(file, '..', m[1]!.replace(/\.js$/, '.ts'))),
      })));
    const shared = imports.filter((i) => i.target.startsWith('shared/'));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.filter((i) => !ALLOWED.some((re) => re.test(i.target)))).toEqual([]);
  });
});
