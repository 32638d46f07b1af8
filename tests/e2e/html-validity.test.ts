/**
 * Every built page (up to a fixed cap, see `dist-sample.ts`) is valid HTML by html-validate's
 * recommended rules, which include `<title>` of at most 70 characters (`long-title`).
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { checkedDistPages } from './dist-sample.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // Raw sources are shown in <pre> exactly as received, trailing spaces included; in <pre>
      // that whitespace is content, not markup to tidy.
      'no-trailing-whitespace': 'off',
    },
  }),
);

describe('the HTML of the built pages', () => {
  const pages = checkedDistPages();

  it('covers the built site', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('has no html-validate error on any checked page', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.path);
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
