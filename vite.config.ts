import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The browser app lives in src/web; the production server serves dist/web under a strict CSP
// (script-src 'self', style-src 'self'), so nothing may be inlined into index.html.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Keep every asset a separate file: data: URIs for CSS/fonts would still be allowed, but
    // inlined scripts would not.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Two pages: the app, and the client's call page (/gesprek), which loads no React.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        gesprek: fileURLToPath(new URL('./src/web/gesprek.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
