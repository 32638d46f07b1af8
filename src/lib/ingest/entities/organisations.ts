/**
 * The organisations the ingest recognises by name: a short curated table, because an organisation
 * tag must be right more than it must be complete. Canonical names follow one pattern, the
 * official name in the organisation's own working language with its usual acronym in brackets,
 * so a reviewer can check them and the same body always gets the same tag.
 */

export interface OrganisationEntry {
  /** Canonical name written into the `organisations` field. */
  name: string;
  /** Every name, translation and acronym texts use, in both languages. */
  aliases: readonly string[];
  /**
   * For a name any state's body can carry ("Kementerian Luar Negeri"): the state the bare name
   * means in this corpus. A different country named right after it makes it another state's body,
   * which is not tagged.
   */
  country?: string;
  /**
   * For INTERPOL: an alias followed by a country ("NCB-Interpol Tiongkok") names that country's
   * National Central Bureau, tagged as this prefix plus the country's English short name.
   */
  nationalBureauPrefix?: string;
}

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  {
    name: 'International Criminal Police Organization (INTERPOL)',
    aliases: [
      'INTERPOL',
      'Interpol',
      'International Criminal Police Organization',
      'ICPO-Interpol',
      'Organisasi Polisi Kriminal Internasional',
      'NCB-Interpol',
      'NCB',
      'National Central Bureau',
      'National Central Bureau (NCB)-Interpol',
      'National Central Bureau Interpol',
      'National Central Bureau (NCB) of Interpol',
      'National Central Bureau of Interpol',
    ],
    nationalBureauPrefix: 'NCB-Interpol',
  },
  {
    name: 'United Nations (UN)',
    aliases: ['United Nations', 'UN', 'PBB', 'Perserikatan Bangsa-Bangsa', 'Persatuan Bangsa-Bangsa'],
  },
  {
    name: 'United Nations Office on Drugs and Crime (UNODC)',
    aliases: [
      'UNODC',
      'United Nations Office on Drugs and Crime',
      'UN Office on Drugs and Crime',
      'Kantor PBB Urusan Narkoba dan Kejahatan',
      'Kantor PBB untuk Narkoba dan Kejahatan',
      'Kantor PBB untuk Urusan Narkoba dan Kejahatan',
      'Kantor Perserikatan Bangsa-Bangsa Urusan Narkoba dan Kejahatan',
    ],
  },
  {
    name: 'International Organization for Migration (IOM)',
    aliases: ['IOM', 'International Organization for Migration', 'Organisasi Internasional untuk Migrasi'],
  },
  {
    name: 'Association of Southeast Asian Nations (ASEAN)',
    aliases: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Perhimpunan Bangsa-Bangsa Asia Tenggara'],
  },
  {
    name: 'ASEAN Regional Forum (ARF)',
    aliases: ['ASEAN Regional Forum', 'ARF', 'Forum Regional ASEAN'],
  },
  {
    name: 'ASEAN Chiefs of Police (ASEANAPOL)',
    aliases: ['ASEANAPOL', 'ASEAN Chiefs of Police', 'ASEAN National Police'],
  },
  {
    name: 'Department of Foreign Affairs and Trade (DFAT)',
    aliases: ['DFAT', 'Department of Foreign Affairs and Trade'],
    country: 'AU',
  },
  {
    name: 'Kementerian Luar Negeri (Kemlu)',
    aliases: [
      'Kementerian Luar Negeri',
      'Kemlu',
      'Kemenlu',
      'Departemen Luar Negeri',
      'Deplu',
      'Indonesian Ministry of Foreign Affairs',
      'Ministry of Foreign Affairs of the Republic of Indonesia',
    ],
    country: 'ID',
  },
  {
    name: 'Kepolisian Negara Republik Indonesia (Polri)',
    aliases: ['Polri', 'Kepolisian Negara Republik Indonesia', 'Kepolisian Republik Indonesia', 'Indonesian National Police'],
  },
  {
    name: 'Badan Reserse Kriminal Polri (Bareskrim)',
    aliases: ['Bareskrim', 'Bareskrim Polri', 'Badan Reserse Kriminal', 'Badan Reserse Kriminal Polri'],
  },
  {
    name: 'Divisi Hubungan Internasional Polri (Divhubinter)',
    aliases: ['Divhubinter', 'Divhubinter Polri', 'Divisi Hubungan Internasional Polri'],
  },
  {
    name: 'Badan Siber dan Sandi Negara (BSSN)',
    aliases: ['BSSN', 'Badan Siber dan Sandi Negara', 'National Cyber and Crypto Agency', 'National Cyber and Encryption Agency'],
  },
  {
    name: 'Indonesia Security Incident Response Team on Internet Infrastructure (ID-SIRTII)',
    aliases: ['ID-SIRTII', 'ID-SIRTII/CC', 'Indonesia Security Incident Response Team on Internet Infrastructure'],
  },
  {
    name: 'Kementerian Komunikasi dan Informatika (Kominfo)',
    aliases: [
      'Kominfo',
      'Kemkominfo',
      'Kemenkominfo',
      'Kementerian Komunikasi dan Informatika',
      'Ministry of Communication and Informatics',
      'Ministry of Communication and Information Technology',
    ],
  },
  {
    name: 'Kementerian Komunikasi dan Digital (Komdigi)',
    aliases: ['Komdigi', 'Kementerian Komunikasi dan Digital', 'Ministry of Communication and Digital Affairs'],
  },
  {
    name: 'Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK)',
    aliases: [
      'PPATK',
      'Pusat Pelaporan dan Analisis Transaksi Keuangan',
      'Indonesian Financial Transaction Reports and Analysis Centre',
      'Indonesian Financial Transaction Reports and Analysis Center',
    ],
  },
  {
    name: 'Badan Pelindungan Pekerja Migran Indonesia (BP2MI)',
    aliases: ['BP2MI', 'Badan Pelindungan Pekerja Migran Indonesia', 'Badan Perlindungan Pekerja Migran Indonesia'],
  },
];
