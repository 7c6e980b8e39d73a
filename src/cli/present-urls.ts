import QRCode from 'qrcode';

export interface PresentUrls {
  presenter: string;
  students: string;
  remote: string;
}

/** The three links side by side, each under its QR code (stacked on a narrow terminal). */
export async function formatPresentUrls(urls: PresentUrls, columns: number): Promise<string> {
  const entries = [
    ['Presenter (this laptop)', urls.presenter],
    ['Students', urls.students],
    ['Remote (your phone)', urls.remote],
  ] as const;
  const codes = await Promise.all(entries.map(([, url]) => QRCode.toString(url, { type: 'terminal', small: true })));
  const lines = `${entries.map(([label, url]) => `  ${label}: ${url}`).join('\n')}\n`;
  const blocks = codes.map((code, i) => [`  ${entries[i]?.[0] ?? ''}`, ...code.trimEnd().split('\n').map((line) => `  ${line}`)]);
  const width = Math.max(...codes.map((code) => visibleWidth(code.split('\n')[0] ?? ''))) + 4;
  if (columns < width * 3) return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n\n${lines}`;
  const height = Math.max(...blocks.map((block) => block.length));
  const rows = Array.from({ length: height }, (_, row) => blocks.map((block) => pad(block[row] ?? '', width)).join(''));
  return `${rows.join('\n')}\n\n${lines}`;
}

// oxlint-disable-next-line no-control-regex -- terminal colour codes take no room on screen
const RE_ANSI = /\u001b\[[0-9;]*m/g;

function visibleWidth(line: string): number {
  return [...line.replace(RE_ANSI, '')].length;
}

function pad(line: string, width: number): string {
  return line + ' '.repeat(Math.max(0, width - visibleWidth(line)));
}
