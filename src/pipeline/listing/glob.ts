/**
 * The glob patterns of story.json's `include`: `*` (any characters but "/"), `?` (one of them), `**` (any
 * number of folders), `{a,b}` (either). Paths are relative to the story folder with forward slashes;
 * files and folders whose name starts with a dot are never matched (as a shell's glob would not).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The pattern as a regular expression over a relative path ("articles/2009-04-24/003.txt"). */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:[^/]+/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') { braces++; re += '(?:'; }
    else if (c === '}' && braces > 0) { braces--; re += ')'; }
    else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}${')'.repeat(braces)}$`);
}

/** What is wrong with a pattern, or null: it must stay inside the story folder. */
export function globProblem(pattern: string): string | null {
  if (!pattern.trim()) return 'is empty';
  if (pattern.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(pattern)) return 'is an absolute path; patterns are relative to the story folder';
  if (pattern.split('/').includes('..')) return 'leaves the story folder ("..")';
  if (pattern.includes('\\')) return 'uses "\\"; write folders with "/"';
  return null;
}

/** Every file under `dir` (relative paths, "/"-separated, sorted), skipping dot entries; at most `limit`. */
export function walkFiles(dir: string, limit = 200_000): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(rel ? join(dir, rel) : dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || out.length >= limit) continue;
      const path = rel ? `${rel}/${name}` : name;
      let st;
      try {
        st = statSync(join(dir, path));
      } catch {
        continue;
      }
      if (st.isDirectory()) visit(path);
      else if (st.isFile()) out.push(path);
    }
  };
  visit('');
  return out.sort();
}
