/**
 * Reads university, faculty and department from text such as "pada departemen ilmu hubungan
 * internasional, Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Hasanuddin" or a cover page
 * in capitals. Each part is kept as written.
 */
import { stripLeadingMarker } from './author-list.ts';
import { EMAIL_ADDRESS } from '../../text/email-address.ts';
import { HIJRI_AFTER_YEAR } from './hijri-year.ts';
import { ACADEMIC_DEGREE, looksLikePersonName } from './person-name.ts';

/** The university, faculty and department a thesis names, each only when printed. */
export interface Affiliation {
  institution?: string;
  faculty?: string;
  department?: string;
}

/**
 * Words that open the name of each kind of unit; the name runs from the word to the part's end.
 * "Departement" is the English word as Indonesian authors often spell it, after "departemen".
 * "Progam Studi" is a misprint covers carry. A graduate programme ("Program Pascasarjana Ilmu Hukum") is a graduate school, the faculty
 * level over the study programmes.
 */
const OPENING_WORDS: Record<keyof Affiliation, RegExp> = {
  institution:
    /\b(universitas|universiti|institut|sekolah tinggi|politeknik|akademi|UIN|university of|institute of)\b/i,
  faculty: /\b(fakultas|faculty of|(?:sekolah|program) pascasarjana|school of|college of|graduate school)\b/i,
  department:
    /\b(progr?am studi|program (?:magister|doktor|sarjana)|prodi|jurusan|departemen|departe?ment of|study program|departe?ment|cent(?:re|er) for)\b/i,
};

/** The words of a name before its unit word: capitalised, but for the small words joining them ("Command and General Staff"). */
const NAME_WORDS = /^(?:\p{Lu}\S*|and|of|for|dan|&)(?:\s+(?:\p{Lu}\S*|and|of|for|dan|&))*$/u;

/**
 * English names that end with the kind of unit, e.g. "Hasanuddin University", with the country
 * or acronym a catalogue puts in brackets after it ("The Australian National University (Australia)").
 * A graduate school named so stands alone ("Naval Postgraduate School"); "School of X" opening a
 * name is a university's faculty, read by the opening words.
 */
const CLOSING_WORDS: Record<keyof Affiliation, RegExp> = {
  institution: /^(.*\S)\s+(university|institute of technology|institute|college|(?:post)?graduate school)(?:\s+\([^()]{2,30}\))?$/i,
  faculty: /^(.*\S)\s+faculty$/i,
  department: /^(.*\S)\s+(study program(?:me)?|department|program)$/i,
};

/** Units named in capitals on a cover page run together; split before each opening word. */
const SPLIT_BEFORE =
  /(?<!\bgraduate)\s+(?=(?:universitas|UIN|institut|fakultas|faculty of|progr?am studi|prodi|program (?:magister|doktor|sarjana|pascasarjana)|jurusan|departemen|departe?ment of|school of|college of|cent(?:re|er) for)\b)/i;

/**
 * A faculty named by its acronym, run on after a study programme with no comma: "Prodi Hubungan
 * Internasional FISIP Universitas X". Only in capitals, and only the acronyms Indonesian faculties
 * go by, so that no word of a programme's name is cut off.
 */
const FACULTY_ACRONYM_AFTER = /\s+(?=(?:FISIP(?:OL)?|FKIP|FEBI?|FISHUM|FSH|FIB|FH)\b)/u;

/**
 * The word a faculty's or school's field ends on ("Faculty of Humanities", "Faculty of Social and
 * Political Sciences"), or the unit's word closing an English name ("International Relations
 * Study Program"), when an English university named word first follows it with no comma:
 * "Faculty of Humanities President University" is split before "President University". The
 * words of the university's name are no unit's words, so a field is not cut from its unit's word.
 */
const UNIVERSITY_AFTER_FIELD =
  /(?<=\b(?:humanities|law|sciences?|studies|economics|business|engineering|medicine|education|arts|letters|communications?|psychology|agriculture|management|politics|government|technology|relations|theology|languages?|literature|culture|study\s+program(?:me)?|department))\s+(?=(?:(?!(?:study|program(?:me)?|department)\b)\p{Lu}[\p{L}'’-]+\s+){1,3}university\b)/iu;

/**
 * A unit's opening word in capitals run into the word before it, as a cover's lines lose the
 * break between them ("FAKULTAS HUKUMUNIVERSITAS ANDALAS"): only after three capitals, so that a
 * word in mixed case is never cut.
 */
const GLUED_OPENING_WORD = /(?<=\p{Lu}{3})(?=(?:UNIVERSITAS|FAKULTAS|PROGRAM STUDI|JURUSAN|DEPARTEMEN|INSTITUT)\b)/gu;

/** `text` with a space put back before each unit's opening word run into the word before it. */
function withGluedUnitsApart(text: string): string {
  return text.replace(GLUED_OPENING_WORD, ' ');
}

/** A year closing a part, as on a cover ("Universitas X, 2023", "... JAKARTA 2018/1439 H"): it is read as the year, not the name. */
const TRAILING_YEAR = new RegExp(`[,\\s]+(?:19|20)\\d{2}${HIJRI_AFTER_YEAR}$`, 'u');

/**
 * Words that open a clause after a unit's name, as in a cover's "Diajukan kepada Universitas X
 * untuk memenuhi salah satu syarat ..." or "submitted to X in partial fulfilment of ...", a label
 * run on after it ("Universitas X Keywords: ..."), or the unit's accreditation ("Program Studi X
 * Terakreditasi A SK BAN-PT ..."), or the author after "Oleh" (by) where a cover's lines ran together.
 */
const CLAUSE_AFTER_NAME =
  /\s+(?:untuk|guna|sebagai|yang|oleh|dalam\s+rangka|in\s+partial|as\s+(?:a|one|part)|submitted|diajukan|terakreditasi|accredited|key\s*words?|kata\s+kunci|abstra(?:ct|k)|(?:dengan\s+)?(?:peminatan|konsentrasi|minat\s+studi)|(?:with\s+(?:a\s+)?)?(?:concentration|specialization|specialisation|majoring)\b)\b.*$/i;

/**
 * Words of a sentence or a title, never of a unit's name: a line such as "Diplomasi Publik Amerika
 * Serikat Melalui Program" ends with a unit's word without naming a unit.
 */
const NOT_IN_UNIT_NAME =
  /\b(?:melalui|dalam|terhadap|pada|di|ke|dari|untuk|oleh|dengan|antara|sebagai|tentang|bagi|yang|through|against|towards?|between|with|by|on|from|to|under|after|before|during|within|is|are|was|were)\b/i;

/** An affiliation mark left after a name where it was printed apart: "Universitas Nusa Cendana 1". */
const TRAILING_MARK = /\s+[1-9]\*?$/;

/**
 * Where a page's snippet of the text cuts a name short and runs on to another: an ellipsis, or a
 * middle dot between snippets ("jurusan ilmu hubungan internasional … · boats definisi ..."). No
 * unit's name holds either.
 */
const SNIPPET_CUT = /\s*(?:…|\.{3}|\s·\s).*$/u;

/**
 * A closing quotation mark with no opening one before it in the part: the end of a quoted title
 * that mentions the unit ("... Dosen Hukum Universitas X” Naskah Publikasi ..."), and the end of
 * the unit's name. A name quoting a word of its own ("UPN “Veteran” Jakarta") opens the quote.
 */
const UNOPENED_QUOTE_END = /^([^“]*?)\s*”.*$/u;

/**
 * The author's contact or the article's information box run on after a unit's name, as a page's
 * lines run together: "Universitas X E-mail: a@x.ac.id", "(email: ...)", "Telp. 0411 ...",
 * "*Corresponding author", "Received: 12 Jan 2021", "Diterima: ...", "Article Info", "Info Artikel".
 */
const CONTACT_OR_BOX_AFTER_NAME =
  /\s+[(*]?\s*(?:(?:e-?mail|surel|telp|telepon|phone|fax|corresponding\s+author|received|diterima|article\s+(?:info(?:rmation)?|history)|info(?:rmasi)?\s+artikel|sejarah\s+artikel|riwayat\s+artikel)\b|tel\.).*$/i;

/** The street address an article prints after its university: "Universitas X Jalan Prof. H. Soedarto". */
const ADDRESS_AFTER_NAME = /\s+(?:jalan|jln?\.)\s.*$/i;

/**
 * A law faculty's section on a cover, in capitals: "BAGIAN HUKUM PIDANA". Only in capitals, as
 * "bagian" is an everyday word in prose, and not before an ordinal ("BAGIAN PERTAMA" is a part of
 * a text).
 */
const SECTION_IN_CAPITALS = /^BAGIAN\s+(?!(?:PERTAMA|KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA|AKHIR)\b)\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,5}$/u;

/**
 * A law faculty's section named in mixed case, anywhere in a part: "Bagian Hukum Internasional",
 * "... Ujian Komprehensif pada Bagian Studi Hukum Pidana". Only before "Hukum" and capitalised
 * words, which tells it from the everyday "bagian", and not after "Kepala" (a government office's
 * legal division, "Kepala Bagian Hukum Setda X", is a workplace, not a unit of study).
 */
const LAW_SECTION = /(?<!\b(?:Kepala|Kabag|Sub)\s+)\bBagian\s+(?:Studi\s+)?Hukum(?:\s+(?:dan\s+)?\p{Lu}[\p{L}'’-]+){1,5}/u;

/** Graduate divisions named by their opening words alone: they are the faculty level of a university. */
const SELF_NAMED_FACULTY = /^(?:sekolah\s+pascasarjana|program\s+pascasarjana|graduate\s+school)$/i;

/**
 * A person's role opening an affiliation, as author notes and biographies print it: "Lecturer at
 * the Department of ...", "Dosen pada Program Studi ...", "Mahasiswa Program Studi ...". Also
 * "the Faculty of the X College" that an English cover submits a thesis to: the teaching staff
 * of the institution named after it, no faculty of its own.
 */
const ROLE_BEFORE_UNIT =
  /^(?:(?:the\s+)?faculty\s+of\s+the|(?:senior\s+|junior\s+)?lecturers?\s+(?:at|in|of)|researchers?\s+(?:at|in|of)|(?:(?:doctoral|doctorate|ph\.?d\.?|master'?s?)\s+)?candidates?\s+(?:at|in|of)|(?:post)?graduate\s+students?\s+(?:at|in|of)|students?\s+(?:at|in|of)|(?:(?:associate|assistant)\s+)?professors?\s+(?:at|in|of)|dosen(?:\s+tetap)?(?:\s+(?:pada|di))?|mahasiswa(?:\s+(?:pada|di))?|staf\s+pengajar(?:\s+(?:pada|di))?|peneliti(?:\s+(?:pada|di))?)\s+(?:the\s+)?(?=\p{Lu})/iu;

/**
 * A role naming the place a person works at, with no unit's word after it: "Peneliti pada
 * Puslitbang Kejaksaan RI", "Researcher at the Habibie Center". What it names is the institution.
 * Only "at", "pada" and "di": "Lecturer in International Relations" names a field, not a place.
 */
const WORKPLACE_ROLE = /^(?:peneliti|dosen|staf\s+pengajar|(?:senior\s+)?researchers?|(?:senior\s+)?lecturers?)\s+(?:at|pada|di)\s+(?:the\s+)?(?=\p{Lu})/iu;

/** Most words of an institution named after a workplace role; a longer run is a sentence. */
const MAX_WORKPLACE_WORDS = 6;

/** The institution a workplace role ({@link WORKPLACE_ROLE}) names in `part`, if it names one. */
function workplaceAfterRole(part: string, name: string): string | undefined {
  if (!WORKPLACE_ROLE.test(part) || name.split(/\s+/).length > MAX_WORKPLACE_WORDS) return undefined;
  // Shaped like a person's name ("Puslitbang Kejaksaan RI") it may be: one works at a place, not at a person.
  return NAME_WORDS.test(name) && !NOT_IN_UNIT_NAME.test(name) ? name : undefined;
}

/** `text` without a person's role before the unit it names. */
function withoutRole(text: string): string {
  return text.replace(ROLE_BEFORE_UNIT, '');
}

/**
 * Leading prepositions that are not part of a name: "pada", "di", "at the", "of the". "The"
 * opening the part is the name's own ("The Australian National University").
 */
const LEADING_PREPOSITION = /^(?:pada|di|dari|at|of|in|from)\s+(?:the\s+)?/i;
/** "the" in lower case opening a part, as a sentence's: "the Hasanuddin University". */
const LOWER_CASE_THE = /^the\s+/;

/**
 * Words opening a part before an English "University of" or "Institute of Technology" that belong
 * to the name: "Royal Melbourne Institute of Technology", "Norwegian University of Life Sciences",
 * and "The" in "The University of Leeds", in mixed case or all in capitals as a cover sets them
 * ("MASSACHUSETTS INSTITUTE OF TECHNOLOGY"). Only one to four capitalised words that name no unit of
 * their own, with nothing else before them. Other institutes ("Asian Institute of Research") are
 * as often a publisher as a university, and keep the name from their opening word.
 */
const NAME_WORDS_BEFORE = /^(?:the\s+|THE\s+|(?:\p{Lu}[\p{Ll}'’-]+\s+){1,4}|(?:\p{Lu}[\p{Lu}'’-]+\s+){1,4})$/u;
const UNIVERSITY_NAMED_AFTER = /^(?:university\s+of|institute\s+of\s+technology)\b/i;

/** The words before the English name `named` that belong to it, or ''. */
function nameWordsBefore(before: string, named: string): string {
  if (!UNIVERSITY_NAMED_AFTER.test(named) || !NAME_WORDS_BEFORE.test(before)) return '';
  return Object.values(OPENING_WORDS).some((words) => words.test(before)) || NOT_IN_UNIT_NAME.test(before) ? '' : before;
}

/**
 * Names the unit `part` is about. A label's colon after the opening word is dropped ("Program
 * Studi : Ilmu Politik" gives "Program Studi Ilmu Politik"); when the opening word ends the
 * part, the name is the words before it ("International Relations Study Program").
 */
function classifyPart(part: string): [keyof Affiliation, string] | undefined {
  const text = withoutRole(stripLeadingMarker(part).trim()).replace(/[.;:]+$/, '').replace(TRAILING_YEAR, '').replace(TRAILING_MARK, '').trim();
  if (SELF_NAMED_FACULTY.test(text)) return ['faculty', text];
  if (SECTION_IN_CAPITALS.test(text)) return ['department', text];
  const section = LAW_SECTION.exec(text)?.[0];
  if (section !== undefined) return ['department', section];
  for (const kind of ['department', 'faculty', 'institution'] as const) {
    const opening = OPENING_WORDS[kind].exec(text);
    if (!opening) continue;
    const rest = text
      .slice(opening.index + opening[0].length)
      .replace(/^\s*[:：]\s*/, ' ')
      .replace(UNOPENED_QUOTE_END, '$1')
      .replace(CLAUSE_AFTER_NAME, '')
      .replace(CONTACT_OR_BOX_AFTER_NAME, '')
      .replace(ADDRESS_AFTER_NAME, '')
      .replace(SNIPPET_CUT, '')
      // A dash (or its mojibake "±") left dangling where the next unit was split off.
      .replace(/[\s±–—-]+$/, '')
      // So is the preposition before the next unit ("Jurusan Ilmu Hukum Pada" / "Fakultas ...").
      .replace(DANGLING_PREPOSITION, '');
    const before = kind === 'institution' ? nameWordsBefore(text.slice(0, opening.index), `${opening[0]}${rest}`) : '';
    if (rest.trim() !== '') return [kind, `${before}${opening[0]}${rest}`];
  }
  for (const kind of ['faculty', 'institution', 'department'] as const) {
    const closing = CLOSING_WORDS[kind].exec(text.replace(LEADING_PREPOSITION, '').replace(LOWER_CASE_THE, '').replace(CLAUSE_AFTER_NAME, ''));
    if (closing && closing[1]!.split(/\s+/).length <= 6 && !NOT_IN_UNIT_NAME.test(closing[1]!) && NAME_WORDS.test(closing[1]!) && !SENTENCE_END.test(closing[1]!)) return [kind, closing[0]];
  }
  const workplace = workplaceAfterRole(stripLeadingMarker(part).trim(), text);
  return workplace === undefined ? undefined : ['institution', workplace];
}

/**
 * A sentence's end inside the words before a closing unit word: a catalogue's imprint, "Monterey
 * California. Naval Postgraduate School", names the place, then the school. A word of three
 * letters at least before the full stop, so an abbreviation ("St. Mary's College") stays.
 */
const SENTENCE_END = /\p{L}{3,}\.\s/u;

/** A preposition closing a part, where the unit it led to was split off: "Jurusan Ilmu Hukum Pada". */
const DANGLING_PREPOSITION = /\s+(?:pada|di|of|at|in)$/i;

/** A research centre's name: "Centre for Criminal Justice Studies". */
const CENTRE = /^cent(?:re|er)\s+for\b/i;

/**
 * A degree with the university that gave it in brackets, as English covers print them after the
 * author's name: "BA (Universitas Jember), MA (Nagoya University)". The university is where the
 * author studied before, not the unit of this work.
 */
const EARNED_DEGREE = new RegExp(String.raw`(?<![\p{L}.])${ACADEMIC_DEGREE}\s*\([^()]*\)`, 'gu');

/**
 * A sentence end, then the number marking the next author's note: "..., Palu. 2 Lecturer at",
 * "Makassar. 5Postgraduate Program". Three small letters before the full stop, so that "No. 2"
 * and "Vol. 3" are no sentence end.
 */
const NEXT_AUTHOR_NOTE = /(?<=\p{Ll}{3}\.)\s+(?=\d{1,2}\s*\p{Lu})/u;

/** Stands for a comma inside a unit's name while the text is split at the others. */
const KEPT_COMMA = '\uE000';

/** Capitalised words, one to three, none a unit's word: an item of a list of fields. */
const FIELD_WORDS = String.raw`(?!(?:fakultas|faculty|school|program|prodi|jurusan|departemen|department|universitas|universiti|university|institut|institute|politeknik|sekolah)\b)\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}`;

/**
 * A faculty or department named by the fields it covers, listed with commas and closed by "dan" or
 * "and": "Fakultas Ekonomi, Bisnis, dan Humaniora", "School of Global, Urban and Social Studies", up
 * to a separator or the university run on after it ("... dan Humaniora Universitas X").
 */
const ENUMERATED_UNIT = new RegExp(
  String.raw`(\b(?:fakultas|faculty\s+of|school\s+of|college\s+of|program\s+studi|prodi|jurusan|departemen|department\s+of)\s[^,;\n•|]+)((?:,\s*${FIELD_WORDS})*,\s*(?:${FIELD_WORDS}\s+)?(?:dan|and|&)\s+${FIELD_WORDS})(?=\s*(?:[,;\n•|]|$)|\s+(?:universitas|universiti|institut|university\s+of)\b)`,
  'giu',
);

/** `text` with the commas inside enumerating unit names kept from the split. */
function withEnumerationsKept(text: string): string {
  return text.replace(ENUMERATED_UNIT, (_whole, unit: string, fields: string) => `${unit}${fields.replaceAll(',', KEPT_COMMA)}`);
}

/**
 * A field's name: two to four capitalised words, perhaps joined by "and", "dan", "of" or "&". A
 * longer run is as likely a name run on into the unit ("Tiara Liu Magister of Political Sciences").
 */
const FIELD_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|dan|of|&)\s+)?\p{Lu}[\p{L}'’-]*){1,3}$/u;

/**
 * The unit printed first in a list of units with no word for its kind, right before the faculty:
 * "Peace and Conflict Resolution, Faculty of National Security, Indonesia Defense University",
 * "International Relations, Faculty of Social and Political Sciences, ...". Only a field's name
 * that no unit's word classifies and that is no person's name (an author's "Name, Faculty of X").
 */
function departmentBeforeFaculty(parts: readonly string[]): string | undefined {
  const first = withoutRole(stripLeadingMarker(parts[0] ?? '').trim());
  const next = classifyPart(parts[1] ?? '');
  if (next?.[0] !== 'faculty' || classifyPart(first) || !FIELD_NAME.test(first)) return undefined;
  return NOT_IN_UNIT_NAME.test(first) || looksLikePersonName(first) ? undefined : first;
}

/** A master's programme named without "Program": "Magister Ilmu Sosial", "Magister of Political Sciences". */
const MASTERS_PROGRAMME = /^(?:Magister|MAGISTER)\s+(?:(?:of|OF)\s+)?\p{Lu}[\p{L}'’ -]*$/u;

/**
 * The master's programme a part opens with, as the department beside a faculty or a university
 * named in the same text. Alone, "Magister Hukum" is as often the degree a cover says the thesis
 * earns.
 */
function mastersProgramme(parts: readonly string[], found: Affiliation): string | undefined {
  if (!found.faculty && !found.institution) return undefined;
  return parts.map((part) => withoutRole(stripLeadingMarker(part).trim())).find((part) => MASTERS_PROGRAMME.test(part));
}

/**
 * Returns the institution, faculty and department named in `text`; the first mention of each
 * wins. Parts are separated by commas, semicolons, line breaks, bullets and bars (a page's list
 * of authors and their units), or (in capitals on a cover) by the word that opens the next unit.
 */
export function parseAffiliation(text: string): Affiliation {
  const found: Affiliation = {};
  // Authors' notes run together ("1 Lecturer at ..., Palu. 2 Lecturer at ..."): the first author's note is read alone.
  const firstNote = withGluedUnitsApart(text.split(NEXT_AUTHOR_NOTE)[0] ?? text).replace(EARNED_DEGREE, ' ');
  // The marks opening a note ("1,2,3 Peace and ...") are no part of it; their commas would split it.
  const parts = withEnumerationsKept(stripLeadingMarker(firstNote))
    .split(/[,;\n•|]/)
    .flatMap((part) => part.split(SPLIT_BEFORE))
    .flatMap((part) => part.split(UNIVERSITY_AFTER_FIELD))
    .flatMap((part) => part.split(FACULTY_ACRONYM_AFTER));
  for (const part of parts) {
    const classified = classifyPart(part);
    if (classified && found[classified[0]] === undefined) found[classified[0]] = classified[1].replaceAll(KEPT_COMMA, ',');
  }
  const department = found.department ? undefined : (departmentBeforeFaculty(parts.filter((part) => part.trim() !== '')) ?? mastersProgramme(parts, found));
  if (department) found.department = department;
  // A research centre stands alone as often as inside a university: it is a department only beside one.
  if (found.department && CENTRE.test(found.department) && !found.institution) delete found.department;
  return found;
}

/**
 * True when `text` opens with the name of a unit ("Program Studi X, ...", "UNIVERSITAS Y"),
 * rather than mentioning one further on.
 */
export function opensWithUnitName(text: string): boolean {
  const printed = stripLeadingMarker(text).trim();
  const line = withoutRole(printed);
  const first = line.split(/[,;]/)[0]!.trim();
  if (workplaceAfterRole(printed.split(/[,;]/)[0]!.trim(), first) !== undefined) return true;
  if (Object.values(parseAffiliation(first)).some((name) => name !== undefined && first.startsWith(name))) return true;
  // A master's programme is a unit only beside the faculty or university after it ("Magister of X, Faculty of Y").
  return MASTERS_PROGRAMME.test(first) && parseAffiliation(line).department === first;
}

/**
 * True when `text` opens with a field's name read as the department from the faculty after it
 * ("Peace and Conflict Resolution, Faculty of ..."). Kept apart from {@link opensWithUnitName},
 * which tells names from units: a name run into a unit ("... Liu Magister of X, Faculty of Y")
 * has the same shape.
 */
export function opensWithFieldBeforeFaculty(text: string): boolean {
  const line = withoutRole(stripLeadingMarker(text).trim());
  const department = parseAffiliation(line).department;
  return department !== undefined && line.split(/[,;]/)[0]!.trim() === department;
}

/**
 * An e-mail address closing an author's affiliation line, with its label or in brackets:
 * "Universitas X, Indonesia; email: a@x.ac.id", "Universitas X (a@x.ac.id)", or as a saved page
 * hides it ("[email protected]"). It is the author's
 * contact, printed beside the units, and makes the line no less an affiliation.
 */
const CLOSING_CONTACT = new RegExp(String.raw`[\s,;]*\(?\s*(?:(?:e-?mail|surel|correspondence)\s*[:：]?\s*)?(?:${EMAIL_ADDRESS}|\[email\s+protected\])\s*\)?\s*$`, 'i');

/** `text` without the e-mail address closing it. */
export function withoutClosingContact(text: string): string {
  return text.replace(CLOSING_CONTACT, '');
}

/** A publisher's label opening a line, with the publisher's name after it or on the next line. */
const PUBLISHER_LABEL = /^(?:published\s+by|publisher|diterbitkan\s+oleh|penerbit)\b\s*:?/i;
/** "Published by" within a paragraph that a reflow joined to the lines before it. */
const PUBLISHED_BY = /\b(?:published\s+by|diterbitkan\s+oleh)\b/i;

/**
 * `text` without the publisher a journal names ("Published by GIGA Institute of ..."), whose
 * units are nobody's affiliation: cut where "Published by" stands, and empty when the line
 * before, `previous`, is a publisher's label.
 */
export function withoutPublisher(text: string, previous = ''): string {
  if (PUBLISHER_LABEL.test(previous.trim()) || PUBLISHER_LABEL.test(text.trim())) return '';
  const at = PUBLISHED_BY.exec(text)?.index;
  return at === undefined ? text : text.slice(0, at).trim();
}

/** A journal's name ("UPH Journal of International Relations", "Jurnal Hukum X"), not a skripsi's "JURNAL SKRIPSI". */
const JOURNAL_NAME = /\bjournal\s+of\b|\bjurnal\s+(?!skripsi|tesis|mahasiswa)\p{L}/iu;

/**
 * True when `text` opens a journal's masthead: its name, or the line saying who publishes it.
 * The units printed right under either are the publisher's, and nobody's affiliation.
 */
export function opensMasthead(text: string): boolean {
  return JOURNAL_NAME.test(text) || PUBLISHED_BY.test(text);
}

/** Copies the units `block` does not have yet: the first mention of each wins. */
export function fillAffiliation(block: Affiliation, affiliation: Affiliation): void {
  for (const key of ['institution', 'faculty', 'department'] as const) {
    const value = affiliation[key];
    if (value && !block[key]) block[key] = value;
  }
}
