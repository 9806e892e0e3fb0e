import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameSecret } from '../../src/server/security.js';
import { TEXTS, testServer, type TestServer } from './helpers.js';

const TOKEN = 'correct horse battery staple';

describe('a server with a token', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await testServer({ token: TOKEN, inputs: [join(TEXTS, 'harbour-siege.txt')] });
  });
  afterAll(() => s.close());
  const req = (path: string, init: RequestInit = {}) => s.app.request(`http://crosscheck.example${path}`, init);

  it('answers the API 401 without the token, or with a wrong one', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Basic ${TOKEN}` }] as Array<
      Record<string, string>
    >) {
      const res = await req('/api/figures', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="crosscheck"');
      expect(await res.json()).toEqual({
        error: { status: 401, code: 'unauthorized', message: expect.stringMatching(/token/) },
      });
    }
  });

  it('serves the API with the token', async () => {
    const res = await req('/api/figures', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
  });

  it('sends a browser to sign in, and back to its page once signed in', async () => {
    const page = await req('/figures?metric=killed');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Ffigures%3Fmetric%3Dkilled');
    const login = await req('/login?next=%2Ffigures');
    expect(login.status).toBe(200);
    const wrong = await req('/login', {
      method: 'POST',
      body: new URLSearchParams({ token: 'nope', next: '/figures' }),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const right = await req('/login', {
      method: 'POST',
      body: new URLSearchParams({ token: TOKEN, next: '/figures' }),
    });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/figures');
    const cookie = right.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(encodeURIComponent(TOKEN).slice(0, 8));
    const session = cookie.split(';')[0]!;
    expect((await req('/figures', { headers: { cookie: session } })).status).toBe(200);
    expect((await req('/api/overview', { headers: { cookie: session } })).status).toBe(200);
  });

  it('never sends a browser on to another site after signing in', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const res = await req('/login', { method: 'POST', body: new URLSearchParams({ token: TOKEN, next }) });
      expect(res.headers.get('location')).toBe('/');
    }
  });

  it('refuses a form posted from another site, even with the session cookie', async () => {
    const right = await req('/login', { method: 'POST', body: new URLSearchParams({ token: TOKEN }) });
    const session = right.headers.get('set-cookie')!.split(';')[0]!;
    const form = new FormData();
    form.set('text', 'BRAKEN, June 5, 2025 — Police said 3 people were detained.');
    const forged = await req('/api/documents', {
      method: 'POST',
      body: form,
      headers: { cookie: session, origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    const fetched = await req('/api/documents', {
      method: 'POST',
      body: form,
      headers: { cookie: session, 'sec-fetch-site': 'cross-site' },
    });
    expect(fetched.status).toBe(403);
    const own = await req('/api/documents', {
      method: 'POST',
      body: form,
      headers: { cookie: session, origin: 'http://crosscheck.example' },
    });
    expect(own.status).toBe(200);
  });

  it('serves styles and scripts to anyone, and nothing but them under /static', async () => {
    expect((await req('/static/app.css')).status).toBe(200);
    for (const path of [
      '/static/..%2Fpackage.json',
      '/static/%2e%2e/package.json',
      '/static/../package.json',
      '/static/app.css.map',
    ]) {
      const res = await req(path);
      expect(res.status, path).not.toBe(200);
      expect(await res.text()).not.toContain('"devDependencies"');
    }
    // And without a token too, where nothing stands before the static files.
    const open = await testServer({ inputs: [join(TEXTS, 'rtl-bulletin.txt')] });
    try {
      for (const path of ['/static/..%2Fpackage.json', '/static/%2e%2e%2fpackage.json', '/static/..%5Cpackage.json']) {
        const res = await open.app.request(`http://localhost${path}`);
        expect(res.status, path).toBe(404);
      }
    } finally {
      await open.close();
    }
  });
});

describe('a server without a token', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await testServer({ inputs: [join(TEXTS, 'harbour-siege.txt')] });
  });
  afterAll(() => s.close());

  it('answers only to the names of this machine (no DNS rebinding)', async () => {
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080'])
      expect((await s.app.request(`http://${host}/api/overview`)).status, host).toBe(200);
    const res = await s.app.request('http://attacker.example:8080/api/overview');
    expect(res.status).toBe(421);
  });

  it('sends a strict Content-Security-Policy and no referrer with every page', async () => {
    const res = await s.app.request('http://localhost/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('comparing secrets', () => {
  it('is true only for the same text', () => {
    expect(sameSecret(TOKEN, TOKEN)).toBe(true);
    expect(sameSecret(TOKEN + ' ', TOKEN)).toBe(false);
    expect(sameSecret('', TOKEN)).toBe(false);
  });
});
