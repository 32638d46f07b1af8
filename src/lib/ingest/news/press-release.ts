/**
 * Recognises the marks of a press release: the heading that names it ("SIARAN PERS", "PRESS
 * RELEASE"), its release number, the contact block ("Narahubung:") and the boilerplate about the
 * issuer ("Tentang Kementerian ..."). A release is a dated public text with an issuer, so it is
 * read as a news item whose outlet is that issuer.
 */

/** The heading a release is printed under, alone on its line. */
const RELEASE_HEADING =
  /^(?:siaran pers(?: bersama)?|rilis pers|keterangan pers|pernyataan pers|(?:joint )?press release|media release|press statement|for immediate release|untuk segera disiarkan)$/iu;
/** "Nomor: 123/HM/KOMINFO/05/2024", "No. 45/PR/BP2MI/V/2024": a number with two or more slashes. */
const RELEASE_NUMBER = /^(?:nomor|no\.?|number|ref\.?|reference)\s*[:：.]?\s*[\p{L}\p{N}.-]+(?:\/[\p{L}\p{N}.-]+){2,}$/iu;
/** The line that opens the contact block; what follows it is no longer the release's text. */
const CONTACT_LEAD =
  /^(?:narahubung|kontak media|kontak pers|media contacts?|press contacts?|contact person|informasi lebih lanjut(?: hubungi)?|for (?:further|more) information(?: contact)?)\b\s*(?:[:：]|$)/iu;
/** Words that open the name of an organisation, so "Tentang Kami" or "About Us" are not issuers. */
const ISSUER_HEAD =
  'Kementerian|Kemenko|Badan|Komisi|Lembaga|Direktorat|Pemerintah|Kantor|Dewan|Otoritas|Bank|Kepolisian|Kejaksaan|Mahkamah|Sekretariat|Yayasan|Asosiasi|Koalisi|Pusat|PT|Ministry|Agency|Department|Office|Commission|Council|Authority|Bureau|Organi[sz]ation|United|The';
/** "Tentang Kementerian Komunikasi dan Informatika", "About the Ministry of ...": up to 12 words, no sentence. */
const ABOUT_ISSUER = new RegExp(String.raw`^(?:Tentang|About)\s+((?:the\s+)?(?:${ISSUER_HEAD})\b[^.!?:]{0,100})$`, 'u');
const MAX_ISSUER_WORDS = 12;

/** True when `line` is the heading a press release is printed under ("SIARAN PERS"). */
export function isPressReleaseHeading(line: string): boolean {
  return RELEASE_HEADING.test(line);
}

/** True when `line` is a release number ("Nomor: 123/HM/KOMINFO/05/2024"). */
export function isReleaseNumberLine(line: string): boolean {
  return RELEASE_NUMBER.test(line);
}

/** True when `line` opens a release's contact block ("Narahubung:", "Media contact:"). */
export function isContactLead(line: string): boolean {
  return CONTACT_LEAD.test(line);
}

/**
 * Returns the organisation of an "about the issuer" heading ("Tentang Kementerian X" -> "Kementerian
 * X"), or undefined when `line` is not one.
 */
export function readAboutIssuer(line: string): string | undefined {
  const issuer = ABOUT_ISSUER.exec(line)?.[1]?.trim();
  return issuer !== undefined && issuer.split(' ').length <= MAX_ISSUER_WORDS ? issuer : undefined;
}
