/**
 * A realistic course page of any length for the benchmarks: prose, lists, tables, code in several languages
 * with line steps, both diagram kinds, and notes on every slide. The same size gives the same page.
 */
export function generateDeck(slides: number): string {
  const sections = Array.from({ length: slides - 1 }, (_, i) => SLIDE_KINDS[i % SLIDE_KINDS.length]?.(i + 1) ?? '');
  return `---\ntitle: Benchmark met ${slides} dia's\ndate: 2025-09-01\nauthor: lesdia bench\n---\n\n#### {{ title }}\n\n::: notes\nWelkom. **Vraag:** wat weet je al? **Tijd:** 1 min\n:::\n\n${sections.join('\n')}`;
}

const notes = (n: number) => `::: notes\n* Leg dia ${n} uit in eigen woorden.\n* Laat een student het voorbeeld herhalen.\n\n**Vraag:** wat gebeurt er als je stap ${n} overslaat?\n\n**Tijd:** ca. 2 min\n:::`;

const SLIDE_KINDS: ((n: number) => string)[] = [
  (n) => `::: section\n### Achtergrond ${n}\nEen container verpakt een applicatie met alles wat die nodig heeft: code, bibliotheken en instellingen. Daardoor werkt ze op elke machine hetzelfde, van laptop tot server.\n\nIn deze les kijken we naar **images**, *containers* en de \`docker\`-opdrachten waarmee je ze beheert.\n\n${notes(n)}\n:::\n`,
  (n) => `::: section\n### Kenmerken ${n}\n* **Geïsoleerd:** eigen bestandssysteem en processen\n* **Draagbaar:** draait overal waar Docker draait\n* **Lichtgewicht:** deelt de kernel van de host\n* **Snel:** start in seconden\n* **Reproduceerbaar:** gebouwd uit een Dockerfile\n\n${notes(n)}\n:::\n`,
  (n) => `::: section\n### Resultaat ${n}\n| id | naam | stad | orders |\n| -- | ---- | ---- | ------ |\n| 1 | Sanne | Utrecht | 12 |\n| 2 | Daan | Leiden | 7 |\n| 3 | Emma | Delft | 3 |\n| 4 | Lucas | Zwolle | 9 |\n| 5 | Julia | Breda | 5 |\n\n${notes(n)}\n:::\n`,
  (n) => `::: section\n### Python ${n}\n\`\`\`python title="app_${n}.py" {1-2|4-6|all}\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.get("/")\ndef home():\n    return "Hallo ${n}"\n\`\`\`\n\n${notes(n)}\n:::\n`,
  (n) => `::: section\n### Opdrachten ${n}\n\`\`\`console {1|2-3}\n$ docker run -d --name web${n} -p 80${String(n % 100).padStart(2, '0')}:80 nginx\n$ docker ps\nCONTAINER ID   IMAGE   STATUS\n\`\`\`\n\n\`\`\`sql\nSELECT stad, COUNT(*) AS klanten\nFROM klanten\nGROUP BY stad;\n\`\`\`\n\n${notes(n)}\n:::\n`,
  (n) => `::: section\n### Lagen ${n}\n::: stack\n- VM\n  - App | App\n  - Guest OS | Guest OS\n  - Hypervisor\n  - Host OS\n- Container\n  - App | App\n  - Engine\n  - Host OS\n:::\n\n${notes(n)}\n:::\n`,
  (n) => `::: section\n### Stroom ${n}\n::: flow\n| Client | Daemon | Registry |\n| --- | --- | --- |\n| | Containers | Images |\n\n- Client -> Daemon: opdracht\n- Daemon -> Images: bouwt\n- Registry <-> Images: pull\n- Images -> Containers: start\n:::\n\n${notes(n)}\n:::\n`,
  (n) => `::: section\n### Configuratie ${n}\n\`\`\`yaml title="compose.yml"\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  db:\n    image: postgres:17\n\`\`\`\n\n::: build\n* Eerst de services\n* Dan de poorten\n:::\n\n${notes(n)}\n:::\n`,
];
