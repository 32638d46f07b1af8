import { describe, expect, it } from 'vitest';
import { fileModel } from '../../src/lib/content-model.ts';
import { parseEntryFile } from '../../src/lib/ingest/entry-file.ts';
import { ingestText } from '../helpers/ingest-document.ts';
import { newsPage, newsSentence } from '../helpers/raw-documents.ts';

/** A valid news entry's frontmatter, as the ingest writes it. */
async function newsFrontmatter(): Promise<Record<string, unknown>> {
  const entry = await ingestText('berita.txt', newsPage('Polisi Ungkap Penipuan Daring Lintas Negara', [newsSentence('pesan')]));
  return parseEntryFile(entry.text, entry.path).frontmatter;
}

describe('the content model', () => {
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
