// Folding for search: one function, applied to the indexed text and to the query alike, so that
// the same word written in any script a monitor in Kazakhstan meets folds to one Latin skeleton.
// Kazakh is written in Cyrillic, in the 2021 Latin alphabet (ä ğ q ñ ö ū ü ı i h ş ç), in the
// earlier official Latin drafts (2017 apostrophes a' g' n' o' u' y' s' c', 2018 acutes á ǵ ń ó ú ý
// and Sh/Ch digraphs) and in informal Latin (Qaraghandy, Karagandy, Zhanaozen); Russian is typed in
// Cyrillic or in one of its transliterations (zh kh ts ch sh shch yu ya). Search favours recall:
// different ordinary words rarely fold together, and when they do the monitor sees one more hit.
//
//   step  what                                   rule
//   1     compatibility forms, case              NFKC, lower case (the whole text)
//   2     apostrophes                            ’ ʼ ʻ ‘ ` ´ ʹ → '; then word by word (letters,
//                                                digits, marks, apostrophes):
//   3     letters NFD would lose                 ş ș → sh, ç → ch, ı → i, ý (2018 У) → u
//   4     diacritics                             NFD, combining marks dropped: ä á → a, ğ ǵ → g,
//                                                ñ ń → n, ö ó → o, ü ú ū → u, é → e, İ → i;
//                                                Cyrillic ё → е, й → и the same way.
//                                                A word with a digit in it (the 7KQ4 of
//                                                TA-2026-7KQ4) is a code: it stops here, apostrophes
//                                                dropped
//   5     2017 apostrophe letters                between letters a' g' n' o' u' i' → the letter,
//                                                y' (У) → u, s' → sh, c' → ch; at a word's end
//                                                only y' → u; every other apostrophe dropped
//   6     letters, one by one                    Cyrillic table below; Latin q → k, y → i, w → u
//   7     the skeleton, repeated until stable:
//         doubled letters                        one (Kassym = Qasym, -iy = -ii = -i)
//         shch, sch → sh;  zh, dzh, dj → j       (щ, ж, дж)
//         kh → h;  gh → g;  ng → n               (х, ғ, ң: "ng" folds on both sides alike, so
//                                                English -ing is -in: harmless, and consistent)
//         hs → ks                                Kazakhstan = Казахстан = Қазақстан = Qazaqstan
//         ie → e at a word's start or after a vowel   Yerlan = Ерлан, Nazarbayev = Назарбаев
//
//   Cyrillic  а ә → a   б → b   в → v   г ғ → g   д → d   е э → e   ж → j   з → z   и і ы → i
//             к қ → k   л → l   м → m   н ң → n   о ө → o   п → p   р → r   с → s   т → t
//             у ұ ү → u   ф → f   х һ → h   ц → ts   ч → ch   ш щ → sh   ю → iu   я → ia   ъ ь → ∅
//
// So Қарағанды = Qarağandy = Qaraǵandy = Qarag'andy = Qaraghandy = Karagandy → "karagandi",
// Жаңаөзен = Jañaözen = Zhanaozen = Janaozen → "janaozen", Шымкент = Shymkent = Şymkent →
// "shimkent", ұрып-соғу = ūryp-soğu → "urip-sogu". Known misses, by design: exonyms stay apart
// (Караганда → "karaganda" is one letter from "karagandi", which the fuzzy search reaches; Орал/Oral
// and Уральск/Uralsk, Өскемен and Усть-Каменогорск are different words); ё typed as "yo" (Fyodor ≠
// Фёдор → "fedor"); й typed as "j" (Sergej ≠ Sergey); a word-final 2017 s' or c' (кеш = kes' folds
// to "kes", reached by prefix); an English word in single quotes ending in y ('sorry' → "soru").
// Non-letters (spaces, punctuation) are kept, so a folded text can still be split into words;
// folding twice changes nothing.

const APOSTROPHES = /[\u2018\u2019\u02BB\u02BC\u0060\u00B4\u02B9]/g;
/** A word: letters, digits, marks and apostrophes; everything between words is kept as it is. */
const WORD = /[\p{L}\p{N}\p{M}']+/gu;

/** Letters whose base letter is not what Kazakh and Russian mean by them, or that NFD keeps. */
const BEFORE_DECOMPOSITION: Readonly<Record<string, string>> = { ş: 'sh', ș: 'sh', ç: 'ch', ı: 'i', ý: 'u', ß: 'ss', ł: 'l', ø: 'o', đ: 'd' };
const SPECIAL = new RegExp(`[${Object.keys(BEFORE_DECOMPOSITION).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}+/gu;
const DIGIT = /\d/;

const APOSTROPHE_LETTER = /([a-z])'(?=([a-z]?))/g;

const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ie', э: 'e', ж: 'j', з: 'z',
  и: 'i', і: 'i', ы: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ў: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sh', ъ: '', ь: '', ю: 'iu', я: 'ia', q: 'k', y: 'i', w: 'u',
};
const MAPPED_LETTER = /[\u0400-\u04FFqyw]/g;

const SKELETON: readonly (readonly [RegExp, string])[] = [
  [/([a-z])\1+/g, '$1'],
  [/shch|sch/g, 'sh'],
  [/d?zh/g, 'j'],
  [/dj/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ng/g, 'n'],
  [/hs/g, 'ks'],
  [/(^|[aeou])ie/g, '$1e'],
];
const MAX_PASSES = 8;

/**
 * A 2017 apostrophe letter. Between letters: y' (У) → u, s' → sh (not before s: "boss's"),
 * c' → ch, any other letter stays itself. At the end of a word only y' counts (азаптау →
 * azaptay'); s' there is an English possessive ("officers'") or a closing quote.
 */
function apostropheLetter(_match: string, letter: string, next: string): string {
  if (letter === 'y') {
    return 'u';
  }
  if (next === '' || (letter === 's' && next === 's')) {
    return letter;
  }
  return { s: 'sh', c: 'ch' }[letter] ?? letter;
}

function skeleton(word: string): string {
  let current = word;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = SKELETON.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), current);
    if (next === current) {
      break;
    }
    current = next;
  }
  return current;
}

/** One word, already in lower case: steps 3 to 7 (a word with a digit in it stops after step 4). */
function foldWord(word: string): string {
  const bare = word
    .replace(SPECIAL, (letter) => BEFORE_DECOMPOSITION[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
  if (DIGIT.test(bare)) {
    return bare.replace(/'/g, '');
  }
  const latin = bare
    .replace(APOSTROPHE_LETTER, apostropheLetter)
    .replace(/'/g, '')
    .replace(MAPPED_LETTER, (letter) => LETTERS[letter] ?? letter);
  return skeleton(latin);
}

/** The search skeleton of a text or a query (see the table above); what lies between words is kept. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'").replace(WORD, foldWord);
}

/** A word of a text or a query: whitespace and punctuation separate words, apostrophes do not (2017 Kazakh Latin). */
const RAW_WORD = /[\p{L}\p{N}\p{M}'\u2018\u2019\u02BB\u02BC\u0060\u00B4\u02B9]+/gu;

/** The words of a text or a query, before folding (each is then folded on its own). */
export function tokenizeForSearch(text: string): string[] {
  return text.match(RAW_WORD) ?? [];
}
