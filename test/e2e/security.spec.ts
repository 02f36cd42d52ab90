import { expect, test } from './fixtures';

test('the page is served with the strict content security policy', async ({ app, baseURL }) => {
  const response = await app.request.get(`${baseURL}/`);
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  const meta = await app.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
});

test('inline scripts and remote fetches are blocked by the policy', async ({ app, guards }) => {
  const outcome = await app.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    let fetched = true;
    try {
      await fetch('https://example.com/');
    } catch {
      fetched = false;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetched, violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.fetched).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
  // The blocked attempts are reported on the console; this test expects exactly those.
  guards.errors.splice(0, guards.errors.length, ...guards.errors.filter((e) => !e.includes('Content Security Policy')));
});

test('using the app makes no request outside its own origin', async ({ app, guards }) => {
  await app.getByRole('button', { name: 'New story', exact: true }).click();
  await app.getByLabel('Title').fill('Offline check');
  await app.getByRole('button', { name: 'Create story' }).click();
  for (const link of ['Library', 'Trash', 'Preferences']) await app.getByRole('link', { name: link, exact: true }).click();
  await app.reload();
  expect(guards.externalRequests).toEqual([]);
});
