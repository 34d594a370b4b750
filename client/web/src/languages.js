// languages: the languages a profile can list, and the name of each in
// itself. The names ship with the app because browsers do not all know
// them: Chromium's ICU, for one, has no name "in itself" for Hausa, Yoruba,
// Igbo, Zulu, Somali, Burmese, Nepali or Sinhala and answers in English.
// Names follow CLDR's autonyms, capitalised as a list item would be.
//
// This file imports nothing, so that tests can read it in Node as it is.

// LANGUAGE_TAGS: the six official languages of the UN first (the UI's, in
// the order of i18n.js), then widely spoken languages of every region.
export const LANGUAGE_TAGS = [
  'ar', 'zh', 'en', 'fr', 'ru', 'es',
  'pt', 'de', 'hi', 'bn', 'sw', 'ja', 'ko', 'id', 'tr', 'fa', 'ur', 'it', 'nl', 'pl', 'uk', 'vi', 'th', 'am', 'ha', 'yo',
  'ig', 'zu', 'so', 'ms', 'fil', 'ta', 'te', 'mr', 'pa', 'my', 'ne', 'si', 'ro', 'el', 'cs', 'hu', 'sv', 'he', 'kk', 'uz',
];

export const AUTONYMS = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
  pt: 'Português',
  de: 'Deutsch',
  hi: 'हिन्दी',
  bn: 'বাংলা',
  sw: 'Kiswahili',
  ja: '日本語',
  ko: '한국어',
  id: 'Bahasa Indonesia',
  tr: 'Türkçe',
  fa: 'فارسی',
  ur: 'اردو',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  uk: 'Українська',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  am: 'አማርኛ',
  ha: 'Hausa',
  yo: 'Èdè Yorùbá',
  ig: 'Asụsụ Igbo',
  zu: 'isiZulu',
  so: 'Soomaali',
  ms: 'Bahasa Melayu',
  fil: 'Filipino',
  ta: 'தமிழ்',
  te: 'తెలుగు',
  mr: 'मराठी',
  pa: 'ਪੰਜਾਬੀ',
  my: 'မြန်မာ',
  ne: 'नेपाली',
  si: 'සිංහල',
  ro: 'Română',
  el: 'Ελληνικά',
  cs: 'Čeština',
  hu: 'Magyar',
  sv: 'Svenska',
  he: 'עברית',
  kk: 'Қазақ тілі',
  uz: 'Oʻzbekcha',
};
