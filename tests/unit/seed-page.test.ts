import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileText } from '../support/compile-text.ts';

// The teacher's page, unchanged, exactly as it came (shared/seed/docker-ecosysteem.md).
const seed = readFileSync(new URL('../fixtures/seed/docker-ecosysteem.md', import.meta.url), 'utf8');

describe('the teacher’s Docker page, unchanged', () => {
  it('builds to a title slide and four section slides (long ones continued on follow-up slides)', async () => {
    const { deck } = await compileText(seed, 'seed/docker-ecosysteem.md');
    expect(deck.slides.filter((s) => s.continuation === 0).map((s) => [s.kind, s.title])).toEqual([
      ['title', 'Docker Ecosysteem'],
      ['content', 'Docker Container'],
      ['content', 'Virtuele Machine (VM)'],
      ['content', 'Docker vs VM'],
      ['content', 'Docker Ecosysteem'],
    ]);
    expect(deck.meta).toMatchObject({ title: 'Docker Ecosysteem', date: '2025-08-25', lang: 'nl' });
  });

  it('warns only about its two missing images, at their lines', async () => {
    const { diagnostics } = await compileText(seed, 'seed/docker-ecosysteem.md');
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.range.start.line}`)).toEqual(['warning missing-image 42', 'warning missing-image 70']);
  });

  it('shows the missing images as framed alt text, with the eleventy attributes gone', async () => {
    const { body } = await compileText(seed, 'seed/docker-ecosysteem.md');
    expect(body.match(/class="image-missing"/g)).toHaveLength(2);
    expect(body).toContain('vm_doker afbeelding');
    expect(body).not.toContain('eleventy:');
    expect(body).not.toContain('{{');
  });
});

describe('the lesson deck built from it', () => {
  const lesson = readFileSync(new URL('../../slides/docker-ecosysteem.md', import.meta.url), 'utf8');

  it('keeps the teacher’s four sections and has speaker notes on every slide', async () => {
    const { deck } = await compileText(lesson, 'slides/docker-ecosysteem.md');
    const written = deck.slides.filter((s) => s.continuation === 0);
    // The teacher's sections in order, with a question for the class after the comparison.
    expect(written.slice(0, 6).map((s) => s.title)).toEqual(['Docker Ecosysteem', 'Docker Container', 'Virtuele Machine (VM)', 'Docker vs VM', 'Vraag: container of VM?', 'Docker Ecosysteem']);
    const withoutNotes = written.filter((s) => !s.notesHtml.includes('Vraag:') || !s.notesHtml.includes('Tijd:'));
    expect(withoutNotes.map((s) => s.title)).toEqual([]);
  });

  it('has highlighted command examples with line steps, a file tab and shell prompts', async () => {
    const { body, diagnostics } = await compileText(lesson, 'slides/docker-ecosysteem.md');
    expect(diagnostics.filter((d) => d.code !== 'missing-image')).toEqual([]);
    for (const command of ['docker run', 'docker ps', 'docker stop', 'docker rm', 'docker build', 'docker pull', 'docker push', 'docker compose', 'docker volume', 'docker network']) {
      expect(body.replace(/<[^>]+>/g, ''), command).toContain(command);
    }
    expect(body).toContain('data-line-steps=');
    expect(body).toContain('docker-compose.yml</figcaption>');
    expect(body).toContain('<span class="prompt" aria-hidden="true">$ </span>');
  });
});
