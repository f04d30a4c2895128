import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the editor runs on Vite's server and the API on its own (pnpm --filter
// @orgwise/api dev); the proxy keeps the browser on one origin, as in production, where the API
// process serves the built editor itself.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}` },
  },
  build: { outDir: 'dist', sourcemap: true },
});
