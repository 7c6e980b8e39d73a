import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const RE_MODULE_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g;
const RE_STYLESHEET = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g;
const RE_PRELOAD = /<link rel="(?:modulepreload|preload)"[^>]*>\n?/g;

/**
 * For `lesdia build --single-file`: puts the page's script and stylesheet (fonts already inlined as data
 * URLs) into the HTML itself and removes the separate files, so one `.html` works from a USB stick or
 * `file://`. It works on the written files, after every other plugin has finished its output.
 */
export function singleFilePlugin(): Plugin {
  return {
    name: 'lesdia:single-file',
    enforce: 'post',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const files = Object.keys(bundle);
      for (const page of files.filter((file) => file.endsWith('.html'))) {
        const pageFile = path.join(outDir, page);
        const resolve = (url: string) => path.join(path.dirname(pageFile), url);
        const html = readFileSync(pageFile, 'utf8')
          .replace(RE_PRELOAD, '')
          // A `</script` or `</style` inside the code would end the element early.
          .replace(RE_MODULE_SCRIPT, (_tag, url: string) => `<script type="module">${readFileSync(resolve(url), 'utf8').replace(/<\/script/gi, '<\\/script')}</script>`)
          .replace(RE_STYLESHEET, (_tag, url: string) => `<style>${readFileSync(resolve(url), 'utf8').replace(/<\/style/gi, '<\\/style')}</style>`);
        writeFileSync(pageFile, html);
      }
      const left = files.filter((file) => !file.endsWith('.html') && !file.endsWith('.js') && !file.endsWith('.css'));
      // Anything besides the page, its one script and its one stylesheet would be missing from the single file.
      const scripts = files.filter((file) => file.endsWith('.js'));
      if (left.length > 0 || scripts.length > 1) this.error(`a single-file deck cannot carry ${[...left, ...scripts.slice(1)].join(', ')}`);
      for (const file of files.filter((name) => !name.endsWith('.html'))) rmSync(path.join(outDir, file), { force: true });
    },
  };
}
