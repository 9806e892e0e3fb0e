import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { root } from '../hostile/cli-harness.js';

/** Debian's Chromium (installed by .ci/run); another with $CHROMIUM. Never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  process.stderr.write(
    `\n*** SKIPPING the browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM) ***\n\n`,
  );

/** Where screenshots go: one per page, to look at after a run (not committed). */
export const SHOTS = join(root, 'artifacts/screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A `crosscheck serve` child process and where it listens. */
export interface Served {
  url: string;
  dir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts `crosscheck serve ARGS --port 0` on a fresh ledger in a temporary folder (run in `cwd`,
 * default that folder) and waits for the line that gives its address. Rejects with what it printed when it exits instead.
 */
export function serve(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-browser-'));
  const child = spawn(
    process.execPath,
    [join(root, 'bin/crosscheck.js'), 'serve', '--db', join(dir, 'ledger.db'), '--port', '0', ...args],
    {
      cwd: cwd ?? dir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving .* at (http:\/\/\S+?\/)[\s;]/.exec(out);
      if (m)
        resolve({
          url: m[1]!,
          dir,
          child,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => {
                rmSync(dir, { recursive: true, force: true });
                done();
              });
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`crosscheck serve exited ${code}:\n${out}\n${err}`)));
  });
}

/** Problems a page reports while loaded: console errors, uncaught exceptions, dialogs opened. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline scripts) does not apply.
  await page.evaluate(AXE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({ resultTypes: ['violations'] }),
  )) as { violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

/** Saves a screenshot of the page's first screen to artifacts/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The first mark of the page's chart that no other mark covers (dense charts overlap), to click. */
export async function clickableMark(page: Page) {
  for (const mark of await page.locator('svg.chart a').all()) {
    const free = await mark
      .click({ trial: true, timeout: 500 })
      .then(() => true)
      .catch(() => false);
    if (free) return mark;
  }
  throw new Error('every mark of the chart is covered by another');
}
