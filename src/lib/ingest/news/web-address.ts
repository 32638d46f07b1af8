/** Recognises the bare domains and URLs that pasted news pages carry. */
import { EMAIL_ADDRESS } from '../../text/email-address.ts';

/** "viva.co.id", "www.antaranews.com", "https://kompas.com/": a line that is only a site address. */
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\/?$/i;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"“”)]+[^\s<>"“”).,;:!?]/gi;

/**
 * The endings of a file's name, which no site's domain closes on: a page's image printed under it
 * ("Pelabuhan-Batam-Center.jpg") has a domain's shape but names no site.
 */
const FILE_NAME_ENDING = /\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|pdf|docx?|mp[34])$/i;

/** Returns the domain when `line` is nothing but a site address, as written (minus "www."); a file's name is none. */
export function readDomainLine(line: string): string | undefined {
  const domain = DOMAIN_LINE.exec(line)?.[1];
  return domain === undefined || FILE_NAME_ENDING.test(domain) ? undefined : domain;
}

/** A line that is nothing but an e-mail address, perhaps labelled: a site's or a desk's contact. */
const EMAIL_LINE = new RegExp(String.raw`^(?:e-?mail\s*:?\s*)?${EMAIL_ADDRESS}$`, 'i');

/**
 * True when `line` is only a site's address, its links or an e-mail address: how a page's header
 * and footer point to the site itself, never part of an article.
 */
export function isAddressLine(line: string): boolean {
  return readDomainLine(line) !== undefined || findUrls(line).join(' ') === line || EMAIL_LINE.test(line);
}

/** Returns the URLs in `text` in order of appearance. */
export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => match[0]);
}

/** Returns the host of `url` without "www.", or undefined when it does not parse. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
