// Places: names from the gazetteer (the UK, and places abroad) found in one
// pass over the article's words.
//
// Every word that starts with a capital (or a compass word in lower case,
// for "south Wales") is looked up by its folded form among the names that
// begin with it, longest first, so "West Yorkshire" wins over "York" and
// "Southend-on-Sea" over "Southend". Each match is then judged:
//   - streets ("London Road") and people ("Mr Preston", "Ian Blackburn",
//     "Stanley Johnson") are not places;
//   - names that are also common words or given names (Reading, March,
//     Barry) need a place context: a locative word before, an organisation
//     or area word after, or a list with another place;
//   - a name shared by several places is the one whose county, police force
//     or country the article also names or is mostly about, else the UK one.
// See docs/extractors/places.md.
#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "crimestats/extractor.hpp"
#include "crimestats/gazetteer.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

// ---------------------------------------------------------------- words --

// Plain data, left uninitialised until read: one is made for every
// capitalised word of every article.
struct Token {
  std::uint32_t begin;
  std::uint32_t end;       // the whole word, "'s" included
  std::uint32_t stem_end;  // before a possessive "'s" ("Essex's"), else end
  bool capitalised;        // starts with an ASCII capital
};

// Byte length of the UTF-8 character at text[i] if it is part of a word
// (ASCII letters and digits, and letters beyond ASCII), else 0. General
// punctuation (dashes, typeset quotes, bullets, no-break space) is not.
std::size_t word_char_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return is_ascii_alpha(c) || is_ascii_digit(c) ? 1 : 0;
  if (c < 0xC0) return 0;  // a stray continuation byte
  const std::size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + len > text.size()) return 0;
  const auto c1 = static_cast<unsigned char>(text[i + 1]);
  if (c == 0xC2) return 0;                              // U+0080..U+00BF: Latin-1 punctuation
  if (c == 0xE2 && c1 >= 0x80 && c1 <= 0x82) return 0;  // U+2000..U+20BF: general punctuation
  if (c == 0xE2 && c1 >= 0x96 && c1 <= 0x9F) return 0;  // boxes, shapes, symbols
  return len;
}

// Width of an apostrophe (' or U+2019) at text[i], else 0.
std::size_t apostrophe_length(std::string_view text, std::size_t i) {
  if (text[i] == '\'') return 1;
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x99) {
    return 3;
  }
  return 0;
}

// Per byte, for the word reader's fast path: an ASCII letter or digit, and
// which case.
enum : unsigned char { kAsciiWord = 1, kLowerFlag = 2, kUpperFlag = 4 };
constexpr std::array<unsigned char, 256> kByteFlags = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kAsciiWord | kLowerFlag;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kAsciiWord | kUpperFlag;
  for (int c = '0'; c <= '9'; ++c) table[c] = kAsciiWord;
  return table;
}();

std::size_t word_char_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return kByteFlags[c] & kAsciiWord ? 1 : 0;
  return word_char_length(text, i);
}

// Byte length of the word character ending just before `pos`, else 0.
std::size_t word_char_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  const auto c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return kByteFlags[c] & kAsciiWord ? 1 : 0;
  std::size_t lead = pos - 1;
  while (lead > 0 && pos - lead < 4 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  const std::size_t len = word_char_length(text, lead);
  return lead + len == pos ? len : 0;
}

// Width of an apostrophe ending just before `pos`, else 0.
std::size_t apostrophe_before(std::string_view text, std::size_t pos) {
  if (pos >= 1 && text[pos - 1] == '\'') return 1;
  if (pos >= 3 && apostrophe_length(text, pos - 3) == 3) return 3;
  return 0;
}

// word_starts_at when an apostrophe or a byte beyond ASCII comes before.
bool word_starts_after_other(std::string_view text, std::size_t i) {
  if (word_char_before(text, i)) return false;
  const std::size_t apos = apostrophe_before(text, i);
  return !(apos && word_char_before(text, i - apos));
}

// True if a word starts at text[i]: a word character not preceded by one
// (nor by an apostrophe inside a word, as in "O'Neill").
inline bool word_starts_at(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  // Most often an ASCII space or punctuation mark comes before: decided here.
  const auto c = static_cast<unsigned char>(text[i - 1]);
  if (c < 0x80 && c != '\'') return !(kByteFlags[c] & kAsciiWord);
  return word_starts_after_other(text, i);
}

// The bytes that may begin a capitalised word: an ASCII capital, or 0xC3 to
// 0xC5, the first byte of an accented capital (capital_at); the bytes of typeset
// quotes and dashes are passed over. Found 64 bytes at a time, as a mask
// of each block: most of an article is lower case, spaces and punctuation,
// and is passed over without looking at words.
class CapitalStarts {
 public:
  explicit CapitalStarts(std::string_view text) : text_(text) {}

  // The first such byte at or after `from`, else text.size().
  std::size_t next(std::size_t from) {
    const std::size_t n = text_.size();
    if (from >= n) return n;
    if (const std::size_t base = from & ~(kBlock - 1); base != base_) {
      base_ = base;
      bits_ = block_bits(base);
    }
    std::uint64_t bits = bits_ & (~std::uint64_t{0} << (from - base_));
    while (bits == 0) {
      base_ += kBlock;
      if (base_ >= n) return n;
      bits = bits_ = block_bits(base_);
    }
    return base_ + static_cast<std::size_t>(std::countr_zero(bits));
  }

 private:
  static constexpr std::size_t kBlock = kScanBlock;

  std::uint64_t block_bits(std::size_t base) const {
#if defined(__SSE2__)
    std::array<char, kScanBlock> spare;
    const char* block = scan_block(text_, base, spare);
    return sixteen_bits(block) | sixteen_bits(block + 16) << 16 | sixteen_bits(block + 32) << 32 |
           sixteen_bits(block + 48) << 48;
#else
    std::uint64_t bits = 0;
    const std::size_t end = std::min(base + kBlock, text_.size());
    for (std::size_t i = base; i < end; ++i) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if ((c >= 0xC3 && c <= 0xC5) || is_ascii_upper(c)) bits |= std::uint64_t{1} << (i - base);
    }
    return bits;
#endif
  }

#if defined(__SSE2__)
  static std::uint64_t sixteen_bits(const char* p) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // As signed bytes, c + (0x80 - 'A') is below -128 + 26 just for 'A'..'Z'.
    const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - 'A'))),
                                         _mm_set1_epi8(static_cast<char>(-128 + 26)));
    // Likewise c + (0x80 - 0xC3) is below -128 + 3 just for 0xC3..0xC5.
    const __m128i accented = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - 0xC3))),
                                            _mm_set1_epi8(static_cast<char>(-128 + 3)));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(upper, accented)));
  }
#endif

  std::string_view text_;
  std::size_t base_ = SIZE_MAX;  // the block whose mask is bits_
  std::uint64_t bits_ = 0;
};

// A capital letter at text[i]: ASCII, or accented in UTF-8: Latin-1
// ("Èideann", "Ó Conaill": U+00C0..U+00DE but the multiplication sign) and
// Latin Extended-A, whose capitals alternate with their small letters
// (Malta's "Żabbar", "Ħamrun", "Ċirkewwa"; Poland's "Łódź").
bool capital_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0xC3 || c > 0xC5 || i + 1 >= text.size()) return is_ascii_upper(c);
  const auto d = static_cast<unsigned char>(text[i + 1]);
  if (c == 0xC3) return d >= 0x80 && d <= 0x9E && d != 0x97;
  if (d < 0x80 || d > 0xBF) return false;
  const unsigned cp = (c & 0x1Fu) << 6 | (d & 0x3Fu);  // U+0100..U+017F
  if (cp <= 0x137 || (cp >= 0x14A && cp <= 0x177)) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  return cp == 0x178 || (cp >= 0x179 && cp <= 0x17D && cp % 2 == 1);
}

// What read_word tells about the bytes it reads: nothing, for most words.
struct NoFold {
  void ascii_word_byte(unsigned char) {}
  void byte(char) {}
  void apostrophe() {}
};

// The hash of a word folded as the gazetteer folds names (ASCII lower case,
// apostrophes dropped), made while the word is read, so that a capitalised
// word is looked up without reading it again; and the same for its stem.
struct FoldedWord {
  std::uint64_t hash = Gazetteer::kHashBasis;
  std::uint64_t stem_hash = Gazetteer::kHashBasis;

  // An ASCII letter or digit: setting bit 0x20 lowers a capital and leaves
  // the others as they are.
  void ascii_word_byte(unsigned char c) { hash = Gazetteer::hash_step(hash, static_cast<char>(c | 0x20)); }
  void byte(char c) { hash = Gazetteer::hash_step(hash, to_lower_ascii(c)); }
  void apostrophe() { stem_hash = hash; }  // the stem is what comes before the last one
};

// Reads the word that starts at text[i]: letters and digits, apostrophes
// between them ("King's"), and a possessive "'s" noted apart ("Essex's").
// "&" is a word of its own ("Brighton & Hove"). `fold` is given every byte
// but the apostrophes, and told of each apostrophe.
template <class Fold>
Token read_word(std::string_view text, std::size_t i, Fold& fold) {
  Token t;
  t.begin = static_cast<std::uint32_t>(i);
  const std::size_t n = text.size();
  if (text[i] == '&') {
    t.end = t.stem_end = t.begin + 1;
    t.capitalised = false;
    return t;
  }
  std::size_t last_apostrophe = std::string_view::npos;
  while (i < n) {
    if (const auto c = static_cast<unsigned char>(text[i]); kByteFlags[c] & kAsciiWord) {
      fold.ascii_word_byte(c);
      ++i;
      continue;
    }
    const std::size_t len = static_cast<unsigned char>(text[i]) < 0x80 ? 0 : word_char_length(text, i);
    if (len == 0) {
      const std::size_t apos = apostrophe_length(text, i);
      if (apos && i + apos < n && word_char_at(text, i + apos)) {
        last_apostrophe = i;
        fold.apostrophe();
        i += apos;
        continue;
      }
      break;
    }
    for (std::size_t k = 0; k < len; ++k) fold.byte(text[i + k]);
    i += len;
  }
  t.end = t.stem_end = static_cast<std::uint32_t>(i);
  if (last_apostrophe != std::string_view::npos && (text[i - 1] == 's' || text[i - 1] == 'S') &&
      last_apostrophe + apostrophe_length(text, last_apostrophe) == i - 1) {
    t.stem_end = static_cast<std::uint32_t>(last_apostrophe);
  }
  t.capitalised = capital_at(text, t.begin);
  return t;
}

// A word of ASCII letters and digits alone, shorter than 16 bytes, folded
// to lower case, as two halves in the order of its bytes with zeros after
// its end. Most capitalised words are such words, and most are no name's
// first word: FirstWords turns them away without reading them byte by byte.
struct ShortWord {
  std::array<std::uint64_t, 2> halves;
  std::size_t size;
};

// Packs a folded word (shorter than 16 bytes) as ShortWord does.
ShortWord pack_short_word(std::string_view folded) {
  ShortWord w{{0, 0}, folded.size()};
  std::memcpy(w.halves.data(), folded.data(), folded.size());
  return w;
}

#if defined(__SSE2__)
// Row k keeps the first k bytes of sixteen.
constexpr std::array<std::array<unsigned char, 16>, 16> kFirstBytes = [] {
  std::array<std::array<unsigned char, 16>, 16> rows{};
  for (std::size_t k = 0; k < 16; ++k) {
    for (std::size_t j = 0; j < k; ++j) rows[k][j] = 0xFF;
  }
  return rows;
}();
#endif

// The length of the word of ASCII letters and digits at text[i] if it is
// shorter than 16 bytes and followed by neither an apostrophe nor a byte
// beyond ASCII (which may go on with it: "King's", "Bjørn"), else 0: most
// words, measured sixteen bytes at once.
#if defined(__SSE2__)
// Bit k set where byte k of the sixteen at p is an ASCII letter or digit.
inline unsigned ascii_word_bits(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // As signed bytes, c + (0x80 - 'a') is below -128 + 26 just for 'a'..'z'.
  const __m128i letter =
      _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                     _mm_set1_epi8(static_cast<char>(-128 + 26)));
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                       _mm_set1_epi8(static_cast<char>(-128 + 10)));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
}
#endif

inline std::size_t short_ascii_word_size(std::string_view text, std::size_t i) {
  if (i + 16 > text.size()) return 0;
#if defined(__SSE2__)
  const auto size = static_cast<std::size_t>(std::countr_zero(~ascii_word_bits(text.data() + i)));
#else
  std::size_t size = 0;
  while (size < 16 && (kByteFlags[static_cast<unsigned char>(text[i + size])] & kAsciiWord)) ++size;
#endif
  if (size == 16) return 0;
  const auto next = static_cast<unsigned char>(text[i + size]);
  return next == '\'' || next >= 0x80 ? 0 : size;
}

// The word at text[i] as a ShortWord into `w`, if short_ascii_word_size
// measures it (else false).
inline bool short_word_at(std::string_view text, std::size_t i, ShortWord& w) {
  w.size = short_ascii_word_size(text, i);
  if (w.size == 0) return false;
#if defined(__SSE2__)
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
  const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kFirstBytes[w.size].data()));
  // Setting bit 0x20 lowers a capital and leaves digits as they are.
  _mm_storeu_si128(reinterpret_cast<__m128i*>(w.halves.data()), _mm_and_si128(_mm_or_si128(x, _mm_set1_epi8(0x20)), keep));
#else
  std::array<char, 16> folded;
  for (std::size_t k = 0; k < w.size; ++k) folded[k] = static_cast<char>(text[i + k] | 0x20);
  w = pack_short_word(std::string_view(folded.data(), w.size));
#endif
  return true;
}

// `national`: as weak, or named in an article mostly about the place's own
// nation ("St Catherine" in a Jamaican story, not "St Catherine's church").
enum class Need : std::uint8_t { none, weak, strong, national };

// What a name's candidate record tells without looking at the gazetteer.
enum : std::uint8_t {
  kCapitalisedFirst = 1,     // its first word must start with a capital
  kAbbreviationFirst = 2,    // its first word is an abbreviation ("UK")
  kEndsWithDot = 4,          // its text ends with a full stop ("U.K.")
  kShared = 8,               // it names more than one place
  kForceName = 16,           // its main entry is a police force's name, no place
  kSurnameLikeTown = 32,     // its main entry is a town a person may be named after (see judge)
};

// A name that may start at a word, with what matching and judging it needs,
// so that most words are matched (and most matches judged) without touching
// the gazetteer's names and entries, which lie far apart in memory.
struct Candidate {
  std::uint32_t name;        // index into the gazetteer's names
  std::uint32_t main_entry;  // what the name means when the article does not say
  std::uint8_t words;        // how many words the name has
  char second_initial;       // its second word's first byte, folded ('\0' if none)
  std::uint8_t traits;       // the flags above
  Need need;                 // the context it needs (place_ambiguous.tsv)
};

// The candidates for one first word, most words first: a run of
// PlacesExtractor::candidates_.
struct CandidateRun {
  std::uint32_t begin = 0;
  std::uint32_t count = 0;  // 0 only in an empty slot
};

// The names by first word, for first words that are ShortWords, keyed by
// the ShortWord itself: a bit per hash turns most words away at once (most
// capitalised words are no name's first word), and the rest are found by
// comparing two numbers in a slot that holds its run of candidates too,
// without hashing the word's bytes one by one.
// Words that are no ShortWord fold to no first word here, and are never
// asked about ("St" is also "Saint").
class FirstWords {
 public:
  // Room for `count` first words, so that the table is built without rehashing.
  explicit FirstWords(std::size_t count) : slots_(std::bit_ceil(2 * count + 2)) {}

  // Adds `folded`, the first word of the names in `run`, unless it is no ShortWord.
  void add(std::string_view folded, CandidateRun run) {
    if (folded.empty() || folded.size() >= 16) return;
    for (const char c : folded) {
      if (!(kByteFlags[static_cast<unsigned char>(c)] & kLowerFlag) && !is_ascii_digit(static_cast<unsigned char>(c))) {
        return;
      }
    }
    if (2 * (size_ + 1) > slots_.size()) throw std::logic_error("FirstWords: more words than room made");
    ++size_;
    const ShortWord w = pack_short_word(folded);
    bits_.set(hash(w) >> (64 - kBits));
    std::size_t s = slot(hash(w));
    while (slots_[s].run.count != 0) s = (s + 1) & (slots_.size() - 1);
    slots_[s] = {w.halves, run};
  }

  // The candidates whose first word is `w`, or null.
  const CandidateRun* find(const ShortWord& w) const {
    const std::uint64_t h = hash(w);
    if (!bits_[h >> (64 - kBits)]) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = slot(h); ; s = (s + 1) & mask) {
      const Slot& found = slots_[s];
      if (found.run.count == 0) return nullptr;
      if (found.halves == w.halves) return &found.run;
    }
  }

 private:
  static constexpr int kBits = 16;
  struct Slot {
    std::array<std::uint64_t, 2> halves{};
    CandidateRun run;
  };
  static std::uint64_t hash(const ShortWord& w) {
    return w.halves[0] * 0x9E3779B97F4A7C15ULL ^ w.halves[1] * 0xC2B2AE3D27D4EB4FULL;
  }
  // The low bits of the products mix only the words' first bytes: the middle ones are used.
  std::size_t slot(std::uint64_t hash) const { return static_cast<std::size_t>(hash >> 24) & (slots_.size() - 1); }
  std::bitset<std::size_t{1} << kBits> bits_;
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

// Two or more ASCII letters in the word, every one a capital ("UK", "KENT"):
// worked out when needed, as few words are asked.
bool all_caps(std::string_view text, const Token& t) {
  std::size_t capitals = 0;
  for (std::size_t i = t.begin; i < t.end; ++i) {
    const unsigned char flags = kByteFlags[static_cast<unsigned char>(text[i])];
    if (flags & kLowerFlag) return false;
    if (flags & kUpperFlag) ++capitals;
  }
  return capitals >= 2;
}

Token read_word(std::string_view text, std::size_t i) {
  if (const std::size_t size = short_ascii_word_size(text, i)) {
    const auto end = static_cast<std::uint32_t>(i + size);
    return Token{static_cast<std::uint32_t>(i), end, end, is_ascii_upper(static_cast<unsigned char>(text[i]))};
  }
  NoFold none;
  return read_word(text, i, none);
}

// The next word starting within `max_gap` bytes after `pos`, if any.
std::optional<Token> word_after(std::string_view text, std::size_t pos, std::size_t max_gap) {
  for (std::size_t i = pos; i < text.size() && i <= pos + max_gap; ++i) {
    if (text[i] == '&' || word_char_at(text, i)) return read_word(text, i);
  }
  return std::nullopt;
}

// Where the word ending within `max_gap` bytes before `pos` starts, if any.
std::optional<std::size_t> word_start_before(std::string_view text, std::size_t pos, std::size_t max_gap) {
  std::size_t end = pos;
  while (end > 0 && pos - end <= max_gap) {
    if (const auto c = static_cast<unsigned char>(text[end - 1]); c < 0x80) {  // the common case
      if (c == '&' || (kByteFlags[c] & kAsciiWord)) break;
    } else if (word_char_before(text, end)) {
      break;
    }
    --end;
  }
  if (end == 0 || pos - end > max_gap) return std::nullopt;
  if (text[end - 1] == '&') return end - 1;
#if defined(__SSE2__)
  // Most often the word is ASCII letters and digits after a space or a
  // punctuation mark (not an apostrophe): its start is found at once.
  if (end >= 16) {
    if (const unsigned others = ~ascii_word_bits(text.data() + end - 16) & 0xFFFFu) {
      const std::size_t before = end - 16 + static_cast<std::size_t>(std::bit_width(others) - 1);
      const auto c = static_cast<unsigned char>(text[before]);
      if (c < 0x80 && c != '\'') return before + 1;
    }
  }
#endif
  std::size_t begin = end;
  while (true) {
    if (begin > 0 && (kByteFlags[static_cast<unsigned char>(text[begin - 1])] & kAsciiWord)) {  // the common case
      --begin;
      continue;
    }
    if (const std::size_t len = word_char_before(text, begin)) {
      begin -= len;
    } else if (const std::size_t apos = apostrophe_before(text, begin); apos && word_char_before(text, begin - apos)) {
      begin -= apos;
    } else {
      break;
    }
  }
  return begin;
}

// The word ending within `max_gap` bytes before `pos`, if any.
std::optional<Token> word_before(std::string_view text, std::size_t pos, std::size_t max_gap) {
  const auto begin = word_start_before(text, pos, max_gap);
  if (!begin) return std::nullopt;
  return read_word(text, *begin);
}

std::string_view word_of(std::string_view text, const Token& t, bool stem = false) {
  return text.substr(t.begin, (stem ? t.stem_end : t.end) - t.begin);
}

// True if `word` folds (as Gazetteer::fold_word) to `folded`, without allocating.
bool folds_to(std::string_view word, std::string_view folded) {
  if (folded == "st" && word.size() == 5 && iequals(word, "saint")) return true;
  if (folded == "and" && word == "&") return true;
  std::size_t j = 0;
  for (std::size_t i = 0; i < word.size();) {
    if (const std::size_t apos = apostrophe_length(word, i)) {
      i += apos;
      continue;
    }
    if (j == folded.size() || to_lower_ascii(word[i]) != folded[j]) return false;
    ++i;
    ++j;
  }
  return j == folded.size();
}

std::string_view gap_between(std::string_view text, const Token& a, const Token& b) {
  return text.substr(a.end, b.begin - a.end);
}

bool is_space_gap(std::string_view gap) { return gap == " " || gap == "\xC2\xA0"; }

// ------------------------------------------------------------- lexicons --

constexpr std::size_t kMaxNameWords = 8;
constexpr std::size_t kMaxPhraseWords = 4;  // in place_before.tsv
constexpr std::size_t kMaxFoldedWord = 64;  // in place_after.tsv
constexpr std::size_t kMaxBracketedFigure = 12;  // "(2,958)" between two listed names
// Capitalised words read after a possessive for the body it names
// ("Victoria's Crime Statistics Agency").
constexpr std::size_t kMaxBodyWords = 4;
// Words of a name read before "police station" or "County".
constexpr std::size_t kMaxMadeWords = 4;
// A word in capitals this short before "police station" is an acronym ("MIDC").
constexpr std::size_t kMaxAcronym = 5;
// A line with a lower-case word this long is not a headline in title case.
constexpr std::size_t kSentenceWord = 5;
// Nations (as PlacesExtractor::nation names them) where "X County" is a
// council, court or club named after a county the gazetteer has ("Essex
// County Council", "Cork County Council"), not a county of its own.
constexpr std::array<std::string_view, 2> kCountyCouncilNations = {"United Kingdom", "Ireland"};
// Towns and cities of this many people or more are not read as surnames
// before "said": "London said" speaks for a government, "Carlisle said" is a person.
constexpr long kLargestSurnameTown = 400000;
// How many times as populous as each namesake a place must be to count as
// the one meant when the article's other places say little.
constexpr long kDominantPopulation = 100;

// A lexicon's words, each matched exactly. Most words asked about are in
// none, and are turned away by their length and first byte before hashing.
class WordList {
 public:
  void insert(std::string word) {
    shapes_.set(shape(word));
    words_.insert(std::move(word));
  }
  bool contains(std::string_view word) const { return shapes_[shape(word)] && words_.find(word) != words_.end(); }

 private:
  static std::size_t shape(std::string_view word) {
    return (word.size() & 31) * 256 + (word.empty() ? 0 : static_cast<unsigned char>(word.front()));
  }
  std::bitset<32 * 256> shapes_;
  WordSet words_;
};

struct Lexicons {
  std::vector<Need> ambiguous;  // by name index
  std::vector<std::vector<std::string>> before;       // folded phrases
  WordList after;                                     // folded words
  WordList bodies;                                    // folded: "agency", named after a possessive
  WordList streets;                                   // as written
  WordList street_modifiers;                          // "New" in "Bury New Road"
  WordList routes;                                    // lower case: "highway" in "the Mombasa-Malindi highway"
  WordList titles;                                    // as written
  WordList given;                                     // as written
  WordList speech;                                    // as written: "said", "told"
  WordList roles;                                     // as written: "lawyer" in "His lawyer, Dana Flatbush"
  std::vector<std::string> directions;                // folded
  WordList compass_suffixes;                          // capitalised: "North" of "Dandenong North"
  WordList not_after;                                 // as written
  // place_named_before.tsv: phrases naming the place before them, split in
  // words, lower case ("police station"); words naming the county before
  // them ("County"); words that begin no such name ("The", "Central").
  struct PlacePhrases {
    std::string first;                             // "police"
    std::string first_capitalised;                 // "Police"
    std::vector<std::vector<std::string>> rests;   // {"station"}, {"post"}, ...
  };
  std::vector<PlacePhrases> place_phrases;         // by first word
  std::vector<std::string> county_words;
  WordList name_stops;                                // as written
  std::vector<std::string> credit_lines;              // place_credit_lines.tsv, as written: "With files from"
};

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> out;
  if (phrase.starts_with(", ")) {  // a comma the phrase must follow (place_before.tsv)
    out.emplace_back(",");
    phrase.remove_prefix(2);
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i <= phrase.size(); ++i) {
    if (i == phrase.size() || phrase[i] == ' ') {
      if (i > start) out.push_back(lower_ascii(phrase.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

// -------------------------------------------------------------- matches --

// A place the gazetteer lacks, named by a phrase after it
// (place_named_before.tsv): "Kondhwa police station", "Plymouth County".
struct MadePlace {
  std::string name;          // as made_name makes it; the record keeps a copy (Facts::owned_names)
  std::string_view type;     // "town" or "county"
  std::string_view country;  // of the article's main nation, where one leads
  Span span;
  // A gazetteer entry whose county, force, region and country it shares
  // ("Dandenong North" shares Dandenong's), else none.
  std::optional<std::uint32_t> like;
};

// A word that may begin a phrase naming the place before it ("police" of
// "police station", "County"), found just after a word the matcher read:
// trigger indexes PlacesExtractor::phrase_triggers_.
struct PhraseAt {
  std::uint32_t pos;
  std::uint32_t trigger;
};

struct Match {
  Token first, last;       // the name's first and last words
  std::uint32_t name = 0;  // index into the gazetteer's names
  Span span;
  Need need = Need::none;
  std::uint8_t traits = 0;  // the name's candidate's
  bool rejected = false;
  bool accepted = false;
  bool force = false;  // a police force's name that names no place ("Gardai"): evidence of the country only
  std::uint32_t entry = 0;  // the name's main entry until resolved
};

class PlacesExtractor final : public Extractor {
 public:
  explicit PlacesExtractor(const std::filesystem::path& data_dir) : gazetteer_(data_dir / "gazetteer.tsv") {
    const auto lex = data_dir / "lexicons";
    lex_.ambiguous.assign(gazetteer_.name_count(), Need::none);
    for (const auto& row : read_lexicon(lex / "place_ambiguous.tsv", 2)) {
      const auto& need = row.fields[1];
      if (need != "weak" && need != "strong" && need != "national") {
        throw std::runtime_error(lex.string() + "/place_ambiguous.tsv:" + std::to_string(row.line) +
                                 ": need must be weak, strong or national");
      }
      // Names the gazetteer no longer has (a village below its floor) are skipped.
      if (const auto n = gazetteer_.find_name(row.fields[0])) {
        lex_.ambiguous[*n] = need == "weak" ? Need::weak : need == "strong" ? Need::strong : Need::national;
      }
    }
    for (const auto& row : read_lexicon(lex / "place_before.tsv", 1)) {
      lex_.before.push_back(words_of(row.fields[0]));
      max_phrase_words_ = std::max(max_phrase_words_, lex_.before.back().size());
      if (max_phrase_words_ > kMaxPhraseWords) {
        throw std::runtime_error(lex.string() + "/place_before.tsv:" + std::to_string(row.line) + ": more than " +
                                 std::to_string(kMaxPhraseWords) + " words");
      }
    }
    for (const auto& row : read_lexicon(lex / "place_after.tsv", 1)) {
      // Longer words are not looked up (judge folds into a fixed buffer).
      if (Gazetteer::fold_word(row.fields[0]).size() > kMaxFoldedWord) {
        throw std::runtime_error(lex.string() + "/place_after.tsv:" + std::to_string(row.line) + ": word too long");
      }
      const bool body = row.fields.size() > 1 && row.fields[1] == "body";
      (body ? lex_.bodies : lex_.after).insert(Gazetteer::fold_word(row.fields[0]));
    }
    for (const auto& row : read_lexicon(lex / "place_street_suffixes.tsv", 1)) {
      const std::string kind = row.fields.size() > 1 ? row.fields[1] : "";
      if (kind != "" && kind != "modifier" && kind != "route") {
        throw std::runtime_error(lex.string() + "/place_street_suffixes.tsv:" + std::to_string(row.line) +
                                 ": kind must be empty, modifier or route");
      }
      (kind == "modifier" ? lex_.street_modifiers : kind == "route" ? lex_.routes : lex_.streets).insert(row.fields[0]);
    }
    for (const auto& row : read_lexicon(lex / "place_person_cues.tsv", 2)) {
      const std::string& kind = row.fields[1];
      (kind == "title"    ? lex_.titles
       : kind == "speech" ? lex_.speech
       : kind == "role"   ? lex_.roles
                          : lex_.given)
          .insert(row.fields[0]);
    }
    for (const auto& row : read_lexicon(lex / "place_directions.tsv", 1)) {
      lex_.directions.push_back(lower_ascii(row.fields[0]));
      if (row.fields.size() > 1 && row.fields[1] == "suffix") {
        std::string capitalised = lex_.directions.back();
        capitalised.front() = static_cast<char>(capitalised.front() & ~0x20);
        lex_.compass_suffixes.insert(std::move(capitalised));
      }
      compass_initial_[static_cast<unsigned char>(lex_.directions.back().front()) & 0x7F] = true;
    }
    for (const auto& row : read_lexicon(lex / "place_not_after.tsv", 1)) lex_.not_after.insert(row.fields[0]);
    for (const auto& row : read_lexicon(lex / "place_credit_lines.tsv", 1)) {
      if (!is_ascii_upper(static_cast<unsigned char>(row.fields[0].front()))) {
        throw std::runtime_error(lex.string() + "/place_credit_lines.tsv:" + std::to_string(row.line) +
                                 ": an opening must start with a capital");
      }
      lex_.credit_lines.push_back(row.fields[0] + " ");
      credit_initial_[static_cast<unsigned char>(row.fields[0].front())] = true;
    }
    for (const auto& row : read_lexicon(lex / "place_named_before.tsv", 2)) {
      const std::string& kind = row.fields[1];
      if (kind == "place") {
        auto words = words_of(row.fields[0]);
        if (words.empty() || !is_ascii_alpha(static_cast<unsigned char>(words.front().front()))) {
          throw std::runtime_error(lex.string() + "/place_named_before.tsv:" + std::to_string(row.line) +
                                   ": a phrase must start with a letter");
        }
        auto group = std::find_if(lex_.place_phrases.begin(), lex_.place_phrases.end(),
                                  [&](const auto& g) { return g.first == words.front(); });
        if (group == lex_.place_phrases.end()) {
          std::string capitalised = words.front();
          capitalised.front() = static_cast<char>(capitalised.front() & ~0x20);
          group = lex_.place_phrases.insert(group, {words.front(), std::move(capitalised), {}});
        }
        group->rests.emplace_back(words.begin() + 1, words.end());
      } else if (kind == "county") {
        lex_.county_words.push_back(row.fields[0]);
      } else if (kind == "stop") {
        lex_.name_stops.insert(row.fields[0]);
      } else {
        throw std::runtime_error(lex.string() + "/place_named_before.tsv:" + std::to_string(row.line) +
                                 ": kind must be place, county or stop");
      }
    }
    // The words that begin the phrases, in the order make_places tries them.
    for (std::size_t g = 0; g < lex_.place_phrases.size(); ++g) {
      phrase_triggers_.push_back({lex_.place_phrases[g].first, g, false});
      phrase_triggers_.push_back({lex_.place_phrases[g].first_capitalised, g, false});
    }
    for (std::size_t w = 0; w < lex_.county_words.size(); ++w) phrase_triggers_.push_back({lex_.county_words[w], w, true});
    for (const auto& trigger : phrase_triggers_) trigger_initial_[static_cast<unsigned char>(trigger.word.front())] = true;
    if (gazetteer_.max_words() > kMaxNameWords) {
      throw std::runtime_error((data_dir / "gazetteer.tsv").string() + ": a name has more than " +
                               std::to_string(kMaxNameWords) + " words");
    }
    find_compass_reach(data_dir / "gazetteer.tsv");
    find_joint_areas();
    const auto first_words = gazetteer_.first_words();
    const auto lists = gazetteer_.first_word_lists();
    candidate_runs_.reserve(lists.size());
    candidates_.reserve(gazetteer_.name_count());
    for (std::size_t k = 0; k < lists.size(); ++k) {
      const CandidateRun run{static_cast<std::uint32_t>(candidates_.size()), static_cast<std::uint32_t>(lists[k].size())};
      for (const auto name : lists[k]) candidates_.push_back(candidate(name));
      candidate_runs_.push_back(run);
      first_words_.add(first_words[k], run);
      if (first_words[k] == "st") first_words_.add("saint", run);
    }
  }

  std::string_view name() const override { return "places"; }


  void extract(const ExtractInput& in, Facts& out) const override {
    const std::string_view text = in.text;
    // Reused from article to article (extract is shared by threads): most
    // articles would otherwise allocate it afresh.
    thread_local std::vector<Match> matches;
    thread_local std::vector<PhraseAt> phrases;
    thread_local std::vector<Span> credits;
    find_matches(text, matches, phrases, credits);
    prefer_counties(text, matches);
    judge(text, matches, credits);
    // A police station may name a place the gazetteer lacks, in an article
    // naming none it has.
    thread_local std::vector<MadePlace> made;
    make_places(text, matches, phrases, made);
    if (matches.empty() && made.empty()) return;
    resolve(text, matches);
    make_compass_suburbs(text, matches, made);
    // One fact per place, with all its mentions (the normaliser merges by
    // name too). An article names few places: a short list finds a place's
    // fact faster than a hash table.
    std::vector<std::pair<std::uint32_t, std::size_t>> fact_of_entry;  // entry, index in out.places
    const auto accepted = static_cast<std::size_t>(
        std::count_if(matches.begin(), matches.end(), [](const Match& m) { return m.accepted; }));
    fact_of_entry.reserve(accepted);
    out.places.reserve(out.places.size() + accepted);
    const auto mention = [&](std::uint32_t entry, Span span, std::string_view spelling) {
      const auto it = std::find_if(fact_of_entry.begin(), fact_of_entry.end(),
                                   [&](const auto& fact) { return fact.first == entry; });
      if (it != fact_of_entry.end()) {
        out.places[it->second].mentions.push_back(span);
        return;
      }
      fact_of_entry.emplace_back(entry, out.places.size());
      const GazetteerEntry& e = gazetteer_.entry(entry);
      Place& place = out.places.emplace_back();
      place.name = display_name(e, spelling);
      place.type = e.type;
      place.county = e.county;
      place.police_force = e.police_force;
      place.region = e.region;
      place.country = e.country;
      place.lat = e.lat;
      place.lon = e.lon;
      place.mentions.push_back(span);
    };
    for (const auto& m : matches) {
      if (!m.accepted) continue;
      const auto joint = std::find_if(joint_areas_.begin(), joint_areas_.end(),
                                      [&](const JointArea& a) { return a.area == m.entry; });
      if (joint == joint_areas_.end()) {
        mention(m.entry, m.span, gazetteer_.name(m.name).text);
        continue;
      }
      // "Devon and Cornwall Police" names Devon and Cornwall.
      mention(joint->first, {m.span.begin, m.span.begin + joint->first_length}, {});
      mention(joint->second, {m.span.end - joint->second_length, m.span.end}, {});
    }
    // Places named by a police station or a county the gazetteer lacks.
    const std::size_t first_made = out.places.size();
    for (const auto& p : made) {
      const auto it = std::find_if(out.places.begin() + static_cast<std::ptrdiff_t>(first_made), out.places.end(),
                                   [&](const Place& place) { return place.name == p.name; });
      if (it != out.places.end()) {
        it->mentions.push_back(p.span);
        continue;
      }
      out.owned_names.push_back(std::make_shared<const std::string>(p.name));
      Place& place = out.places.emplace_back();
      place.name = *out.owned_names.back();
      place.type = p.type;
      place.country = p.country;
      if (p.like) {
        const GazetteerEntry& e = gazetteer_.entry(*p.like);
        place.county = e.county;
        place.police_force = e.police_force;
        place.region = e.region;
        place.country = e.country;
      }
      place.mentions.push_back(p.span);
    }
  }

 private:
  // A police area named after the two counties it covers ("Devon and
  // Cornwall"): each county is the place named.
  struct JointArea {
    std::uint32_t area, first, second;  // entries
    std::size_t first_length, second_length;  // of the counties' names
  };

  void find_joint_areas() {
    for (std::uint32_t i = 0; i < gazetteer_.name_count(); ++i) {
      const GazetteerName& name = gazetteer_.name(i);
      const std::uint32_t area = name.entries.front();
      const std::size_t join = name.text.find(" and ");
      if (gazetteer_.entry(area).type != "police_area" || join == std::string_view::npos) continue;
      const std::string_view first = name.text.substr(0, join), second = name.text.substr(join + 5);
      const auto a = gazetteer_.find_name(first), b = gazetteer_.find_name(second);
      if (!a || !b) continue;
      const std::uint32_t a_entry = gazetteer_.name(*a).entries.front(), b_entry = gazetteer_.name(*b).entries.front();
      if (gazetteer_.entry(a_entry).type != "county" || gazetteer_.entry(b_entry).type != "county") continue;
      joint_areas_.push_back({area, a_entry, b_entry, first.size(), second.size()});
    }
  }

  // True if the word after text[pos] (one space on) is lower-case "county"
  // or "counties".
  static bool county_word_at(std::string_view text, std::size_t pos) {
    if (pos >= text.size() || text[pos] != ' ') return false;
    const std::string_view rest = text.substr(pos + 1);
    for (const std::string_view word : {std::string_view("counties"), std::string_view("county")}) {
      if (rest.starts_with(word) && (rest.size() == word.size() || !is_ascii_alpha(rest[word.size()]))) return true;
    }
    return false;
  }

  // A name before a lower-case "county" or "counties" is the county of
  // that name where the gazetteer has one: "Bernalillo and Valencia
  // counties" are two US counties, not a Spanish city.
  void prefer_counties(std::string_view text, std::vector<Match>& matches) const {
    for (std::size_t i = matches.size(); i-- > 0;) {
      Match& m = matches[i];
      bool before_county = county_word_at(text, m.span.end);
      if (!before_county && i + 1 < matches.size()) {
        const Match& next = matches[i + 1];
        before_county = text.substr(m.span.end, next.span.begin - m.span.end) == " and " &&
                        county_word_at(text, next.span.end) &&
                        gazetteer_.entry(next.entry).type == "county";
      }
      if (!before_county) continue;
      const auto county = gazetteer_.find_name(std::string(gazetteer_.name(m.name).text) + " County");
      if (!county) continue;
      const Candidate c = candidate(*county);
      m.name = *county;
      m.entry = c.main_entry;
      m.traits = c.traits;
      m.need = c.need;
    }
  }

  // The candidate record of a name (see Candidate).
  Candidate candidate(std::uint32_t name_index) const {
    const GazetteerName& name = gazetteer_.name(name_index);
    const GazetteerEntry& main_entry = gazetteer_.entry(name.entries.front());
    const std::string_view type = main_entry.type;
    // Towns a person may be named after; capitals and the largest cities
    // speak for their governments ("London said", "Dublin said").
    const bool surname_like_town =
        (type == "city" || type == "town" || type == "village") && main_entry.population < kLargestSurnameTown;
    Candidate c;
    c.name = name_index;
    c.main_entry = name.entries.front();
    c.words = static_cast<std::uint8_t>(name.words.size());
    c.second_initial = name.words.size() > 1 && !name.words[1].empty() ? name.words[1].front() : '\0';
    c.traits = (name.capitalised(0) ? kCapitalisedFirst : 0) | (name.abbreviation(0) ? kAbbreviationFirst : 0) |
               (name.text.back() == '.' ? kEndsWithDot : 0) | (name.entries.size() > 1 ? kShared : 0) |
               (type == "force" ? kForceName : 0) | (surname_like_town ? kSurnameLikeTown : 0);
    c.need = lex_.ambiguous[name_index];
    return c;
  }

  // The matcher starts names only at capitalised words, and looks behind
  // each for a lower-case compass word leading to it ("south Wales", "east
  // of England"). That needs every name to start with a capital, and every
  // name starting with a compass word to have a capitalised word later.
  void find_compass_reach(const std::filesystem::path& file) {
    for (std::uint32_t i = 0; i < gazetteer_.name_count(); ++i) {
      const GazetteerName& n = gazetteer_.name(i);
      if (!n.capitalised(0) && !n.abbreviation(0)) {
        throw std::runtime_error(file.string() + ": a name starts with a lower-case word: " + std::string(n.text));
      }
    }
    for (const auto& direction : lex_.directions) {
      const auto* names = gazetteer_.names_starting_with(direction);
      if (!names) continue;
      for (const auto i : *names) {
        const GazetteerName& n = gazetteer_.name(i);
        if (n.words.size() < 2) continue;  // one word: matched only when capitalised
        std::size_t capital = 1;
        while (capital < n.words.size() &&
               !(n.capitalised(capital) && !n.words[capital].empty() &&
                 static_cast<unsigned char>(n.words[capital].front()) < 0x80)) {
          ++capital;
        }
        if (capital == n.words.size()) {
          throw std::runtime_error(file.string() + ": a name starting with a compass word has no other capital: " +
                                   std::string(n.text));
        }
        compass_reach_ = std::max(compass_reach_, capital);
        for (std::size_t k = 0; k < capital; ++k) note_compass_lead(n.words[k]);
      }
    }
  }

  // The last two bytes of a word that folds to `folded` (in either case, or
  // after an apostrophe), so the matcher can tell cheaply whether the word
  // before a capital may lead to it. A word of one byte ("&") may follow any
  // byte, or none (read as 0).
  void note_compass_lead(std::string_view folded) {
    if (folded == "and") note_compass_lead("&");
    if (folded == "st") note_compass_lead("saint");
    if (folded.empty()) return;
    const auto cases = [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return std::array<unsigned char, 2>{u, is_ascii_alpha(u) ? static_cast<unsigned char>(u ^ 0x20) : u};
    };
    for (const unsigned char last : cases(folded.back())) {
      if (folded.size() == 1) {
        for (unsigned b = 0; b < 256; ++b) compass_lead_pair_.set(b * 256u + last);
        continue;
      }
      const auto before = cases(folded[folded.size() - 2]);
      for (const unsigned char b : {before[0], before[1], static_cast<unsigned char>('\''), static_cast<unsigned char>(0x99)}) {
        compass_lead_pair_.set(b * 256u + last);
      }
    }
  }

  // Might the word ending one or two bytes before text[i] lead to it in a
  // name that starts with a compass word?
  bool may_follow_compass_lead(std::string_view text, std::size_t i) const {
    const auto may_lead = [&](std::size_t end) {  // the word's last byte is text[end - 1]
      const auto before = end >= 2 ? static_cast<unsigned char>(text[end - 2]) : 0u;
      return compass_lead_pair_[before * 256u + static_cast<unsigned char>(text[end - 1])];
    };
    return (i >= 2 && may_lead(i - 1)) || (i >= 3 && may_lead(i - 2));
  }

  // ------------------------------------------------------------ finding --

  // A lower-case compass word starts at text[i] (checked before reading the word).
  bool compass_at(std::string_view text, std::size_t i) const {
    for (const auto& d : lex_.directions) {
      const std::size_t end = i + d.size();
      if (end > text.size() || (end < text.size() && word_char_at(text, end))) continue;
      std::size_t k = 0;
      while (k < d.size() && text[i + k] == d[k]) ++k;
      if (k == d.size()) return true;
    }
    return false;
  }

  bool is_compass(std::string_view text, const Token& t) const {
    if (t.end - t.begin > 5 || !compass_initial_[static_cast<unsigned char>(text[t.begin]) & 0x7F]) return false;
    const std::string_view word = word_of(text, t);
    return std::any_of(lex_.directions.begin(), lex_.directions.end(),
                       [&](const std::string& d) { return iequals(word, d); });
  }

  // The words of a candidate name, read as far as a name needs.
  class WordsAhead {
   public:
    WordsAhead(std::string_view text, Token first) : text_(text) { words_[0] = first; }
    // The j-th word from the first (j < kMaxNameWords), or null past the text's end.
    const Token* at(std::size_t j) {
      while (read_ <= j) {
        if (ended_) return nullptr;
        // Gaps inside a name are at most ". " or a no-break space.
        const auto next = word_after(text_, words_[read_ - 1].end, 2);
        if (!next) {
          ended_ = true;  // not looked for again for the next name
          return nullptr;
        }
        words_[read_++] = *next;
      }
      return &words_[j];
    }

   private:
    std::string_view text_;
    std::array<Token, kMaxNameWords> words_;  // the first read_ are set
    std::size_t read_ = 1;
    bool ended_ = false;  // no word follows the last one read
  };

  // Does the name `n` match the words ahead? Returns the span's end (0 if
  // not). The first word was found by its folded form (its stem's, if
  // `stem`), so it is known to fold to the name's first word (and, if
  // `stem`, the whole word not to).
  std::size_t try_name(std::string_view text, WordsAhead& ahead, const GazetteerName& n, bool stem) const {
    for (std::size_t j = 0; j < n.words.size(); ++j) {
      const Token* t = ahead.at(j);
      if (!t) return 0;
      const bool last = j + 1 == n.words.size();
      if (j > 0) {
        // The first letter turns most names away ("&" folds to "and").
        const char first = text[t->begin];
        if (first != '&' && (n.words[j].empty() || to_lower_ascii(first) != n.words[j].front())) return 0;
        const Token& prev = *ahead.at(j - 1);
        const std::string_view gap = gap_between(text, prev, *t);
        const bool abbreviated = n.words[j - 1] == "st" || n.words[j - 1] == "co" || n.words[j - 1].size() == 1;
        const bool comma = n.comma_after(j - 1) && gap == ", ";  // "Washington, D.C."
        if (!(is_space_gap(gap) || gap == "-" || comma || (abbreviated && (gap == "." || gap == ". ")))) return 0;
      }
      if (n.abbreviation(j)) {
        if (!(all_caps(text, *t) || (t->end - t->begin == 1 && t->capitalised))) return 0;
      } else if (n.capitalised(j)) {
        const bool lower_compass = j == 0 && n.words.size() > 1 && !t->capitalised && is_compass(text, *t);
        if (!t->capitalised && !lower_compass) return 0;
      }
      if (j == 0) {
        if (stem) return last ? t->stem_end : 0;  // "Essex's": only a one-word name ends at the stem
        if (last) return t->end;
        continue;
      }
      if (folds_to(word_of(text, *t), n.words[j])) {
        if (last) return t->end;
        continue;
      }
      if (last && t->stem_end != t->end && folds_to(word_of(text, *t, true), n.words[j])) return t->stem_end;
      return 0;
    }
    return 0;  // unreachable: the loop returns at the last word
  }

  // The longest name that starts with the word `t` (its fold's hash: `f`), if any.
  std::optional<Match> match_at(std::string_view text, const Token& t, const FoldedWord& f) const {
    WordsAhead ahead(text, t);
    for (const bool stem : {false, true}) {
      if (stem && t.stem_end == t.end) break;
      const auto* names = gazetteer_.names_starting_with_word(word_of(text, t, stem), stem ? f.stem_hash : f.hash);
      if (!names) continue;
      // The gazetteer's list is one of first_word_lists(), in whose order candidate_runs_ are.
      const auto run = candidate_runs_[static_cast<std::size_t>(names - gazetteer_.first_word_lists().data())];
      if (auto m = longest_match(text, ahead, t, run, stem)) return m;
    }
    return std::nullopt;
  }

  // The longest of the names in `run`, which start with the word `t` (with
  // its stem, if `stem`), that matches the words ahead, if any.
  std::optional<Match> longest_match(std::string_view text, WordsAhead& ahead, const Token& t, CandidateRun run,
                                     bool stem) const {
    for (const Candidate& c : std::span(candidates_).subspan(run.begin, run.count)) {
      std::size_t end = 0;
      if (c.words > 1) {
        // The first letter of the next word turns most longer names away
        // (as try_name would, "&" folding to "and") before they are tried.
        const Token* next = ahead.at(1);
        if (!next) continue;
        const char first = text[next->begin];
        if (first != '&' && to_lower_ascii(first) != c.second_initial) continue;
        end = try_name(text, ahead, gazetteer_.name(c.name), stem);
      } else {
        end = one_word_end(text, t, c.traits, stem);
      }
      if (!end) continue;
      if ((c.traits & kEndsWithDot) && end < text.size() && text[end] == '.') ++end;  // "U.K."
      // Capitals alone ("SOUTHEND") are a name only if long enough not to be an acronym.
      if (!(c.traits & kAbbreviationFirst) && end - t.begin < 4 && all_caps(text, t)) continue;
      Match m;
      m.first = t;
      m.last = *ahead.at(c.words - 1);
      m.name = c.name;
      m.entry = c.main_entry;
      m.span = {t.begin, end};
      m.need = c.need;
      m.traits = c.traits;
      return m;
    }
    return std::nullopt;
  }

  // try_name for a name of one word, told by its candidate's traits.
  static std::size_t one_word_end(std::string_view text, const Token& t, std::uint8_t traits, bool stem) {
    if (traits & kAbbreviationFirst) {
      if (!(all_caps(text, t) || (t.end - t.begin == 1 && t.capitalised))) return 0;
    } else if ((traits & kCapitalisedFirst) && !t.capitalised) {
      return 0;
    }
    return stem ? t.stem_end : t.end;
  }

  // A lower-case compass word that starts a word at text[i] ("south Wales").
  bool lower_compass_at(std::string_view text, std::size_t i) const {
    const auto c = static_cast<unsigned char>(text[i]);
    return c < 0x80 && compass_initial_[c] && compass_at(text, i) && word_starts_at(text, i);
  }

  // One pass, left to right: at each word that starts with a capital (or is
  // a lower-case compass word), the longest name that starts there; a word
  // inside a match, or already tried, is not tried again. Capitals are found
  // many bytes at a time. A lower-case compass word can begin a name only
  // if a capitalised word follows within compass_reach_ words (checked on
  // loading), so compass words are looked for behind each capitalised word.
  // It also notes each word that begins a phrase naming the place before it
  // (phrase_triggers_) where it follows a word read, after a space: such a
  // name ends in a capitalised word, which the pass reads, so the text is
  // not searched again for each phrase.
  // And it notes the lines that credit the article's sources ("With files
  // from Radio-Canada"): their names are the sources', not places.
  void find_matches(std::string_view text, std::vector<Match>& matches, std::vector<PhraseAt>& phrases,
                    std::vector<Span>& credits) const {
    matches.clear();
    phrases.clear();
    credits.clear();
    const std::size_t n = text.size();
    std::size_t cursor = 0;  // the text before it is inside a match or a word already tried
    const auto note_phrase_after = [&](std::size_t end) {
      if (end + 1 >= n || text[end] != ' ' || !trigger_initial_[static_cast<unsigned char>(text[end + 1])]) return;
      const std::string_view rest = text.substr(end + 1);
      for (std::size_t k = 0; k < phrase_triggers_.size(); ++k) {
        const std::string_view word = phrase_triggers_[k].word;
        if (rest.starts_with(word) && (rest.size() == word.size() || !word_char_at(rest, word.size()))) {
          phrases.push_back({static_cast<std::uint32_t>(end + 1), static_cast<std::uint32_t>(k)});
          return;
        }
      }
    };
    const auto try_word_at = [&](std::size_t pos) {
      FoldedWord folded;
      const Token t = read_word(text, pos, folded);
      if (const auto m = match_at(text, t, folded)) {
        matches.push_back(*m);
        cursor = m->last.end;
      } else {
        cursor = t.end;
      }
      note_phrase_after(cursor);
    };
    CapitalStarts capitals(text);
    for (std::size_t i = capitals.next(0); i < n; i = capitals.next(std::max(i + 1, cursor))) {
      if (i < cursor || !capital_at(text, i) || !word_starts_at(text, i)) continue;
      if ((i == 0 || text[i - 1] == '\n') && credit_initial_[static_cast<unsigned char>(text[i])] &&
          credit_line_at(text, i)) {
        const std::size_t end = text.find('\n', i);
        credits.push_back({i, end == std::string_view::npos ? text.size() : end});
      }
      if (may_follow_compass_lead(text, i)) {
        std::array<std::size_t, kMaxNameWords> before;  // word starts, nearest first
        std::size_t count = 0;
        for (std::size_t pos = i; count < compass_reach_;) {
          const auto begin = word_start_before(text, pos, 2);
          if (!begin || *begin < cursor) break;
          before[count++] = pos = *begin;
        }
        while (count-- > 0) {
          if (before[count] >= cursor && lower_compass_at(text, before[count])) try_word_at(before[count]);
        }
        if (i < cursor) continue;
      }
      // Most words are short ASCII words, already folded: most are turned
      // away at once, and the rest looked up without reading them again.
      if (ShortWord word; short_word_at(text, i, word)) {
        const auto end = static_cast<std::uint32_t>(i + word.size);
        cursor = end;
        if (const auto* run = first_words_.find(word)) {
          const Token t{static_cast<std::uint32_t>(i), end, end, true};
          WordsAhead ahead(text, t);
          if (const auto m = longest_match(text, ahead, t, *run, false)) {
            matches.push_back(*m);
            cursor = m->last.end;
          }
        }
        note_phrase_after(cursor);
        continue;
      }
      try_word_at(i);
    }
  }

  bool credit_line_at(std::string_view text, std::size_t i) const {
    const std::string_view rest = text.substr(i);
    return std::any_of(lex_.credit_lines.begin(), lex_.credit_lines.end(),
                       [&](const std::string& opening) { return rest.starts_with(opening); });
  }

  // ------------------------------------------------------------ judging --

  // A locative phrase ends just before the match ("in", "north of"). The
  // words before it are read once, nearest first, and each phrase compared.
  bool place_word_before(std::string_view text, const Match& m) const {
    std::array<Token, kMaxPhraseWords> before;
    std::size_t count = 0;
    for (std::size_t pos = m.first.begin; count < max_phrase_words_;) {
      const auto t = word_before(text, pos, 2);
      if (!t || t->stem_end != t->end || !is_space_gap(text.substr(t->end, pos - t->end))) break;
      before[count++] = *t;
      pos = t->begin;
    }
    for (const auto& phrase : lex_.before) {
      // A phrase may start with a comma: ", of" ("Rudd, 22, of Lacombe").
      const std::size_t comma = phrase.front() == "," ? 1 : 0;
      const std::size_t words = phrase.size() - comma;
      if (words > count) continue;
      bool ok = true;
      for (std::size_t p = 0; p < words && ok; ++p) {
        ok = folds_to(word_of(text, before[words - 1 - p]), phrase[comma + p]);
      }
      if (ok && comma) ok = comma_before(text, before[words - 1].begin);
      if (ok) return true;
    }
    return false;
  }

  // A comma just before text[pos], spaces and a closing bracket between
  // ("Smith, 34, of", "Rudd (22), of").
  static bool comma_before(std::string_view text, std::size_t pos) {
    while (pos > 0 && text[pos - 1] == ' ') --pos;
    return pos > 0 && text[pos - 1] == ',';
  }

  // The words either side of a match, when a space parts them from it.
  struct Neighbours {
    std::optional<Token> next;
    std::optional<Token> next_or_hyphen;  // also after a hyphen: "Reading-based"
    std::optional<Token> previous;        // not a possessive
    std::optional<Token> previous_title;  // also before ". ": "Mr. Preston"
  };

  static Neighbours neighbours(std::string_view text, const Match& m) {
    Neighbours around;
    if (m.span.end == m.last.end) {  // not after a possessive
      if (const auto t = word_after(text, m.span.end, 2)) {
        const std::string_view gap = text.substr(m.span.end, t->begin - m.span.end);
        if (is_space_gap(gap)) around.next = around.next_or_hyphen = t;
        if (gap == "-") around.next_or_hyphen = t;
      }
    }
    if (const auto t = word_before(text, m.first.begin, 2); t && t->stem_end == t->end) {
      const std::string_view gap = text.substr(t->end, m.first.begin - t->end);
      if (is_space_gap(gap)) around.previous = around.previous_title = t;
      if (gap == ". ") around.previous_title = t;
    }
    return around;
  }

  // A street word after a name, or after one street modifier after it:
  // "London Road", "Bury New Road", "Leeds Ring Road".
  bool street_follows(std::string_view text, const std::optional<Token>& next) const {
    const auto is = [&](const WordList& list, const Token& t) { return t.capitalised && list.contains(word_of(text, t)); };
    if (!next) return false;
    if (is(lex_.streets, *next)) return true;
    if (!is(lex_.street_modifiers, *next)) return false;
    const auto after = word_after(text, next->end, 2);
    return after && is_space_gap(text.substr(next->end, after->begin - next->end)) && is(lex_.streets, *after);
  }

  // Two matches next to each other in a list: "Deal, Dover and Margate",
  // "Wells, Somerset", "Reading or Slough".
  // A figure in brackets after a name is passed over, as tables of places
  // give them: "Walgett (2,958) and Bourke (2,611)".
  static bool listed_together(std::string_view text, const Match& a, const Match& b) {
    std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    if (gap.size() > 8 + kMaxBracketedFigure) return false;
    std::string g;
    for (std::size_t i = 0; i < gap.size(); ++i) {
      const char c = gap[i];
      if (c == '(' && g.empty()) {
        const std::size_t close = gap.find(')', i);
        if (close == std::string_view::npos || close - i - 1 > kMaxBracketedFigure ||
            !is_figure(gap.substr(i + 1, close - i - 1))) {
          return false;
        }
        i = close;
        continue;
      }
      if (c != ' ') g.push_back(to_lower_ascii(c));
    }
    if (g.size() > 8) return false;
    if (g.starts_with("'s")) g.erase(0, 2);
    // A slash with spaces about it parts a site's sections ("Hong Kong / Law
    // and Crime"), not two places.
    if (g == "/") return gap == "/";
    return g == "," || g == "and" || g == ",and" || g == "or" || g == ",or" || g == "&";
  }

  // A possessive name followed by the capitalised name of a body of its
  // own: "Victoria's Crime Statistics Agency", "Georgia's Department of
  // Health"; not "Victoria's Secret".
  bool body_after_possessive(std::string_view text, const Match& m) const {
    if (m.span.end == m.last.end) return false;  // no possessive
    std::size_t pos = m.last.end;
    for (std::size_t k = 0; k < kMaxBodyWords; ++k) {
      const auto t = word_after(text, pos, 1);
      if (!t || !t->capitalised || !is_space_gap(text.substr(pos, t->begin - pos))) return false;
      std::array<char, kMaxFoldedWord> buffer;
      if (const auto folded = Gazetteer::fold_word(word_of(text, *t), buffer);
          folded && (lex_.after.contains(*folded) || lex_.bodies.contains(*folded))) {
        return true;
      }
      pos = t->end;
    }
    return false;
  }

  // Digits with their separators and signs, as in "(2,958)", "(12.4%)".
  static bool is_figure(std::string_view s) {
    if (s.empty() || !is_ascii_digit(static_cast<unsigned char>(s.front()))) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
      return is_ascii_digit(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == ' ' || c == '%';
    });
  }

  // A forename the lexicon lacks between a title and a name: "Mr Olumide
  // Abia", "Dr Mark Trelawny".
  bool titled_forename(std::string_view text, const Token& forename) const {
    const auto t = word_before(text, forename.begin, 2);
    if (!t || t->stem_end != t->end) return false;
    const std::string_view gap = text.substr(t->end, forename.begin - t->end);
    return (is_space_gap(gap) || gap == ". ") && lex_.titles.contains(word_of(text, *t));
  }

  // A forename the lexicon lacks after a role noun and a comma: "His
  // lawyer, Dana Flatbush", "the victim's mother, Ama Kumasi".
  bool role_before(std::string_view text, const Token& forename) const {
    if (forename.begin < 2 || text.substr(forename.begin - 2, 2) != ", ") return false;
    const auto t = word_before(text, forename.begin - 2, 0);
    return t && lex_.roles.contains(word_of(text, *t, true));
  }

  // A forename in a byline, a line that starts "By Forename Surname": the
  // name after it is the writer's surname ("By Tunde Kano").
  static bool byline(std::string_view text, const Token& forename) {
    // Told by the three bytes before first: most names are on no byline.
    if (forename.begin < 3 || text.substr(forename.begin - 3, 3) != "By ") return false;
    const std::size_t line = text.rfind('\n', forename.begin);
    const std::size_t begin = line == std::string_view::npos ? 0 : line + 1;
    return forename.begin == begin + 3 && text.substr(begin, 3) == "By ";
  }

  // A given name of the lexicon, also written in capitals ("MARK" as "Mark",
  // in a court list's "MARK HOLBEACH, 40,").
  bool given_name(std::string_view text, const Token& t) const {
    const std::string_view word = word_of(text, t);
    if (lex_.given.contains(word)) return true;
    if (word.size() < 2 || word.size() > kMaxFoldedWord || !is_ascii_upper(static_cast<unsigned char>(word[1])) ||
        !all_caps(text, t)) {
      return false;
    }
    std::array<char, kMaxFoldedWord> buffer;
    for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = i == 0 ? word[i] : to_lower_ascii(word[i]);
    return lex_.given.contains(std::string_view(buffer.data(), word.size()));
  }

  // An age after the name, as court and police reports give a person's:
  // ", 40," or " (40)".
  static bool age_follows(std::string_view text, const Match& m) {
    std::size_t i = m.span.end;
    const bool bracket = text.substr(i).starts_with(" (");
    if (!bracket && !text.substr(i).starts_with(", ")) return false;
    i += 2;
    const std::size_t digits = i;
    while (i < text.size() && i - digits < 4 && is_ascii_digit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == digits || i - digits > 3 || i >= text.size()) return false;
    return text[i] == (bracket ? ')' : ',');
  }

  // The name follows a street's name and a comma, as an address gives its
  // town: "of Station Road, March" (not a date: "Station Road, March 3").
  bool after_street(std::string_view text, const Match& m) const {
    const auto t = word_before(text, m.first.begin, 2);
    if (!t || !t->capitalised || text.substr(t->end, m.first.begin - t->end) != ", " ||
        !lex_.streets.contains(word_of(text, *t))) {
      return false;
    }
    const std::string_view rest = text.substr(m.span.end);
    return !(rest.size() >= 2 && rest[0] == ' ' && is_ascii_digit(static_cast<unsigned char>(rest[1])));
  }

  // matches[k] is one end of two places joined by a hyphen or a dash and
  // followed by a road word: "the Mombasa-Malindi highway".
  bool route_between(std::string_view text, const std::vector<Match>& matches, std::size_t k) const {
    const auto joined = [&](const Match& a, const Match& b) {
      const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
      if (a.span.end > b.span.begin || !(gap == "-" || gap == "\u2013")) return false;
      const auto t = word_after(text, b.span.end, 1);
      return t && text[b.span.end] == ' ' && t->begin == b.span.end + 1 && lex_.routes.contains(word_of(text, *t));
    };
    // Most names have no hyphen or dash beside them: told by one byte.
    const Span& s = matches[k].span;
    const bool joined_after = s.end < text.size() && (text[s.end] == '-' || text[s.end] == '\xE2');
    const bool joined_before = s.begin > 0 && (text[s.begin - 1] == '-' || text[s.begin - 1] == '\x93');
    return (joined_after && k + 1 < matches.size() && joined(matches[k], matches[k + 1])) ||
           (joined_before && k > 0 && joined(matches[k - 1], matches[k]));
  }

  void judge(std::string_view text, std::vector<Match>& matches, const std::vector<Span>& credits) const {
    std::unordered_set<std::uint32_t> surnames;  // names read as a person's surname in this article
    const auto in = [&](const WordList& list, const std::optional<Token>& t) {
      return t && list.contains(word_of(text, *t));
    };
    for (std::size_t k = 0; k < matches.size(); ++k) {
      Match& m = matches[k];
      const Neighbours around = neighbours(text, m);
      const auto& next = around.next;
      const auto& prev = around.previous;
      // An organisation or area word after the name ("Reading police"),
      // and a locative phrase before it: worked out when first needed, as
      // most names need neither.
      std::optional<bool> organisation;
      const auto org_after = [&] {
        if (!organisation) {
          std::array<char, kMaxFoldedWord> buffer;
          const auto folded = around.next_or_hyphen
                                  ? Gazetteer::fold_word(word_of(text, *around.next_or_hyphen, true), buffer)
                                  : std::nullopt;
          organisation = (folded && lex_.after.contains(*folded)) || body_after_possessive(text, m);
        }
        return *organisation;
      };
      std::optional<bool> locative;
      const auto place_word = [&] {
        if (!locative) locative = place_word_before(text, m);
        return *locative;
      };
      const bool place_follows = next && k + 1 < matches.size() && matches[k + 1].first.begin == next->begin &&
                                 matches[k + 1].need == Need::none;  // not "Paris Hilton"
      const bool one_word = m.first.begin == m.last.begin;

      const bool surname_like_town = m.traits & kSurnameLikeTown;
      if (m.traits & kForceName) {
        m.force = m.rejected = true;  // never a place, nor a list's member
        continue;
      }
      if (std::any_of(credits.begin(), credits.end(),
                      [&](const Span& line) { return line.begin <= m.span.begin && m.span.end <= line.end; })) {
        m.rejected = true;  // "With files from Radio-Canada": a source, not a place
        continue;
      }
      if (street_follows(text, next)) {
        m.rejected = true;  // "London Road", "Bury New Road"
      } else if (one_word && prev && prev->capitalised && in(lex_.streets, m.first)) {
        m.rejected = true;  // "High Street", "Church Street": the end of a street, not the town of Street
      } else if (in(lex_.not_after, prev)) {
        m.rejected = true;  // "New Jersey"
      } else if (route_between(text, matches, k)) {
        m.rejected = true;  // "the Mombasa-Malindi highway": a road, not its ends
      } else if (one_word && prev && prev->capitalised && byline(text, *prev)) {
        // "By Tunde Kano": the writer's name here, but no reason to doubt
        // "Kano" elsewhere ("raids in Kano, Jos and Abuja")
        m.rejected = true;
      } else if (in(lex_.titles, around.previous_title) || (prev && prev->capitalised && given_name(text, *prev)) ||
                 (one_word && prev && prev->capitalised &&
                  (titled_forename(text, *prev) || age_follows(text, m) || role_before(text, *prev)))) {
        // "Mr Preston", "Ian Blackburn", "MARK HOLBEACH", "Mr Olumide Abia",
        // "Tunde Ely, 40,", "her solicitor, Tunde Ely"
        m.rejected = true;
        surnames.insert(m.name);
      } else if (one_word && next && next->capitalised && in(lex_.given, m.first) && !org_after() && !place_follows &&
                 !place_word()) {
        m.rejected = true;  // "Stanley Johnson"; not "in Kent On Tuesday"
      } else if (one_word && surname_like_town && in(lex_.speech, next) &&
                 !place_word()) {
        m.rejected = true;  // "Carlisle said": towns do not speak, people do
        surnames.insert(m.name);
      } else if (surnames.count(m.name) && !org_after() && !place_word() && !after_street(text, m)) {
        m.rejected = true;  // "Blackburn said", after "Ian Blackburn"; not "Blackburn police"
      }
      if (m.rejected) continue;
      if (m.need == Need::national) {
        // A saint's name with a possessive before a capitalised word is a
        // church, school or hospital ("St Mary's Hospital"), not the parish.
        const std::string_view rest = text.substr(m.span.end);
        const std::size_t mark = rest.starts_with("'s ") ? 3 : rest.starts_with("\u2019s ") ? 5 : 0;
        if (mark && m.span.end + mark < text.size() && is_ascii_upper(static_cast<unsigned char>(text[m.span.end + mark]))) {
          m.rejected = true;
          continue;
        }
      }
      m.accepted = m.need == Need::none || org_after() || after_street(text, m) ||
                   ((m.need == Need::weak || m.need == Need::national) && place_word());
    }
    accept_lists(text, matches);
    // A `national` name is a place in an article mostly about its nation
    // (the other names decide), and none in an article mostly about another
    // ("a house in Woodlands" in a British story is not Singapore's).
    const auto national = [](const Match& m) { return m.need == Need::national && !m.rejected; };
    if (std::any_of(matches.begin(), matches.end(), national)) {
      const auto nations = nations_of(matches, national);
      if (const Nation* main = main_nation(nations)) {
        bool more = false;
        for (auto& m : matches) {
          if (!national(m)) continue;
          const bool home = nation(gazetteer_.entry(m.entry)) == main->nation;
          more = more || (home && !m.accepted);
          m.accepted = home;
        }
        if (more) accept_lists(text, matches);
      }
    }
    reject_abbreviations_in_capitals(text, matches);
  }

  // A name in a list with an accepted place is a place; lists can chain.
  void accept_lists(std::string_view text, std::vector<Match>& matches) const {
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t k = 0; k < matches.size(); ++k) {
        Match& m = matches[k];
        if (m.accepted || m.rejected) continue;
        const bool with_previous = k > 0 && matches[k - 1].accepted && listed_together(text, matches[k - 1], m);
        const bool with_next =
            k + 1 < matches.size() && matches[k + 1].accepted && listed_together(text, m, matches[k + 1]);
        if (with_previous || with_next) {
          m.accepted = true;
          changed = true;
        }
      }
    }
  }

  // Abbreviations such as "US" are not names inside a line of capitals
  // ("HELP US"), nor in a currency sign ("US$240,000") or a route number
  // ("U.S. 98", "US 1").
  static void reject_abbreviations_in_capitals(std::string_view text, std::vector<Match>& matches) {
    for (auto& m : matches) {
      if (!m.accepted || !(m.traits & kAbbreviationFirst)) continue;
      const Neighbours around = neighbours(text, m);
      if ((around.previous && all_caps(text, *around.previous)) || (around.next && all_caps(text, *around.next))) {
        m.accepted = false;
      }
      std::size_t after = m.span.end;
      if (after < text.size() && text[after] == '$') m.accepted = false;
      while (after < text.size() && text[after] == ' ') ++after;
      std::size_t digits_end = after;
      while (digits_end < text.size() && is_ascii_digit(static_cast<unsigned char>(text[digits_end]))) ++digits_end;
      const std::string_view number = text.substr(after, digits_end - after);
      const bool year = number.size() == 4 && (number.starts_with("19") || number.starts_with("20"));  // "UK 2023 figures"
      if (after > m.span.end && !number.empty() && !year) m.accepted = false;
    }
  }

  // ------------------------------------------------------ making places --

  // Places named by a phrase after them (place_named_before.tsv) that the
  // gazetteer lacks: "the Kondhwa police station" names Kondhwa; outside
  // the UK and Ireland "the Plymouth County District Attorney" names
  // Plymouth County, not the Devon city the gazetteer found in it.
  void make_places(std::string_view text, std::vector<Match>& matches, std::vector<PhraseAt>& phrases,
                   std::vector<MadePlace>& made) const {
    made.clear();
    // The article's main nation, worked out when first needed; a name just
    // before "County" is no evidence of it ("Bristol County" is in question).
    std::optional<std::vector<Nation>> nations;
    const auto country = [&]() -> const Nation* {
      if (!nations) {
        nations = nations_of(matches, [&](const Match& m) {
          return m.span.end < text.size() && text[m.span.end] == ' ' &&
                 std::any_of(lex_.county_words.begin(), lex_.county_words.end(), [&](const std::string& word) {
                   return text.substr(m.span.end + 1).starts_with(word);
                 });
        });
      }
      return main_nation(*nations);
    };
    // Phrase by phrase, each in text order, as the names before them were
    // always made (the first name made in a county decides the nation).
    std::stable_sort(phrases.begin(), phrases.end(),
                     [](const PhraseAt& a, const PhraseAt& b) { return a.trigger < b.trigger; });
    for (const PhraseAt& phrase : phrases) {
      const PhraseTrigger& trigger = phrase_triggers_[phrase.trigger];
      const std::size_t begin = phrase.pos;
      if (!trigger.county) {
        const auto& group = lex_.place_phrases[trigger.index];
        const std::size_t first_end = begin + group.first.size();
        const bool phrase_found = std::any_of(group.rests.begin(), group.rests.end(), [&](const auto& rest) {
          std::size_t end = first_end;
          for (std::size_t k = 0; k < rest.size() && end; ++k) {
            const auto t = word_after(text, end, 1);
            end = t && t->begin == end + 1 && text[end] == ' ' && iequals(word_of(text, *t), rest[k]) ? t->end : 0;
          }
          return end != 0;
        });
        if (!phrase_found) continue;
        const bool titled = is_ascii_upper(static_cast<unsigned char>(text[begin]));
        if (const Span name = name_before(text, begin, matches, false, titled); name.end) {
          const Nation* n = country();
          made.push_back({made_name(text.substr(name.begin, name.end - name.begin), ""), "town",
                          n ? n->country : std::string_view(), name, std::nullopt});
        }
        continue;
      }
      const Nation* n = country();
      if (!n || std::find(kCountyCouncilNations.begin(), kCountyCouncilNations.end(), n->nation) !=
                    kCountyCouncilNations.end()) {
        continue;
      }
      if (const Span name = name_before(text, begin, matches, true, true); name.end) {
        const std::string_view word = trigger.word;
        made.push_back({made_name(text.substr(name.begin, name.end - name.begin), word), "county", n->country,
                        {name.begin, begin + word.size()}, std::nullopt});
      }
    }
    make_county_short_forms(text, matches, made);
    if (text.find(", of ") != std::string_view::npos) {
      const Nation* n = country();
      make_addressed_places(text, matches, made, n ? n->country : std::string_view());
    }
  }

  // A county made from "<Name> County" licenses its name alone elsewhere in
  // the article ("Tippecanoe County ... in Tippecanoe"), as the county's
  // town or short form: made as a town of the county's country. Not where
  // the gazetteer or another made place already took the words, nor in
  // lower case or before "County" again. Only articles with such a county
  // are searched, once for each.
  void make_county_short_forms(std::string_view text, const std::vector<Match>& matches,
                               std::vector<MadePlace>& made) const {
    const std::size_t counties = made.size();
    for (std::size_t c = 0; c < counties; ++c) {
      if (made[c].type != "county") continue;
      const std::string_view county_text = text.substr(made[c].span.begin, made[c].span.end - made[c].span.begin);
      const std::size_t space = county_text.rfind(' ');
      if (space == std::string_view::npos) continue;
      const std::string_view written = county_text.substr(0, space);
      const std::string_view country = made[c].country;
      for (const void* hit = memmem(text.data(), text.size(), written.data(), written.size()); hit;) {
        const auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
        const Span span{at, at + written.size()};
        const std::size_t next = at + 1;
        hit = next < text.size() ? memmem(text.data() + next, text.size() - next, written.data(), written.size()) : nullptr;
        if ((at > 0 && word_char_before(text, at)) || (span.end < text.size() && word_char_at(text, span.end))) continue;
        const auto after = word_after(text, span.end, 1);
        if (after && after->begin == span.end + 1 &&
            std::find(lex_.county_words.begin(), lex_.county_words.end(), word_of(text, *after)) !=
                lex_.county_words.end()) {
          continue;
        }
        const auto overlaps = [&](const Span& other) { return other.begin < span.end && span.begin < other.end; };
        if (std::any_of(matches.begin(), matches.end(), [&](const Match& m) { return overlaps(m.span); }) ||
            std::any_of(made.begin(), made.end(), [&](const MadePlace& p) { return overlaps(p.span); })) {
          continue;
        }
        made.push_back({made_name(written, ""), "town", country, span, std::nullopt});
      }
    }
  }

  // A person's town after their age: "Dana Reid, 41, of Rossville" and "Kim
  // Cole (29), of Bourke" name the town even where the gazetteer lacks it:
  // up to kMaxMadeWords capitalised words, no street ("of Ash Close"), flat
  // or stop word, acronym, or name the gazetteer matched (left to it).
  void make_addressed_places(std::string_view text, const std::vector<Match>& matches,
                             std::vector<MadePlace>& made, std::string_view country) const {
    static constexpr std::string_view kOf = ", of ";
    for (std::size_t at = text.find(kOf); at != std::string_view::npos; at = text.find(kOf, at + 1)) {
      std::size_t digits = at;
      if (digits > 0 && text[digits - 1] == ')') --digits;
      std::size_t age_begin = digits;
      while (age_begin > 0 && digits - age_begin < 3 && is_ascii_digit(static_cast<unsigned char>(text[age_begin - 1]))) {
        --age_begin;
      }
      if (age_begin == digits || age_begin < 2) continue;
      const bool bracketed = digits < at && text[age_begin - 1] == '(';
      const bool commas = digits == at && text[age_begin - 1] == ' ' && text[age_begin - 2] == ',';
      if (!bracketed && !commas) continue;
      std::array<Token, kMaxMadeWords> words;
      std::size_t count = 0;
      for (std::size_t pos = at + kOf.size(); count < kMaxMadeWords && pos < text.size();) {
        const Token t = read_word(text, pos);
        if (t.end == pos || !t.capitalised) break;
        words[count++] = t;
        if (t.end + 1 >= text.size() || (text[t.end] != ' ' && text[t.end] != '-')) break;
        pos = t.end + 1;
      }
      if (count == 0) continue;
      const Token& first = words[0];
      const Token& last = words[count - 1];
      const Span span{first.begin, last.end};
      if (lex_.name_stops.contains(word_of(text, first)) || lex_.streets.contains(word_of(text, last)) ||
          lex_.titles.contains(word_of(text, first)) || all_caps(text, first)) {
        continue;
      }
      if (std::any_of(matches.begin(), matches.end(),
                      [&](const Match& m) { return m.span.begin < span.end && span.begin < m.span.end; }) ||
          std::any_of(made.begin(), made.end(),
                      [&](const MadePlace& p) { return p.span.begin < span.end && span.begin < p.span.end; })) {
        continue;
      }
      made.push_back({made_name(text.substr(span.begin, span.end - span.begin), ""), "town", country, span, std::nullopt});
    }
  }

  // The capitalised name just before the phrase at text[pos] (a space
  // between): up to kMaxMadeWords words joined by spaces or hyphens, leading
  // stop words dropped, that is no street ("Store Street Garda station"),
  // person, acronym or name the gazetteer took as a whole (Inanda). Names
  // the gazetteer matched inside it are dropped for it ("Paddington Green");
  // before "County" (`county`) so is the one it matched whole ("Bristol").
  // An empty span if none. A phrase written with a capital (`titled`) names
  // nothing in a line of capitals ("Man Held At Police Station").
  Span name_before(std::string_view text, std::size_t pos, std::vector<Match>& matches, bool county,
                   bool titled) const {
    if (pos < 2 || text[pos - 1] != ' ') return {};
    for (const auto& m : matches) {
      if (m.span.begin <= pos && pos < m.span.end) return {};  // inside a name ("Polk County")
    }
    std::array<Token, kMaxMadeWords> words;  // nearest first
    std::size_t count = 0;
    for (std::size_t at = pos - 1; count < kMaxMadeWords;) {
      const auto begin = word_start_before(text, at, 0);
      if (!begin) break;
      const Token t = read_word(text, *begin);
      if (t.end != at || !t.capitalised) break;
      words[count++] = t;
      if (*begin == 0 || (text[*begin - 1] != ' ' && text[*begin - 1] != '-')) break;
      at = *begin - 1;
    }
    while (count > 0 && lex_.name_stops.contains(word_of(text, words[count - 1]))) --count;
    if (count == 0) return {};
    const Token& first = words[count - 1];
    const Token& last = words[0];
    const Span span{first.begin, last.end};
    if (lex_.streets.contains(word_of(text, last)) || lex_.titles.contains(word_of(text, first)) ||
        (count > 1 && lex_.given.contains(word_of(text, first))) ||
        (count == 1 && first.end - first.begin <= kMaxAcronym && all_caps(text, first)) ||
        (titled && !sentence_case_line(text, pos))) {
      return {};
    }
    std::array<std::size_t, kMaxMadeWords> inside;  // matches within the name
    std::size_t inside_count = 0;
    for (std::size_t k = 0; k < matches.size(); ++k) {
      const Span& s = matches[k].span;
      if (s.end <= span.begin || s.begin >= span.end) continue;
      if (s.begin < span.begin || s.end > span.end) return {};  // a longer name ("North Lanarkshire")
      if (s == span && !county) return {};                      // the gazetteer's own
      if (inside_count < inside.size()) inside[inside_count++] = k;
    }
    for (std::size_t k = 0; k < inside_count; ++k) matches[inside[k]].accepted = false;
    return span;
  }

  // Does the line around text[pos] have a lower-case word of kSentenceWord
  // letters or more, as sentences do and headlines in title case do not?
  static bool sentence_case_line(std::string_view text, std::size_t pos) {
    const std::size_t line_begin = text.rfind('\n', pos) == std::string_view::npos ? 0 : text.rfind('\n', pos) + 1;
    const std::size_t line_end = std::min(text.find('\n', pos), text.size());
    for (std::size_t i = line_begin; i < line_end;) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (!is_ascii_alpha(c)) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < line_end && is_ascii_alpha(static_cast<unsigned char>(text[j]))) ++j;
      if (j - i >= kSentenceWord && !is_ascii_upper(c) && (i == line_begin || text[i - 1] == ' ')) return true;
      i = j;
    }
    return false;
  }

  // A made place's name: words written in capitals put in title case
  // ("KONDHWA" as "Kondhwa"), and `suffix` after a space ("County").
  static std::string made_name(std::string_view written, std::string_view suffix) {
    std::string name;
    name.reserve(written.size() + suffix.size() + 1);
    for (std::size_t i = 0; i < written.size();) {
      std::size_t j = i;
      while (j < written.size() && written[j] != ' ' && written[j] != '-') ++j;
      const std::string_view word = written.substr(i, j - i);
      const bool capitals = std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      for (std::size_t k = 0; k < word.size(); ++k) name.push_back(capitals && k > 0 ? to_lower_ascii(word[k]) : word[k]);
      if (j < written.size()) name.push_back(written[j]);
      i = j + 1;
    }
    if (!suffix.empty()) {
      name.push_back(' ');
      name.append(suffix);
    }
    return name;
  }

  // The name a place is given: its canonical name, except that a name kept
  // with its accents in English ("São Paulo") that the article writes
  // without them ("Sao Paulo") is written as the article writes it.
  // `spelling` is the gazetteer's spelling the mention matched.
  static std::string_view display_name(const GazetteerEntry& e, std::string_view spelling) {
    const auto ascii = [](std::string_view s) {
      return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    };
    if (spelling.empty() || ascii(e.name) || !ascii(spelling)) return e.name;
    // The same letters but for the accents: each letter of the canonical
    // name beyond ASCII against one ASCII letter of the spelling.
    std::size_t i = 0, j = 0;
    while (i < e.name.size() && j < spelling.size()) {
      const auto c = static_cast<unsigned char>(e.name[i]);
      if (c < 0x80) {
        if (e.name[i] != spelling[j]) return e.name;
        ++i;
      } else {
        if (!is_ascii_alpha(static_cast<unsigned char>(spelling[j]))) return e.name;
        i += c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      }
      ++j;
    }
    return i == e.name.size() && j == spelling.size() ? spelling : e.name;
  }

  // A place abroad and a capitalised compass word after it, as one unit,
  // are a suburb of its own: "his Dandenong North home", "Frankston South"
  // (Australian, New Zealand and North American suburbs put the word
  // after; British and Irish names put it first and are in the gazetteer:
  // "North Shields", and "Cork North" is a Garda division). Made with the place's areas, in place of it; not
  // before another compass word or a street word ("Toronto West End",
  // "Perth East Road") or a capitalised word ("Paris North Station").
  void make_compass_suburbs(std::string_view text, std::vector<Match>& matches, std::vector<MadePlace>& made) const {
    for (auto& m : matches) {
      if (!m.accepted || m.span.end != m.last.end) continue;
      const auto compass = word_after(text, m.span.end, 1);
      if (!compass || !compass->capitalised || !is_space_gap(text.substr(m.span.end, compass->begin - m.span.end)) ||
          !lex_.compass_suffixes.contains(word_of(text, *compass, true))) {
        continue;
      }
      if (compass->stem_end == compass->end) {
        if (const auto after = word_after(text, compass->end, 2);
            after && is_space_gap(text.substr(compass->end, after->begin - compass->end)) &&
            (after->capitalised || is_compass(text, *after))) {
          continue;
        }
      }
      const GazetteerEntry& e = gazetteer_.entry(m.entry);
      if (e.home || e.country == "Ireland" || !is_settlement(e)) continue;
      const Span span{m.span.begin, compass->stem_end};
      m.accepted = false;
      made.push_back({std::string(text.substr(span.begin, span.end - span.begin)), "town", e.country, span, m.entry});
    }
  }

  static bool is_settlement(const GazetteerEntry& e) {
    return e.type == "city" || e.type == "town" || e.type == "village";
  }

  // ---------------------------------------------------------- resolving --

  // The nation a place is in: the UK counts as one.
  static std::string_view nation(const GazetteerEntry& e) {
    return e.home ? std::string_view("United Kingdom") : std::string_view(e.country);
  }

  // A nation the article's places are in, with how many distinct places
  // (and force names) it has there, and a country field to name it by.
  struct Nation {
    std::string_view nation, country;
    int places = 0;
  };

  // The nations of the article's unambiguous places (names no other place
  // shares) and of its force names ("Gardai"), in order of first mention.
  // Matches for which `ignore` is true are left out.
  template <class Ignore>
  std::vector<Nation> nations_of(const std::vector<Match>& matches, Ignore&& ignore) const {
    std::vector<Nation> out;
    std::vector<std::uint32_t> counted;  // entries: an article names few places
    for (const auto& m : matches) {
      if (!(m.force || (m.accepted && !(m.traits & kShared))) || ignore(m)) continue;
      if (std::find(counted.begin(), counted.end(), m.entry) != counted.end()) continue;
      counted.push_back(m.entry);
      const GazetteerEntry& e = gazetteer_.entry(m.entry);
      if (nation(e).empty()) continue;
      const auto it = std::find_if(out.begin(), out.end(), [&](const Nation& n) { return n.nation == nation(e); });
      if (it == out.end()) {
        out.push_back({nation(e), e.country, 1});
      } else {
        ++it->places;
      }
    }
    return out;
  }

  // The nation most of the article's places are in, if one leads.
  const Nation* main_nation(const std::vector<Nation>& nations) const {
    const Nation* best = nullptr;
    bool tie = false;
    for (const auto& n : nations) {
      if (best && n.places == best->places) tie = true;
      if (!best || n.places > best->places) {
        best = &n;
        tie = false;
      }
    }
    return tie ? nullptr : best;
  }

  // A name shared by several places (Newport, Richmond, Perth) is the one
  // whose county, region, force or country the article names or implies
  // through its other places, or whose force is named with it ("Victoria
  // Police"), or which lies in the country most of the article's places are
  // in; on a tie, the gazetteer's order (UK places first).
  void resolve(std::string_view text, std::vector<Match>& matches) const {
    // Until resolved, each match's entry is its name's main one.
    const auto shared = [](const Match& m) { return (m.traits & kShared) != 0; };
    if (std::none_of(matches.begin(), matches.end(), [&](const Match& m) { return m.accepted && shared(m); })) return;
    // What the article's unambiguous places (and force names) say.
    std::vector<std::string_view> named, counties, forces, regions;
    for (const auto& m : matches) {
      if (!(m.force || (m.accepted && !shared(m)))) continue;
      const GazetteerEntry& e = gazetteer_.entry(m.entry);
      if (!m.force) {
        named.push_back(e.name);
        counties.push_back(e.county);
        regions.push_back(e.region);
      }
      forces.push_back(e.police_force);
    }
    const std::vector<Nation> places_in = nations_of(matches, [](const Match&) { return false; });
    int most = 0;
    for (const auto& p : places_in) most = std::max(most, p.places);
    const auto has = [](const std::vector<std::string_view>& set, std::string_view value) {
      return !value.empty() && std::find(set.begin(), set.end(), value) != set.end() ? 1 : 0;
    };
    const auto mostly_in = [&](std::string_view n) {
      const auto is_most = [&](const Nation& p) { return p.nation == n && p.places == most; };
      return std::any_of(places_in.begin(), places_in.end(), is_most) ? 1 : 0;
    };
    // "Victoria Police": the name is written as the start of the place's force's name.
    const auto force_named = [&](std::uint32_t name, const GazetteerEntry& e) {
      if (e.police_force.empty()) return 0;
      for (const auto& m : matches) {
        if (m.name != name || !m.accepted) continue;
        const std::string_view rest = text.substr(m.span.begin);
        if (rest.starts_with(e.police_force) &&
            (rest.size() == e.police_force.size() || !word_char_at(rest, e.police_force.size()))) {
          return 1;
        }
      }
      return 0;
    };
    std::unordered_map<std::uint32_t, std::uint32_t> chosen;  // name -> entry, one per article
    for (auto& m : matches) {
      if (!m.accepted) continue;
      const auto [it, inserted] = chosen.emplace(m.name, m.entry);
      if (inserted && shared(m)) {
        // A dateline in capitals with no state or county after it names a
        // city ("WASHINGTON (AP) -" is the capital, not the state).
        const bool dateline = bare_dateline(text, m);
        int best_score = -1;
        const auto& entries = gazetteer_.name(m.name).entries;
        for (const auto e : entries) {
          const GazetteerEntry& entry = gazetteer_.entry(e);
          const int named_area = has(named, entry.county) + has(named, entry.region) +
                                 std::max(has(named, entry.country), has(named, nation(entry)));
          // A place far larger than every namesake outweighs a region named
          // alone: St Helens beside Hove is still the Merseyside town, not
          // the Isle of Wight village.
          const bool dominant = std::all_of(entries.begin(), entries.end(), [&](std::uint32_t other) {
            const long population = gazetteer_.entry(other).population;  // 0 where unknown: no comparison
            return other == e || (population > 0 && population * kDominantPopulation <= entry.population);
          });
          const int score = 8 * force_named(m.name, entry) + 4 * named_area + 2 * has(counties, entry.county) +
                            2 * has(forces, entry.police_force) + has(regions, entry.region) +
                            2 * mostly_in(nation(entry)) + (dominant ? 1 : 0) +
                            (dateline && is_settlement(entry) ? 1 : 0);
          if (score > best_score) {
            best_score = score;
            it->second = e;
          }
        }
      }
      m.entry = it->second;
      // Crown Courts sit only in England and Wales: "Southport Crown Court"
      // is the Merseyside town's, whatever the article's other Southport.
      if (!gazetteer_.entry(m.entry).home && followed_by_crown_court(text, m)) {
        for (const auto e : gazetteer_.name(m.name).entries) {
          if (gazetteer_.entry(e).home) {
            m.entry = e;
            break;
          }
        }
      }
    }
  }

  // The name opens a line, in capitals, and a dash follows it (after an
  // agency's name in brackets): "WASHINGTON -", "WASHINGTON (AP) —".
  static bool bare_dateline(std::string_view text, const Match& m) {
    if ((m.span.begin > 0 && text[m.span.begin - 1] != '\n') || !all_caps(text, m.first)) return false;
    std::string_view rest = text.substr(m.span.end);
    if (rest.starts_with(" (")) {
      const std::size_t close = rest.find(')');
      if (close == std::string_view::npos || close > 16) return false;
      rest.remove_prefix(close + 1);
    }
    return rest.starts_with(" - ") || rest.starts_with(" \u2014") || rest.starts_with(" \u2013") ||
           rest.starts_with("\u2014");
  }

  static bool followed_by_crown_court(std::string_view text, const Match& m) {
    if (m.span.end != m.last.end) return false;
    const std::string_view rest = text.substr(m.span.end);
    return rest.starts_with(" Crown Court") && (rest.size() == 12 || !is_ascii_alpha(static_cast<unsigned char>(rest[12])));
  }

  Gazetteer gazetteer_;
  // The words that begin a phrase of place_named_before.tsv: each phrase
  // group's first word as written and capitalised ("police", "Police"),
  // then the county words ("County").
  struct PhraseTrigger {
    std::string word;
    std::size_t index;  // into lex_.place_phrases, or lex_.county_words if `county`
    bool county;
  };
  std::vector<PhraseTrigger> phrase_triggers_;
  std::array<bool, 256> trigger_initial_{};  // first bytes of phrase_triggers_
  std::array<bool, 256> credit_initial_{};   // first bytes of lex_.credit_lines
  std::vector<JointArea> joint_areas_;
  FirstWords first_words_{gazetteer_.first_words().size() + 1};  // and "saint": most capitalised words are turned away by it
  std::vector<Candidate> candidates_;         // the names of each first word, one word's after another
  std::vector<CandidateRun> candidate_runs_;  // in the order of the gazetteer's first_word_lists()
  Lexicons lex_;
  std::size_t max_phrase_words_ = 0;
  std::array<bool, 128> compass_initial_{};  // first letters of the compass words, to skip most words fast
  // Names starting with a compass word: the most words before the first one
  // that must be capitalised, and how those words end (note_compass_lead).
  std::size_t compass_reach_ = 0;
  std::bitset<256 * 256> compass_lead_pair_;  // the last two bytes of lead words (note_compass_lead)
};

}  // namespace

ExtractorPtr make_places_extractor(const std::filesystem::path& data_dir) {
  return std::make_unique<PlacesExtractor>(data_dir);
}

}  // namespace crimestats
