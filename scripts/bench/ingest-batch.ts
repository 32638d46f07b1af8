/**
 * The batch ingest of the build benchmark: a thousand generated raw documents (theses and news
 * pages from the ingest section's generators, each with its own title) ingested in one run of
 * `npm run ingest` into a copy of a scratch project's content, which has the generated corpus stored.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, outputTail, type RunFigures } from './build-run.ts';
import { generateNewsPage } from './generate-news.ts';
import { generateThesis } from './generate-thesis.ts';
import { REPO_ROOT } from './scratch-project.ts';

/** Documents in the batch; seven in ten are theses, as in the corpus. */
export const BATCH_DOCUMENTS = 1000;
const THESIS_BYTES = 20 * 1024;
const NEWS_BYTES = 4 * 1024;

/** Writes the raw documents of the batch into `dir` (emptied first). */
export function writeRawBatch(dir: string, count = BATCH_DOCUMENTS): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const name = `raw-${String(i).padStart(5, '0')}`;
    const text =
      i % 10 < 7
        ? generateThesis(THESIS_BYTES, i, `Kerja Sama Indonesia dalam Penanganan Perdagangan Orang Studi Kasus ${i}`)
        : generateNewsPage(NEWS_BYTES, i, `Polri Tangkap Jaringan Penipuan Daring, Berita Nomor ${i}`);
    writeFileSync(join(dir, `${name}.txt`), text);
  }
}

/** The batch's figures, and the end of its output when it wrote nothing. */
export interface IngestBatchFigures extends RunFigures {
  refused?: string;
}

/** Ingests a fresh batch into a copy of `projectDir`'s content and measures the run. */
export async function runIngestBatch(projectDir: string): Promise<IngestBatchFigures> {
  const work = `${projectDir}-ingest`;
  rmSync(work, { recursive: true, force: true });
  cpSync(join(projectDir, 'content'), join(work, 'content'), { recursive: true });
  writeRawBatch(join(work, 'raw'));
  const run = await runMeasured([join(REPO_ROOT, 'scripts/ingest.ts'), '--content', join(work, 'content'), join(work, 'raw')], REPO_ROOT);
  return run.exitCode === 0 ? run : { ...run, refused: outputTail(run, 8) };
}
