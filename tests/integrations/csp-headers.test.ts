import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/integrations/csp-headers.ts';
import { parseHtmlPage } from '../../src/integrations/dist-pages.ts';

describe('metaPolicy', () => {
  it('reads the policy of the page, whatever the case of http-equiv', () => {
    const page = parseHtmlPage(
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head></html>`,
    );
    expect(metaPolicy(page)).toBe("default-src 'none'");
  });

  it('finds none in a page without one', () => {
    expect(metaPolicy(parseHtmlPage('<!doctype html><title>x</title><meta name="description" content="y">'))).toBeUndefined();
  });
});

describe('headerPolicy', () => {
  it('tidies the directives and adds the ones only a header can carry', () => {
    expect(headerPolicy("default-src 'none';img-src  'self';  script-src 'self' 'sha256-x=';")).toBe(
      "default-src 'none'; img-src 'self'; script-src 'self' 'sha256-x='; frame-ancestors 'none'",
    );
  });
});
