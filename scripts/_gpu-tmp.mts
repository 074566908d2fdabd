import { launchBrowser, root } from './browser.ts';
import { allPages } from './bench/pages.ts';
import { startStaticServer } from './bench/static-server.ts';
const server = await startStaticServer({ '/dist/': `${root}dist/`, '/model-viewer/': `${root}node_modules/@google/model-viewer/dist/` }, allPages(root));
const browser = await launchBrowser();
const context = await browser.newContext(process.env.DESK ? { viewport: { width: 1280, height: 1000 } } : process.env.DPR1 ? { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true } : { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
await context.addInitScript(`window.__loadAt=null;document.addEventListener('load',e=>{if(e.target&&e.target.localName==='acupoint-map'&&window.__loadAt===null)window.__loadAt=performance.now()},true);`);
const page = await context.newPage();
await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'blink', 'cc', 'gpu', 'disabled-by-default-devtools.timeline','disabled-by-default-gpu.service','gpu.angle','viz'] });
await page.goto(`${server.base}/bench/acupoint-map/clinic.html`, { waitUntil: 'commit' });
await page.waitForFunction(() => (window as any).__loadAt !== null, undefined, { polling: 100, timeout: 120000 });
await page.waitForTimeout(800);
const mark = await page.evaluate(() => { performance.mark('rotate'); document.querySelector('acupoint-map')!.setAttribute('auto-rotate',''); return 0; });
await page.waitForTimeout(1500);
const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
const ev = trace.traceEvents as any[];
const names = new Map<string,string>();
for (const e of ev) if (e.ph==='M' && e.name==='thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const commits = ev.filter(e => e.ph==='X' && (e.name==='Commit') && e.dur > 10000 && names.get(`${e.pid}:${e.tid}`)==='CrRendererMain');
const origin = Math.min(...ev.filter(e=>e.ts>0).map(e=>e.ts));
for (const c of commits) {
  console.log(`Commit ${(c.dur/1000).toFixed(0)} ms at ${((c.ts-origin)/1000).toFixed(0)}`);
  const agg = new Map<string, number>();
  for (const e of ev) {
    if (e.ph!=='X' || !e.dur || e.dur < 1000) continue;
    const th = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    if (th==='CrRendererMain') { if (e.ts>=c.ts && e.ts+e.dur<=c.ts+c.dur) { const k=`[main] ${e.name}`; agg.set(k,Math.max(agg.get(k)??0,e.dur)); } continue; }
    const s=Math.max(e.ts,c.ts), en=Math.min(e.ts+e.dur,c.ts+c.dur); if (en<=s) continue;
    const k=`${th}: ${e.name}`; agg.set(k,(agg.get(k)??0)+(en-s));
  }
  [...agg].sort((a,b)=>b[1]-a[1]).slice(0,25).forEach(([k,v])=>console.log(`   ${(v/1000).toFixed(1).padStart(7)} ${k}`));
}
await browser.close(); await server.close();
