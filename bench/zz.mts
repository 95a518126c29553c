import { launchChromium } from '../test/browser/chromium.js';
import { serveDir } from './browser-load.js';
import { measureFirstPaint } from './floors.js';
const vs = process.argv.slice(2);
const browser = await launchChromium();
const servers = await Promise.all(vs.map((v) => serveDir(`/tmp/var/${v}`)));
const r: Record<string, number[]> = {};
for (let i = 0; i < 12; i++) for (const [j, v] of vs.entries()) { const ms = await measureFirstPaint(browser, servers[j]!.url); if (i) (r[v] ??= []).push(ms); }
for (const v of vs) console.log(v, [...r[v]!].sort((a, b) => a - b)[5], JSON.stringify([...r[v]!].sort((a, b) => a - b)));
await browser.close(); for (const s of servers) await s.server.close();
