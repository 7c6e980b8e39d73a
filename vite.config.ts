// `npx vite` and `npx vite build` with the same plugin the lesdia CLI uses; `npm start` goes through the CLI.
import { defineConfig } from 'vite';
import { lesdia } from './src/vite/lesdia-plugin.ts';

export default defineConfig({
  plugins: [lesdia({ slidesDir: 'slides' })],
});
