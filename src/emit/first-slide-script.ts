import { REVEAL_LAYOUT } from '../shared/reveal-layout.ts';

const { width, height, margin, minScale, maxScale, scrollActivationWidth } = REVEAL_LAYOUT;
/** How long the first slide may wait for its fonts before it shows in a fallback font. */
const FONT_WAIT_MS = 150;

/**
 * An inline script after the slides of a built deck page: it shows the first slide where reveal.js will show
 * it, before reveal's script has arrived, so the slide is on screen as soon as the stylesheets and its fonts
 * are; `window.lesdiaFirstSlide` resolves when it is shown, and reveal starts two frames later (see
 * client/first-slide.ts). It does what reveal 6 does to the page
 * for its first slide, with the same numbers and the same rounding (`setViewport`, `layout`, `updateSlides`,
 * `SlideContent.load`), so nothing moves when reveal takes over; reveal writes the same values again.
 *
 * It does nothing where reveal would show something else or where it could not know what reveal will do: a
 * query (`?view=…`, `?receiver`, reveal's own options) or a hash (another slide, a fragment), reveal's scroll
 * view on a narrow screen, a page without its stylesheets (the dev server injects them later), and a first
 * slide with a background, a state, a vertical stack, lazy media, stretched or fitted text, or code line steps.
 * Parser-inserted, it runs once the stylesheets in the head have loaded, so it measures what reveal measures.
 * Kept as plain source text: the page receives it as written.
 */
export const FIRST_SLIDE_SCRIPT = `<script>(function () {
  if (location.search || location.hash) return;
  var wrapper = document.querySelector('.reveal');
  var slides = wrapper && wrapper.querySelector(':scope > .slides');
  var first = slides && slides.querySelector(':scope > section');
  if (!first || getComputedStyle(slides).position !== 'absolute') return;
  if (first.matches('[data-state], [data-visibility], [data-background], [data-background-color], [data-background-image], [data-background-video], [data-background-iframe], [data-background-gradient]')) return;
  if (first.querySelector('section, [data-src], .stretch, .r-stretch, .r-fit-text, [data-line-steps]')) return;
  // Hidden until its fonts have loaded (a title slide is shown by the theme's stylesheet from the start),
  // so it is not laid out in a fallback font while the window is measured.
  var styled = first.hasAttribute('style');
  first.style.setProperty('display', 'none', 'important');
  var root = document.documentElement;
  var mobile = /(iphone|ipod|ipad|android)/i.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  var added = [!root.classList.contains('reveal-full-page'), !document.body.classList.contains('reveal-viewport')];
  root.classList.add('reveal-full-page');
  document.body.classList.add('reveal-viewport');
  if (mobile) root.style.setProperty('--vh', window.innerHeight * 0.01 + 'px');
  var presentationWidth = wrapper.offsetWidth, presentationHeight = wrapper.offsetHeight;
  presentationWidth -= presentationWidth * ${margin};
  presentationHeight -= presentationHeight * ${margin};
  if (!(presentationWidth > ${scrollActivationWidth}) || !(presentationHeight > 0)) {
    if (added[0]) root.classList.remove('reveal-full-page');
    if (added[1]) document.body.classList.remove('reveal-viewport');
    if (mobile) root.style.removeProperty('--vh');
    if (styled) first.style.removeProperty('display');
    else first.removeAttribute('style');
    return;
  }
  var scale = Math.min(presentationWidth / ${width}, presentationHeight / ${height});
  scale = Math.max(scale, ${minScale});
  scale = Math.min(scale, ${maxScale});
  scale = Math.round(scale * 100) / 100;
  slides.classList.add('no-transition');
  slides.style.width = '${width}px';
  slides.style.height = '${height}px';
  if (scale !== 1) {
    slides.style.left = '50%';
    slides.style.top = '50%';
    slides.style.bottom = 'auto';
    slides.style.right = 'auto';
    slides.style.transform = 'translate(-50%, -50%) scale(' + scale + ')';
  }
  // The slide shows once the fonts its text asks for have loaded: laid out before, it would show in a
  // fallback font first (a flash), and look the system's fonts up on the way. A font that takes long
  // keeps it hidden FONT_WAIT_MS at most. The deck's script starts reveal once it has been painted.
  var fonts = [];
  var asked = {};
  [first].concat(Array.prototype.slice.call(first.querySelectorAll('*'), 0, 400)).forEach(function (element) {
    var text = '';
    for (var node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) text += node.nodeValue;
    text = text.trim();
    if (!text) return;
    var style = getComputedStyle(element);
    var font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(' ');
    if (asked[font]) return;
    asked[font] = true;
    fonts.push(document.fonts.load(font, text.slice(0, 200)));
  });
  window.lesdiaFirstSlide = new Promise(function (resolve) {
    var shown = false;
    var show = function () {
      if (shown) return;
      shown = true;
      clearTimeout(wait);
      first.classList.add('present');
      // As reveal writes it (for the title slide the stylesheet's display wins, as it does under reveal).
      first.style.display = 'block';
      resolve();
    };
    var wait = setTimeout(show, ${FONT_WAIT_MS});
    // Then once the set of fonts no longer reads loading, which comes a task or two after the faces
    // themselves (its promise \`ready\` may still be the one of before they started).
    var settled = function () {
      if (shown) return;
      if (document.fonts.status !== 'loading') return show();
      document.fonts.addEventListener('loadingdone', settled, { once: true });
      document.fonts.addEventListener('loadingerror', settled, { once: true });
    };
    Promise.all(fonts).then(settled, show);
  });
})();</script>`;
