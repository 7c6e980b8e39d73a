import type { Plugin, Rolldown } from 'vite';

type OutputAsset = Rolldown.OutputAsset;
type OutputChunk = Rolldown.OutputChunk;

const RE_MODULE_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g;
const RE_STYLESHEET = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g;
const RE_PRELOAD = /<link rel="modulepreload"[^>]*>\n?/g;

/**
 * For `lesdia build --single-file`: puts the page's script and stylesheet (fonts already inlined as data
 * URLs) into the HTML itself and drops the separate files, so one `.html` works from a USB stick or `file://`.
 */
export function singleFilePlugin(): Plugin {
  return {
    name: 'lesdia:single-file',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const byName = (url: string) => Object.values(bundle).find((item) => url.endsWith(item.fileName));
      for (const item of Object.values(bundle)) {
        if (item.type !== 'asset' || !item.fileName.endsWith('.html')) continue;
        const used = new Set<string>();
        let html = String(item.source)
          .replace(RE_PRELOAD, '')
          .replace(RE_MODULE_SCRIPT, (tag, url: string) => {
            const chunk = byName(url) as OutputChunk | undefined;
            if (!chunk || chunk.type !== 'chunk') return tag;
            used.add(chunk.fileName);
            // A `</script` inside the code would end the element early.
            return `<script type="module">${chunk.code.replace(/<\/script/gi, '<\\/script')}</script>`;
          })
          .replace(RE_STYLESHEET, (tag, url: string) => {
            const asset = byName(url) as OutputAsset | undefined;
            if (!asset || asset.type !== 'asset') return tag;
            used.add(asset.fileName);
            return `<style>${String(asset.source).replace(/<\/style/gi, '<\\/style')}</style>`;
          });
        html = html.replace(/\n{3,}/g, '\n\n');
        item.source = html;
        for (const name of used) delete bundle[name];
      }
      // Anything left besides the page would be missing from the single file.
      const left = Object.values(bundle).filter((item) => !item.fileName.endsWith('.html'));
      if (left.length > 0) this.error(`a single-file deck cannot carry ${left.map((item) => item.fileName).join(', ')}`);
    },
  };
}
