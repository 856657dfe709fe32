// The JavaScript a page of dist/web loads on its own path: its module scripts and modulepreloads, and
// whatever static imports those chunks pull in, each gzipped at level 9. Used by the call bench
// (gesprek.html) and the portal bench (portaal.html), with the staff app (index.html) as a baseline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight { files: Array<{ file: string; rawBytes: number; gzipBytes: number }>; total: { rawBytes: number; gzipBytes: number } }

export function pageJavaScript(webDir: string, htmlFile: string): PageWeight {
  const html = readFileSync(join(webDir, htmlFile), 'utf8');
  const srcs = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) if (/type=["']module["']/.test(tag)) { const s = /src=["']([^"']+)["']/.exec(tag)?.[1]; if (s) srcs.add(s); }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) if (/rel=["']modulepreload["']/.test(tag)) { const s = /href=["']([^"']+)["']/.exec(tag)?.[1]; if (s) srcs.add(s); }
  // Static imports inside those chunks load too (vite lists them as modulepreloads, but follow them to be sure).
  const queue = [...srcs];
  while (queue.length) {
    const src = queue.shift()!;
    const text = readFileSync(join(webDir, src.replace(/^\//, '')), 'utf8');
    for (const m of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const resolved = new URL(m[1]!, `http://x${src}`).pathname;
      if (!srcs.has(resolved)) { srcs.add(resolved); queue.push(resolved); }
    }
  }
  const files = [...srcs].map((src) => {
    const bytes = readFileSync(join(webDir, src.replace(/^\//, '')));
    return { file: src, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, total: { rawBytes: files.reduce((s, f) => s + f.rawBytes, 0), gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) } };
}
