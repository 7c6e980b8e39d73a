import { readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchPrintBrowser, type PrintBrowser } from '../../src/browser/launch-print-browser.ts';
import { runTempFolder } from '../../src/browser/run-temp.ts';
import { readPrintedPages } from '../../src/pdf/read-printed-pdf.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const profiles = () => readdirSync(runTempFolder()).filter((name) => name.startsWith('chromium-profile-'));
const page = (body: string) => `data:text/html;charset=utf-8,${encodeURIComponent(`<!doctype html><html lang="nl"><body>${body}</body></html>`)}`;

/** A loopback port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let browser: PrintBrowser;
beforeAll(async () => {
  browser = await launchPrintBrowser({ width: 1280, height: 720 });
});
afterAll(() => browser.close());

describe('Chromium over its DevTools pipe', () => {
  it('opens a page, hands its reports to Node, reads a value from it and prints it as a tagged PDF', async () => {
    const tab = await browser.openTab();
    try {
      const reports: string[] = [];
      await tab.expose('report', (text) => reports.push(text));
      await tab.goto(page('<h1>Containers</h1><p style="break-before:page">Tweede pagina</p><script>window.report(JSON.stringify({ breedte: innerWidth }))</script>'));
      expect(await tab.evaluate('document.querySelector("h1").textContent')).toBe('Containers');
      expect(reports).toEqual(['{"breedte":1280}']);
      const pdf = await tab.printToPdf({ widthInches: 1280 / 96, heightInches: 720 / 96 });
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(readPrintedPages(pdf)?.map((printed) => printed.text.trim())).toEqual(['Containers', 'Tweede pagina']);
      expect(Buffer.from(pdf).toString('latin1')).toContain('/StructTreeRoot');
    } finally {
      await tab.close();
    }
  });

  it('says which page could not be opened', async () => {
    const tab = await browser.openTab();
    const port = await closedPort();
    await expect(tab.goto(`http://127.0.0.1:${port}/`)).rejects.toThrow(`could not open http://127.0.0.1:${port}/: net::ERR_CONNECTION_REFUSED`);
    await tab.close();
  });

  it('quits and removes its profile when closed', async () => {
    const before = profiles();
    const other = await launchPrintBrowser({ width: 1280, height: 720 });
    const [made] = profiles().filter((name) => !before.includes(name));
    expect(made).toBeDefined();
    await other.close();
    expect(profiles()).toEqual(before);
  });
});
