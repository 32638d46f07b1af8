/**
 * Text that a document may hold and that must stay text on the site: the script injections and
 * stray Markdown of issue 9, each as a news article or a thesis might quote it.
 */
export const ATTACK_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">klik</a>',
  '[klik](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '<style>body{display:none}</style>',
  '![gambar](https://contoh.test/x.png)',
  '<https://contoh.test/>',
] as const;

/** Lines that Markdown would read as structure if they were written as they are. */
export const MARKDOWN_LINES = ['# pagar', '---', '* butir', '> kutipan', '1. nomor', '| a | b |', '```', '===', '~~coret~~', '**tebal**'] as const;

/** Element names no rendered document text may ever produce. */
export const ACTIVE_TAGS = ['script', 'img', 'svg', 'details', 'iframe', 'style', 'a', 'h1', 'hr'] as const;

/** URL schemes that run code or carry a document; none may survive anywhere. */
export const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;
