import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The browser app lives in src/web; the production server serves dist/web under a strict CSP
// (script-src 'self', style-src 'self'), so nothing may be inlined into index.html.
//
// The client/employer portal (src/portal/ui, page portaal.html) is Preact, not React: each of its
// .tsx files starts with `/** @jsxImportSource preact */`, which the JSX transform honours per file.
// The React plugin leaves those files alone (no React Fast Refresh wrapper in development).
const PORTAL_UI = /\/src\/portal\/ui\//;

export default defineConfig({
  root: 'src/web',
  plugins: [react({ exclude: [/\/node_modules\//, PORTAL_UI] })],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Keep every asset a separate file: data: URIs for CSS/fonts would still be allowed, but
    // inlined scripts would not.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Three pages: the app, the client's call page (/gesprek), which loads no React, and the
    // client/employer portal (/portaal), which loads Preact only.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        gesprek: fileURLToPath(new URL('./src/web/gesprek.html', import.meta.url)),
        portaal: fileURLToPath(new URL('./src/web/portaal.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
