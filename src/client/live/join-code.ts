import type { UiStrings } from '../../i18n/ui-strings.ts';
import { studentsUrl } from './live-key.ts';

/** The students' address as an SVG QR code (the encoder loads only when a code is shown). */
export async function joinQrSvg(url: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}

/** A readable address: without `http://` and a trailing slash, as a teacher would read it out. */
export function spokenUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** `Q`: the students' address as a large QR code with the address written out, over the slide; Q or Esc closes it. */
export async function toggleJoinCode(strings: UiStrings): Promise<void> {
  const open = document.querySelector<HTMLDialogElement>('dialog.join-code');
  if (open) {
    open.close();
    return;
  }
  const url = studentsUrl();
  const dialog = document.createElement('dialog');
  dialog.className = 'join-code';
  dialog.setAttribute('aria-label', strings.joinTitle);
  dialog.innerHTML = `<h2>${strings.joinTitle}</h2><div class="join-code-qr" role="img"></div><p class="join-code-url"></p><button type="button" class="join-code-close">${strings.close}</button>`;
  const qr = dialog.querySelector<HTMLElement>('.join-code-qr');
  qr?.setAttribute('aria-label', url);
  if (qr) qr.innerHTML = await joinQrSvg(url);
  const text = dialog.querySelector('.join-code-url');
  if (text) text.textContent = spokenUrl(url);
  dialog.querySelector('.join-code-close')?.addEventListener('click', () => dialog.close());
  // The deck's keys stay with the deck: only Q and Esc act here.
  dialog.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'q' || event.key === 'Q') dialog.close();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
}

/** `join: qr` in the front matter: the title slide carries the students' code in a corner. */
export async function showJoinOnTitleSlide(strings: UiStrings): Promise<void> {
  const slide = document.querySelector<HTMLElement>('.reveal .slides > section.title-slide[data-join="qr"]');
  if (!slide) return;
  const url = studentsUrl();
  const figure = document.createElement('figure');
  figure.className = 'join-qr';
  figure.innerHTML = `<div class="join-qr-code" role="img"></div><figcaption><strong></strong><span></span></figcaption>`;
  const code = figure.querySelector<HTMLElement>('.join-qr-code');
  code?.setAttribute('aria-label', url);
  if (code) code.innerHTML = await joinQrSvg(url);
  const caption = figure.querySelectorAll('figcaption > *');
  if (caption[0]) caption[0].textContent = strings.joinTitle;
  // Long addresses break after a slash, never inside a word.
  for (const [i, part] of spokenUrl(url).split('/').entries()) caption[1]?.append(...(i > 0 ? ['/', document.createElement('wbr')] : []), part);
  slide.appendChild(figure);
}
