import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

/** The guide and its reference pages: every link into the repository from these must resolve. */
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Markdown without fenced code blocks and code spans, whose brackets are not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2, … */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const seen = counts.get(base) ?? 0;
    counts.set(base, seen + 1);
    anchors.add(seen === 0 ? base : `${base}-${seen}`);
  }
  for (const [, id] of markdown.matchAll(/<a (?:id|name)="([^"]+)"/g)) {
    anchors.add(id);
  }
  return anchors;
}

/** Each link of `page` (a path from the root) into the repository that does not resolve, with why. */
function brokenLinks(page: string, markdown: string, readPage: (path: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const [, target] of withoutCode(markdown).matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      continue; // https:, mailto:: outside the repository
    }
    const [path, anchor] = target.split('#', 2);
    const file = path === '' ? page : relative(ROOT, join(ROOT, dirname(page), decodeURIComponent(path)));
    if (file.startsWith('..')) {
      problems.push(`${page}: ${target} leaves the repository`);
      continue;
    }
    if (path !== '' && !existsSync(join(ROOT, file))) {
      problems.push(`${page}: ${target}: no file ${file}`);
      continue;
    }
    if (anchor !== undefined) {
      const text = file === page ? markdown : file.endsWith('.md') ? readPage(file) : undefined;
      if (text === undefined || !anchorsOf(text).has(anchor)) {
        problems.push(`${page}: ${target}: no heading #${anchor} in ${file}`);
      }
    }
  }
  return problems;
}

const readPage = (path: string) => {
  const file = join(ROOT, path);
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
};

describe('links in the README and docs/', () => {
  test.each(PAGES)('every link of %s into the repository resolves, #anchors included', (page) => {
    expect(brokenLinks(page, readFileSync(join(ROOT, page), 'utf8'), readPage)).toEqual([]);
  });

  test('code that cites a section of the README or of a docs/ page by its heading in quotes names one that exists', () => {
    const cited: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          visit(path);
        } else if (/\.(ts|cjs|js|mjs|sh|yaml)$/.test(entry.name)) {
          for (const [, page, heading] of readFileSync(join(ROOT, path), 'utf8').matchAll(
            /(README|docs\/[a-z-]+\.md) "([^"]+)"/g,
          )) {
            const file = page === 'README' ? 'README.md' : page;
            const text = readPage(file);
            if (text === undefined || !new RegExp(`^#{1,6} ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm').test(text)) {
              cited.push(`${path}: ${page} "${heading}"`);
            }
          }
        }
      }
    };
    for (const dir of ['src', 'test', 'scripts', 'bench', 'bin', 'examples']) {
      visit(dir);
    }
    expect(cited).toEqual([]);
  });

  test('the README links every page under docs/', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const page of PAGES.filter((p) => p !== 'README.md')) {
      expect(readme).toContain(`](${page})`);
    }
  });

  test('the check bites: a missing file, a missing heading, a link out of the repository', () => {
    const page = 'docs/example.md';
    const text = '# Title\n\n[a](missing.md) [b](../README.md#no-such-heading) [c](../../x.md) [d](#title) `[e](no.md)`\n';
    expect(brokenLinks(page, text, readPage)).toEqual([
      'docs/example.md: missing.md: no file docs/missing.md',
      'docs/example.md: ../README.md#no-such-heading: no heading #no-such-heading in README.md',
      'docs/example.md: ../../x.md leaves the repository',
    ]);
  });

  test("anchors follow GitHub's rules for headings", () => {
    const anchors = anchorsOf("## Reading an existing ncp.ini: `ncpIniFile`\n## The vendor's pitfalls, and more\n## A\n## A\n");
    expect([...anchors]).toEqual(['reading-an-existing-ncpini-ncpinifile', 'the-vendors-pitfalls-and-more', 'a', 'a-1']);
  });
});
