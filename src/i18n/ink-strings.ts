/** The drawing toolbar's words, per deck language (Dutch unless `lang: en`). */
export interface InkStrings {
  toolbar: string;
  tools: string;
  color: string;
  width: string;
  edit: string;
  pen: string;
  highlighter: string;
  eraser: string;
  colors: Record<'red' | 'blue' | 'green' | 'black', string>;
  thin: string;
  thick: string;
  undo: string;
  clear: string;
  download: string;
  close: string;
  toggle: string;
  unsaved: string;
  drawings: string;
  slideWithDrawings: (n: number) => string;
}

const nl: InkStrings = {
  toolbar: 'Tekenen',
  tools: 'Gereedschap',
  color: 'Kleur',
  width: 'Dikte',
  edit: 'Bewerken',
  pen: 'Pen',
  highlighter: 'Markeerstift',
  eraser: 'Gum',
  colors: { red: 'Rood', blue: 'Blauw', green: 'Groen', black: 'Zwart' },
  thin: 'Dun',
  thick: 'Dik',
  undo: 'Ongedaan maken (Ctrl+Z)',
  clear: 'Dia wissen',
  download: 'Tekeningen downloaden',
  close: 'Stoppen met tekenen (Esc)',
  toggle: 'Tekenen op de dia (D)',
  unsaved: 'Niet opgeslagen: de server is niet bereikbaar',
  drawings: 'Tekeningen van de les',
  slideWithDrawings: (n) => `Dia ${n} met de tekeningen uit de les`,
};

const en: InkStrings = {
  toolbar: 'Drawing',
  tools: 'Tool',
  color: 'Colour',
  width: 'Width',
  edit: 'Edit',
  pen: 'Pen',
  highlighter: 'Highlighter',
  eraser: 'Eraser',
  colors: { red: 'Red', blue: 'Blue', green: 'Green', black: 'Black' },
  thin: 'Thin',
  thick: 'Thick',
  undo: 'Undo (Ctrl+Z)',
  clear: 'Clear slide',
  download: 'Download drawings',
  close: 'Stop drawing (Esc)',
  toggle: 'Draw on the slide (D)',
  unsaved: 'Not saved: the server cannot be reached',
  drawings: 'Drawings from the lesson',
  slideWithDrawings: (n) => `Slide ${n} with the drawings from the lesson`,
};

export function inkStrings(lang: string): InkStrings {
  return lang.toLowerCase().startsWith('en') ? en : nl;
}
