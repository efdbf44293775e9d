import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/** `npm run changelog` in a scratch repository: package.json at `version`, the given commits and tags. */
function changelog(version: string, history: readonly ({ commit: string } | { tag: string })[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'llm-platform-changelog-'));
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    mkdirSync(join(dir, 'scripts'));
    copyFileSync(join(__dirname, '..', '..', 'scripts', 'changelog.js'), join(dir, 'scripts', 'changelog.js'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
    history.forEach((step, i) => {
      if ('tag' in step) {
        git('tag', step.tag);
      } else {
        writeFileSync(join(dir, 'file.txt'), String(i));
        git('add', '.');
        git('commit', '-q', '-m', step.commit);
      }
    });
    execFileSync(process.execPath, [join(dir, 'scripts', 'changelog.js')], { cwd: dir, encoding: 'utf8' });
    return readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const headings = (text: string) => text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.replace(/ \(.*\)$/, ''));
const entries = (text: string) => text.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.replace(/ \([0-9a-f]+\)$/, ''));

test('commits after the last tag belong to the package.json version, newest version first', () => {
  const text = changelog('0.2.0', [{ commit: 'First feature' }, { tag: 'v0.1.0' }, { commit: 'Second feature' }]);
  expect(headings(text)).toEqual(['## 0.2.0', '## 0.1.0']);
  expect(entries(text)).toEqual(['- Second feature', '- First feature']);
});

test('commits after the tag of the package.json version are listed as Unreleased', () => {
  const text = changelog('0.1.0', [{ commit: 'First feature' }, { tag: 'v0.1.0' }, { commit: 'A fix' }]);
  expect(headings(text)).toEqual(['## Unreleased', '## 0.1.0']);
  expect(entries(text)).toEqual(['- A fix', '- First feature']);
});

test('a tagged version with nothing after it has no pending section', () => {
  expect(headings(changelog('0.1.0', [{ commit: 'First feature' }, { tag: 'v0.1.0' }]))).toEqual(['## 0.1.0']);
});
