import { describe, expect, it } from 'vitest';
import { fileModel } from '../../src/lib/content-model.ts';
import { parseEntryFile } from '../../src/lib/ingest/entry-file.ts';
import { ingestText } from '../helpers/ingest-document.ts';
import { newsPage, newsSentence, thesisAbstractPage } from '../helpers/raw-documents.ts';

/** A valid news entry's frontmatter, as the ingest writes it. */
async function newsFrontmatter(): Promise<Record<string, unknown>> {
  const entry = await ingestText('berita.txt', newsPage('Polisi Ungkap Penipuan Daring Lintas Negara', [newsSentence('pesan')]));
  return parseEntryFile(entry.text, entry.path).frontmatter;
}

/** A valid study entry's frontmatter, as the ingest writes it. */
async function studyFrontmatter(): Promise<Record<string, unknown>> {
  const abstract = 'Penelitian ini membahas kerja sama Indonesia dan Australia dalam menangani kejahatan siber lintas negara.';
  const entry = await ingestText('skripsi.txt', thesisAbstractPage('Kerja Sama Siber Indonesia dan Australia', abstract, ['siber']));
  return parseEntryFile(entry.text, entry.path).frontmatter;
}

describe('the content model', () => {
  it('records where a study was published and that its raw file is only the beginning of it', async () => {
    const frontmatter = await studyFrontmatter();
    const source = { ...(frontmatter.source as Record<string, unknown>), excerpt: true };
    const checked = fileModel.studySchema.safeParse({ ...frontmatter, sourceUrl: 'https://repository.example.ac.id/123/', source });
    expect(checked.success).toBe(true);
    expect(checked.data?.source.excerpt).toBe(true);
    expect(checked.data?.sourceUrl).toBe('https://repository.example.ac.id/123/');
  });

  it('refuses an excerpt mark that is not true or false', async () => {
    const frontmatter = await studyFrontmatter();
    const source = { ...(frontmatter.source as Record<string, unknown>), excerpt: 'yes' };
    const checked = fileModel.studySchema.safeParse({ ...frontmatter, source });
    expect(checked.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['source.excerpt']);
  });

  it('refuses a study source address a page must not link to', async () => {
    const checked = fileModel.studySchema.safeParse({ ...(await studyFrontmatter()), sourceUrl: 'javascript:alert(1)' });
    expect(checked.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sourceUrl']);
  });

  it('takes an http or https source address of a news item', async () => {
    const frontmatter = await newsFrontmatter();
    for (const sourceUrl of ['https://www.antaranews.com/berita/1', 'http://example.id/a?b=c']) {
      expect(fileModel.newsSchema.safeParse({ ...frontmatter, sourceUrl }).success).toBe(true);
    }
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'ftp://example.id/a'])(
    'refuses %s as an address a page would link to',
    async (sourceUrl) => {
      const checked = fileModel.newsSchema.safeParse({ ...(await newsFrontmatter()), sourceUrl });
      expect(checked.success).toBe(false);
      expect(checked.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sourceUrl']);
    },
  );
});
