import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './tests/helpers/static-server.ts';
const { url, server } = await serveStatic(process.env.DIR ?? 'dist');
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], logLevel: 'silent' });
for (const path of process.argv.slice(2)) {
  const lhr = (await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: (process.env.CATS ?? 'accessibility,performance').split(',') }))!.lhr;
  console.log(path, 'perf', lhr.categories.performance?.score, 'a11y', lhr.categories.accessibility?.score, 'TBT', lhr.audits['total-blocking-time'].numericValue, 'CLS', lhr.audits['cumulative-layout-shift'].numericValue);
  for (const id of ['target-size', 'color-contrast']) {
    const a = lhr.audits[id];
    if (a && a.score !== null && a.score < 1) console.log(id, JSON.stringify((a.details as any)?.items?.map((i: any) => [i.node?.snippet, i.node?.explanation?.slice(0, 200)])).slice(0, 1500));
  }
  const lt = lhr.audits['long-tasks']; console.log('long tasks', JSON.stringify((lt?.details as any)?.items?.slice(0, 6).map((i: any) => [i.url?.slice(-40), Math.round(i.duration)])));
  const bt = lhr.audits['bootup-time']; console.log('bootup', JSON.stringify((bt?.details as any)?.items?.slice(0, 5).map((i: any) => [i.url?.slice(-40), Math.round(i.total), Math.round(i.scripting)])));
  const mt = lhr.audits['mainthread-work-breakdown']; console.log('mainthread', JSON.stringify((mt?.details as any)?.items?.map((i: any) => [i.group, Math.round(i.duration)])));
}
chrome.kill(); server.close();
