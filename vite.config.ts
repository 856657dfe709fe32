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
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
