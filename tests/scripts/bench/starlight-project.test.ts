import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { starlightPage } from '../../../scripts/bench/starlight-project.ts';

describe('starlightPage', () => {
  it('gives one page per entry: its title as frontmatter (quoted as YAML needs), then the same Markdown', () => {
    const page = starlightPage({
      collection: 'studies',
      id: 'bench-study-00001',
      title: 'Kerja Sama: Indonesia dan "Kamboja" #1',
      page: '## Abstrak\n\nTeks.',
      files: [],
    });
    expect(page.path).toBe('src/content/docs/studies/bench-study-00001.md');
    const [, frontmatter, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(page.text)!;
    expect(parse(frontmatter!)).toEqual({ title: 'Kerja Sama: Indonesia dan "Kamboja" #1' });
    expect(body).toBe('## Abstrak\n\nTeks.\n');
  });
});
