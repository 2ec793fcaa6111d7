import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The browser shares the value rules (elfproef, postcode, dates, enums) with the services through the
// contracts library's browser entry, so the intake form checks exactly what the API checks.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@wiz/contracts/browser': fileURLToPath(new URL('../../libs/contracts/src/browser.ts', import.meta.url)) },
  },
  build: { outDir: 'dist/client', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    // `vite` for front-end work: the API and login go to the portaal server that `npm start` runs on 3000.
    proxy: { '/api': 'http://127.0.0.1:3000', '/portaal': 'http://127.0.0.1:3000' },
  },
});
