// Where the lock file cannot be written (a read-only folder such as ../shared, which `npm run eval` reads),
// the build still succeeds, the story document is the same, and stderr says so once.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildOne } from '../buildAll.ts';
import { writeLockFile } from '../io.ts';
import { LOCK_FILE } from './lockFile.ts';

const seed = join(import.meta.dirname, '../../../data/stories/us-officials-in-mexico-city');
const root = mkdtempSync(join(tmpdir(), 'dateline-lock-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a story folder whose lock file cannot be written', () => {
  it('builds, keeps the warning out of the story, and prints one line on stderr however often it builds', () => {
    const dir = join(root, 'us-officials-in-mexico-city');
    cpSync(seed, dir, { recursive: true, filter: (src) => !src.endsWith(LOCK_FILE) });
    // A folder in the lock file's place: no write can succeed, whoever runs the test (root ignores chmod).
    mkdirSync(join(dir, LOCK_FILE));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const first = buildOne(dir);
      const second = buildOne(dir);
      expect(second.json).toBe(first.json);
      expect(first.story.warnings.some((w) => /lock/.test(w.message))).toBe(false);
      const lines = stderr.mock.calls.map((c) => String(c[0])).filter((l) => l.includes(LOCK_FILE));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/dateline\.lock\.json: not written \(EISDIR\); event ids of this folder are not kept across rebuilds/);
    } finally {
      stderr.mockRestore();
    }
  });

  it('is never written while locks are frozen (the end-to-end builds of the repository’s stories)', () => {
    const dir = mkdtempSync(join(root, 'frozen-'));
    process.env.DATELINE_LOCKS = 'frozen';
    try {
      expect(writeLockFile(dir, '{}\n', undefined)).toBeNull();
    } finally {
      delete process.env.DATELINE_LOCKS;
    }
    expect(() => rmSync(join(dir, LOCK_FILE))).toThrow();
  });
});
