/**
 * The same deck in each tool's own syntax, for `npm run bench -- --peers`: a title slide, then slides of
 * bullets, a bash session and a YAML file in turn, each with speaker notes. Same size, same text.
 */
export const PEER_DECK_TITLE = 'Containers in de klas';

export type PeerSyntax = 'lesdia' | 'marp' | 'reveal-md' | 'slidev';

interface SlideContent {
  title: string;
  body: string;
  notes: string;
}

function slideContent(n: number): SlideContent {
  const notes = `Leg dia ${n} uit in eigen woorden. Vraag wat er gebeurt als je stap ${n} overslaat. Tijd: ca. 2 min.`;
  switch (n % 3) {
    case 1:
      return { title: `Kenmerken ${n}`, notes, body: '* **Geïsoleerd:** eigen bestandssysteem en processen\n* **Draagbaar:** draait overal waar Docker draait\n* **Lichtgewicht:** deelt de kernel van de host\n* **Snel:** start in seconden' };
    case 2:
      return { title: `Opdrachten ${n}`, notes, body: `\`\`\`bash\ndocker run -d --name web${n} -p 8080:80 nginx\ndocker ps --filter name=web${n}\ndocker logs -f web${n}\n\`\`\`` };
    default:
      return { title: `Configuratie ${n}`, notes, body: '```yaml\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  db:\n    image: postgres:17\n```' };
  }
}

const SUBTITLE = 'Een les over images, containers en compose';

/** The deck of `slides` slides (the title slide included) in the given syntax. */
export function writePeerDeck(syntax: PeerSyntax, slides: number): string {
  const contents = Array.from({ length: slides - 1 }, (_, i) => slideContent(i + 1));
  switch (syntax) {
    case 'lesdia':
      return [
        `---\ntitle: ${PEER_DECK_TITLE}\ndate: 2025-09-01\n---\n\n#### {{ title }}\n\n${SUBTITLE}\n`,
        ...contents.map((s) => `::: section\n### ${s.title}\n${s.body}\n\n::: notes\n${s.notes}\n:::\n:::\n`),
      ].join('\n');
    case 'marp':
      return [`---\nmarp: true\ntitle: ${PEER_DECK_TITLE}\n---\n\n# ${PEER_DECK_TITLE}\n\n${SUBTITLE}\n`, ...contents.map((s) => `## ${s.title}\n\n${s.body}\n\n<!-- ${s.notes} -->\n`)].join('\n---\n\n');
    case 'reveal-md':
      return [`---\ntitle: ${PEER_DECK_TITLE}\n---\n\n# ${PEER_DECK_TITLE}\n\n${SUBTITLE}\n`, ...contents.map((s) => `## ${s.title}\n\n${s.body}\n\nNote: ${s.notes}\n`)].join('\n---\n\n');
    case 'slidev':
      return [`---\ntitle: ${PEER_DECK_TITLE}\n---\n\n# ${PEER_DECK_TITLE}\n\n${SUBTITLE}\n`, ...contents.map((s) => `## ${s.title}\n\n${s.body}\n\n<!--\n${s.notes}\n-->\n`)].join('\n---\n\n');
  }
}
