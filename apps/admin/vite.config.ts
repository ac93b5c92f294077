/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API under /admin/; in development the API runs on :3000 and Vite proxies /api to it.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: { outDir: 'dist', target: 'es2022' },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
