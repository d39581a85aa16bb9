import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The commands that take files: asking for help is not an error, and a mistyped option is named rather
// than read as a file to extract ("--jsn" used to come back as an ENOENT line on stdout, exit 0).
const CLIS = ['extract', 'deals', 'article', 'feed'] as const;
const run = (cli: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `shared/local/cli/${cli}.ts`, ...args], { encoding: 'utf8', timeout: 25_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe.each(CLIS)('%s CLI options', (cli) => {
  it('prints its usage on stdout for --help and -h, exit code 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = run(cli, flag);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: npm run --silent ${cli} -- `));
      expect(r.stderr).toBe('');
    }
  });

  it('refuses an unknown option by name with exit code 2 and nothing on stdout', () => {
    const r = run(cli, '--jsn', 'some-file.txt');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Unknown option '--jsn'");
    expect(r.stderr).toContain(`usage: npm run --silent ${cli} -- `);
  });

  it('asks for files when given none, exit code 2', () => {
    const r = run(cli);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^usage: /);
  });
});
