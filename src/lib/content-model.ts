/**
 * The Lintas content model: the zod schema of every collection, in one Astro-free module so the
 * ingest can validate what it writes with the very schemas the build applies.
 *
 * Links between entries are made by a `reference` function handed in: `src/content.config.ts`
 * passes Astro's `reference()`, the ingest passes a plain id check ({@link fileModel}).
 */
import { z } from 'astro/zod';
import { LANGS } from './langs.ts';
import { ID_BASES } from './entry-id.ts';
import { isSourceFileSlug } from './slug.ts';

const lang = z.enum(LANGS);

/** A text given in one or both languages; a language the source lacks stays absent. */
const localized = z
  .object({ id: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .strict();

/** A text every entry of the collection gives in both languages. */
const bilingual = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();

const localizedList = z
  .object({ id: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) })
  .strict();

/**
 * YAML reads an unquoted 2025-12-17 as a timestamp; a person writing one by hand means the day,
 * so a Date is taken back to its YYYY-MM-DD form.
 */
function dateString(pattern: RegExp, message: string) {
  return z
    .union([z.string().regex(pattern, message), z.date()])
    .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date only as precise as the source makes it. */
export const partialDate = dateString(
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  'expected YYYY, YYYY-MM or YYYY-MM-DD',
);

/** A web address a page may link to: http or https only, so no `javascript:` or `data:` link is ever rendered. */
const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http or https address' });
const isoDate = dateString(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

/**
 * A note on one field (a dotted path such as `title.en`) with the reason in plain words: in
 * `review`, a field a person has to look at (missing from the source, derived, doubtful); in
 * `curated`, a field completed or corrected by hand, which the ingest keeps on re-runs.
 */
export const fieldNote = z.object({ field: z.string().min(1), reason: z.string().min(1) }).strict();

/** The parsers an entry can come from; recorded in its provenance. */
export const PARSERS = ['thesis-abstract', 'thesis-full', 'article', 'news', 'legal'] as const;

/** The kinds a person can name with the ingest's `--kind`; a thesis is then read as abstract page or full text. */
export const READABLE_KINDS = ['thesis', 'article', 'news', 'legal'] as const;

/** Where an ingested entry came from, and a digest of what the ingest wrote. */
const provenance = z
  .object({
    /** Path of the raw document, relative to `content/`; its name is one the ingest derives. */
    file: z
      .string()
      .refine((file) => /^sources\/[^/]+$/.test(file) && isSourceFileSlug(file.slice('sources/'.length)), {
        message: 'expected sources/<file name> with a safe name (lower-case letters, digits, - _ and dots)',
      }),
    /** The name the document came with, when it had to be kept under another one. */
    originalName: z.string().min(1).optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    parser: z.enum(PARSERS),
    /**
     * The kind a person named with `--kind` (thesis, article or news) when the entry was made;
     * later runs of the ingest read the document as that kind again unless `--kind` names another.
     */
    kind: z.enum(READABLE_KINDS).optional(),
    /**
     * What the entry's id was made from (`src/lib/entry-id.ts`): the reviewed title or headline,
     * or, when that was missing or awaiting review, the source file's name or digest.
     */
    idFrom: z.enum(ID_BASES).optional(),
    /** sha256 of the entry as generated; a mismatch means the file was edited by hand. */
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    /** The format the raw document came in, when it was not plain text. */
    format: z.enum(['pdf', 'html']).optional(),
    /**
     * True when the raw file holds only the beginning of the document (its cover or header, the
     * abstract or the first paragraphs), as copies from repositories and news sites often do. The
     * ingest cannot tell, so a person sets it as a curated field (`source.excerpt`); the pages then
     * say the entry is an excerpt and point to the whole document at the entry's `sourceUrl`.
     */
    excerpt: z.boolean().optional(),
    /**
     * Fields taken from what the document states about itself rather than from its text (a web
     * page's meta tags or JSON-LD, a PDF's properties): field path → the tag it was read from.
     */
    stated: z.record(z.string().min(1), z.string().min(1)).optional(),
    /**
     * For a PDF, the page each passage starts on: `abstract.<lang>` or `body.<n>` (the n-th block
     * of the body, from 0) with its 1-based page in the file. A passage not found is left out.
     */
    pages: z
      .array(z.object({ at: z.string().regex(/^(?:abstract\.(?:id|en)|body\.\d+)$/), page: z.number().int().min(1) }).strict())
      .optional(),
  })
  .strict();

const person = z.object({ name: z.string().min(1), role: z.string().min(1).optional() }).strict();

const figure = z
  .object({
    value: z.number(),
    unit: z.string().min(1),
    /** The words of the text the number was read from. */
    phrase: z.string().min(1),
    qualifier: z.enum(['more-than', 'less-than', 'about', 'at-least']).optional(),
  })
  .strict();

const quote = z.object({ text: z.string().min(1), speaker: z.string().min(1).optional() }).strict();

/** The kinds of legal instrument and event the legal collection holds. */
export const LEGAL_KINDS = [
  'convention',
  'protocol',
  'law',
  'presidential-regulation',
  'ministerial-regulation',
  'regional-process',
  'declaration',
  'statement',
  'event',
  'constitution',
  'agreement',
  'government-regulation',
  'presidential-decision',
  'presidential-instruction',
  'agency-regulation',
  'regional-regulation',
] as const;

/**
 * How one legal instrument relates to another, stated on the instrument that acts (the amending
 * law, the protocol). The other direction (`amended_by`, `has_protocol`...) is never written in
 * the data: `src/lib/graph/inverse-links.ts` derives it, so a pair can never disagree. `part_of`
 * ties a meeting or a declaration to the process or forum it was held or adopted in.
 */
export const RELATION_TYPES = ['amends', 'replaces', 'ratifies', 'protocol_of', 'implements', 'legal_basis', 'part_of'] as const;

/** The short codes of Indonesian regulation forms a legal entry's `citation` may carry. */
export const CITATION_FORMS = ['uu', 'perppu', 'pp', 'perpres', 'keppres', 'inpres', 'permen', 'perban', 'perda'] as const;

/** The kinds of entity (`content/entities/`): bodies, people and states the entries name. */
export const ENTITY_KINDS = ['organisation', 'person', 'country'] as const;

/** The collections a reference can point to. */
export type ReferencedCollection = 'concepts' | 'legal' | 'entities';

/** Builds the four collection schemas around a way of checking references between entries. */
export function createContentModel<R extends z.ZodType>(reference: (collection: ReferencedCollection) => R) {
  /** Fields shared by everything the ingest writes. */
  const ingestedBase = z.object({
    concepts: z.array(reference('concepts')).default([]),
    legalInstruments: z.array(reference('legal')).default([]),
    /** Country entities (`kind: country`) the text names, in order of first mention. */
    countries: z.array(reference('entities')).default([]),
    /** Organisation entities (`kind: organisation`) the text names, in order of first mention. */
    organisations: z.array(reference('entities')).default([]),
    /**
     * Person entities (`kind: person`) the entry names. A news item's `people` keeps the names and
     * roles as the text gives them; this field says which of them have a page.
     */
    persons: z.array(reference('entities')).default([]),
    /** The address of the document as published (the page it was copied or saved from), shown as its origin. */
    sourceUrl: webUrl.optional(),
    source: provenance,
    review: z.array(fieldNote).default([]),
    curated: z.array(fieldNote).default([]),
  });

  const studySchema = ingestedBase
    .extend({
      title: localized,
      authors: z.array(z.string().min(1)).default([]),
      studentNumber: z.string().min(1).optional(),
      /** Supervisors in the order the source lists them, with the role it gives. */
      supervisors: z.array(person).default([]),
      institution: z.string().min(1).optional(),
      faculty: z.string().min(1).optional(),
      department: z.string().min(1).optional(),
      /** As the source names it, e.g. "Skripsi". */
      studyType: z.string().min(1).optional(),
      year: z.number().int().min(1900).max(2100).optional(),
      languages: z.array(lang).min(1),
      abstract: localized,
      /** Keywords exactly as the author wrote them, per language. */
      keywords: localizedList,
      period: z
        .object({ from: z.number().int(), to: z.number().int() })
        .strict()
        .refine((p) => p.from <= p.to, 'period.from must not be after period.to')
        .optional(),
      method: z.string().min(1).optional(),
      /** Where a journal article was published, as the article prints it. */
      publication: z
        .object({
          journal: z.string().min(1).optional(),
          volume: z.string().min(1).optional(),
          issue: z.string().min(1).optional(),
          /** A page range as printed, e.g. "145-160". */
          pages: z.string().min(1).optional(),
          doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI such as 10.1234/abc').optional(),
        })
        .strict()
        .optional(),
      /** True when the body holds chapters of the thesis, not just its abstracts. */
      fullText: z.boolean().default(false),
    })
    .strict();

  const newsSchema = ingestedBase
    .extend({
      /** Absent when the document gives none: a headline is never made up from the text. */
      headline: z.string().min(1).optional(),
      language: lang,
      outlet: z.string().min(1).optional(),
      author: z.string().min(1).optional(),
      editor: z.string().min(1).optional(),
      translator: z.string().min(1).optional(),
      copyright: z.string().min(1).optional(),
      published: isoDate.optional(),
      eventDate: isoDate.optional(),
      /** The place named in the dateline. */
      dateline: z.string().min(1).optional(),
      people: z.array(person).default([]),
      quotes: z.array(quote).default([]),
      figures: z.array(figure).default([]),
    })
    .strict();

  /** A place and a day the text names together ("Ditetapkan di Jakarta pada tanggal 19 Mei 2017"). */
  const placeAndDate = z.object({ place: z.string().min(1).optional(), date: isoDate.optional() }).strict();

  const legalSchema = z
    .object({
      kind: z.enum(LEGAL_KINDS),
      /** The English title is absent for an instrument ingested from its Indonesian text until a person writes it. */
      title: z.object({ id: z.string().min(1), en: z.string().min(1).optional() }).strict(),
      /** Short names and spellings a text may use, per language. */
      aliases: localizedList,
      /** For Indonesian regulations: the citation parts a text writes them with. */
      citation: z
        .object({
          form: z.enum(CITATION_FORMS),
          number: z.string().min(1),
          year: z.number().int(),
        })
        .strict()
        .optional(),
      number: z.string().min(1).optional(),
      /** The year the heading gives ("TAHUN 2007"), also when the number is not a plain one ("M.01-HU.03.02"). */
      year: z.number().int().optional(),
      /** The form's words as the heading prints them ("PERATURAN MENTERI KOMUNIKASI DAN INFORMATIKA"). */
      formAsPrinted: z.string().min(1).optional(),
      issuer: z.string().min(1).optional(),
      jurisdiction: z.string().min(1),
      adopted: partialDate.optional(),
      signed: partialDate.optional(),
      inForce: partialDate.optional(),
      /** Where and when the text says it was enacted ("Ditetapkan di ... pada tanggal ..."). */
      enacted: placeAndDate.optional(),
      /** Where and when the text says it was promulgated ("Diundangkan di ... pada tanggal ..."). */
      promulgated: placeAndDate.optional(),
      /** For an international instrument: the body or meeting that adopted it, as the text names it. */
      adoptingBody: z.string().min(1).optional(),
      /** For an international instrument: where and when the text says it was adopted or signed, or its meeting held. */
      concluded: placeAndDate.optional(),
      /** For an international instrument: the states or governments the text lists as its parties or participants, as printed. */
      parties: z.array(z.string().min(1)).default([]),
      /** The gazette it was published in (Lembaran Negara, Berita Negara...). */
      gazette: z
        .object({
          name: z.string().min(1),
          year: z.number().int(),
          number: z.string().min(1),
          /** The reference as the text prints it ("LEMBARAN NEGARA REPUBLIK INDONESIA No.93, 2015"). */
          printed: z.string().min(1),
        })
        .strict()
        .optional(),
      /** Its supplement (Tambahan Lembaran Negara), which prints the elucidation, as the text prints it. */
      gazetteSupplement: z.string().min(1).optional(),
      /** The considerations ("Menimbang"), in order, as printed. */
      considerations: z.array(z.string().min(1)).default([]),
      /** The legal basis ("Mengingat"), in order, as printed, with the entries each item names. */
      legalBasis: z
        .array(
          z
            .object({
              text: z.string().min(1),
              /** The instrument the item cites, as it names it, without articles, gazette or amendments. */
              cites: z.string().min(1).optional(),
              targets: z.array(reference('legal')).default([]),
            })
            .strict(),
        )
        .default([]),
      status: z.string().min(1).optional(),
      relations: z
        .array(
          z
            .object({
              type: z.enum(RELATION_TYPES),
              target: reference('legal'),
              /** The words of the instrument's text the relation was read from. */
              quote: z.string().min(1).optional(),
            })
            .strict(),
        )
        .default([]),
      officialUrls: z.array(webUrl).default([]),
      sources: z.array(webUrl).default([]),
      verified: z.boolean().default(false),
      /** Facts the data sheet could not confirm, said in both languages. */
      uncertain: z.array(z.object({ field: z.string().min(1), note: localized }).strict()).default([]),
      /** Written for Lintas from the facts, in both languages; absent until a person writes it. */
      summary: localized.optional(),
      /** For an entry ingested from the instrument's text: the raw file and how it was read. */
      source: provenance.optional(),
      review: z.array(fieldNote).default([]),
      curated: z.array(fieldNote).default([]),
    })
    .strict();

  /**
   * A SKOS concept. Only `broader` and `related` are written: `narrower` is derived from the other
   * concepts' `broader` and `related` is made symmetric (`src/lib/graph/inverse-links.ts`).
   */
  const conceptSchema = z
    .object({
      prefLabel: bilingual,
      altLabels: localizedList,
      /** Misspellings and broken forms authors' keywords carry: matched, never shown. */
      hiddenLabels: localizedList.optional(),
      definition: bilingual,
      broader: z.array(reference('concepts')).default([]),
      related: z.array(reference('concepts')).default([]),
    })
    .strict();

  /** Names and labels every kind of entity has. */
  const entityBase = {
    /** The name shown on pages, per language (a person's name is the same in both). */
    label: bilingual,
    /** Other names, spellings and acronyms a text may use, per language. */
    aliases: localizedList,
    /**
     * Names several bodies share ("NCB", "National Central Bureau"): never enough to tag this
     * entity alone, only with a country right after it ("NCB-Interpol Tiongkok").
     */
    ambiguousAliases: z.array(z.string().min(1)).default([]),
    /** A line or two on what the entity is, written for Lintas. */
    description: localized.optional(),
  };

  const entitySchema = z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('organisation'),
        ...entityBase,
        /** The state a national body belongs to; absent for international ones. */
        country: reference('entities').optional(),
        /** The body this one is a unit or a member office of (Bareskrim of Polri). */
        partOf: reference('entities').optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('person'),
        ...entityBase,
        /** Positions the bundled texts give the person, with the body each belongs to. */
        roles: z
          .array(z.object({ title: localized, organisation: reference('entities').optional() }).strict())
          .default([]),
      })
      .strict(),
    z
      .object({
        kind: z.literal('country'),
        ...entityBase,
        /** ISO 3166-1 alpha-2 code: the ingest finds the country by every name it has in both languages. */
        code: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
      })
      .strict(),
  ]);

  return { studySchema, newsSchema, legalSchema, conceptSchema, entitySchema };
}

/** The model as the files hold it, references as plain ids: what the ingest validates against. */
export const fileModel = createContentModel(() => z.string().min(1));

/** Frontmatter as written in the files (references as plain ids). */
export type StudyFrontmatter = z.input<typeof fileModel.studySchema>;
export type NewsFrontmatter = z.input<typeof fileModel.newsSchema>;
export type LegalData = z.input<typeof fileModel.legalSchema>;
export type ConceptData = z.input<typeof fileModel.conceptSchema>;
export type EntityData = z.input<typeof fileModel.entitySchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type FieldNote = z.infer<typeof fieldNote>;
export type Parser = (typeof PARSERS)[number];
