// The dates extractor: every calendar reference in an article resolved to
// ISO 8601 at its own precision ("2018", "2019-08", "2019-10-03"), ranges
// and financial years with both ends, relative years and months resolved
// against the reference date, and the article's own publication dateline.
//
// A small hand-written lexer walks the text once; only digits, capitalised
// words (months, weekdays) and the first words of relative phrases are
// anchors, and the grammar around them is read token by token. No regular
// expression runs over the article. See docs/extractors/dates.md.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "crimestats/extractor.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2200;
// A bare four-digit number this far past the reference year is a quantity.
constexpr int kMaxYearsAhead = 30;
// "the 2019 figures": a year only within this distance of the reference year.
constexpr int kDeterminerYearsBack = 50;
constexpr int kDeterminerYearsAhead = 10;
// Round numbers ("2000", "1900") and years this early are read as years
// after a strong cue only when no noun follows ("in 2000 cases" is a count).
constexpr int kUnlikelyBefore = 1950;
// How far (in words, within the sentence) to look back for a future/past word.
constexpr std::size_t kTenseWindow = 12;
// How many words of a future chain ("was due to be sentenced") are read back.
constexpr int kFutureChainWords = 5;
// A weekday that disagrees with the inferred year picks the nearest year
// where it agrees: up to this many years back for a past event, either way
// for a future one (a day and month recur on a weekday within 11 years; 29
// February within 28, which is too far to be meant) ...
constexpr int kWeekdayRecurYears = 11;
// ... else up to this many forward for a past one.
constexpr int kWeekdaySearchYears = 6;
// Publication dateline: lines searched at the top and bottom, and the
// longest line that may be a dateline with no cue word ("10 January 2020").
constexpr std::size_t kDatelineTopLines = 12;
constexpr std::size_t kDatelineBottomLines = 8;
constexpr std::size_t kBareDatelineMaxBytes = 100;
constexpr std::size_t kCueLineMaxBytes = 200;
// "FY2023": a financial year glued to its prefix.
constexpr std::size_t kFiscalYearWordLength = 6;

enum Role : std::uint32_t {
  kYearStrong = 1u << 0,
  kYearWeak = 1u << 1,
  kDeterminer = 1u << 2,
  kFollower = 1u << 3,
  kFuture = 1u << 4,
  kPast = 1u << 5,
  kRelativeBlocker = 1u << 6,
  kRangeStart = 1u << 7,
  kRangeTo = 1u << 8,
  kRangeAnd = 1u << 9,
  kPeriodOf = 1u << 10,
  kPeriod = 1u << 11,
  kYearVerb = 1u << 12,
  kModifier = 1u << 13,
  kStatute = 1u << 14,
  kFutureVerb = 1u << 15,
  kFutureLink = 1u << 16,
  kHolidayCue = 1u << 17,
  kFutureSoft = 1u << 18,
  kPerfect = 1u << 19,
  kNumericCue = 1u << 20,
  kFutureChain = 1u << 21,
  kHearing = 1u << 22,
  kHearingFor = 1u << 23,
  kCueHedge = 1u << 24,
};

enum class DatelineKind : std::uint8_t { none, published, line_start, updated, filler };

struct WordInfo {
  int month = 0;  // 1..12, 0 if not a month name
  bool month_abbrev = false;
  bool month_ambiguous = false;
  int weekday = -1;  // 0 = Monday, -1 if not a weekday
  bool relative_first = false;  // first word of a relative phrase
  bool relative_later = false;  // a later word of one ("this year")
  bool holiday_first = false;   // first word of a holiday's name ("Boxing")
  std::uint32_t roles = 0;
  DatelineKind dateline = DatelineKind::none;
};

// A fixed-date holiday of date_holidays.tsv, word by word ("year's" is
// kept whole: the matcher reads the apostrophe).
struct Holiday {
  std::vector<std::string> words;
  int month = 0, day = 0;
  bool needs_cue = false;  // a one-word name: "since Christmas", not "Christmas shoppers"
  bool from_easter = false;  // a feast that moves with Easter: `day` is its offset from Easter Sunday
};

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
Date easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int n = h + l - 7 * m + 114;
  return Date{year, n / 31, n % 31 + 1};
}

struct RelativeUnit {
  Granularity unit = Granularity::year;
  int offset = 0;
};


// A word of up to 16 bytes, lower-cased and packed into two integers: the
// key of the vocabulary table, cheap to build from the text and to hash.
struct PackedWord {
  std::uint64_t lo = 0, hi = 0;
  friend bool operator==(const PackedWord&, const PackedWord&) = default;
};
constexpr std::size_t kPackedMax = 16;

// A relative phrase of date_relative.tsv ("earlier this year"), word by word.
constexpr std::size_t kRelativeMaxWords = 4;
struct RelativePhrase {
  std::array<PackedWord, kRelativeMaxWords> words{};
  std::size_t size = 0;
  RelativeUnit unit;
};

// Per length, the bytes of a 16-byte load that belong to the word, and the
// case bit of each: OR-ing 0x20 lower-cases ASCII letters, leaves digits as
// they are, and maps no other word byte onto a letter or digit, so it folds
// case exactly for lexicon words (ASCII letters and digits). Built from byte
// arrays, so the layout matches the loads on any byte order.
struct PackMask {
  PackedWord keep, fold;
};
constexpr std::array<PackMask, kPackedMax + 1> kPackMasks = [] {
  std::array<PackMask, kPackedMax + 1> masks{};
  for (std::size_t n = 0; n <= kPackedMax; ++n) {
    std::array<unsigned char, 16> keep{}, fold{};
    for (std::size_t i = 0; i < n; ++i) keep[i] = 0xFF, fold[i] = 0x20;
    const auto k = std::bit_cast<std::array<std::uint64_t, 2>>(keep);
    const auto f = std::bit_cast<std::array<std::uint64_t, 2>>(fold);
    masks[n] = {{k[0], k[1]}, {f[0], f[1]}};
  }
  return masks;
}();

// `bytes` must have 16 readable bytes; the word is its first n <= 16.
PackedWord pack_loaded(const char* bytes, std::size_t n) {
  std::uint64_t lo, hi;
  std::memcpy(&lo, bytes, 8);
  std::memcpy(&hi, bytes + 8, 8);
  const PackMask& m = kPackMasks[n];
  return {(lo & m.keep.lo) | m.fold.lo, (hi & m.keep.hi) | m.fold.hi};
}

// The word [begin, begin + n) of `text`, packed.
inline std::optional<PackedWord> pack_word_at(std::string_view text, std::size_t begin, std::size_t n) {
  if (n == 0 || n > kPackedMax) return std::nullopt;
  if (begin + 16 <= text.size()) return pack_loaded(text.data() + begin, n);
  std::array<char, 16> copy{};  // near the end of the text: no 16-byte load
  std::memcpy(copy.data(), text.data() + begin, n);
  return pack_loaded(copy.data(), n);
}

std::optional<PackedWord> pack_word(std::string_view word) { return pack_word_at(word, 0, word.size()); }

// Open addressing over packed words: the scan looks up many words, and a
// std::string hash per word would dominate its time.
class WordTable {
 public:
  WordInfo& operator[](const PackedWord& key) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    std::size_t i = slot(key);
    while (slots_[i].used && !(slots_[i].key == key)) i = (i + 1) & (slots_.size() - 1);
    if (!slots_[i].used) {
      slots_[i].used = true;
      slots_[i].key = key;
      ++used_;
    }
    return slots_[i].info;
  }
  const WordInfo* find(const PackedWord& key) const {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = slot(key);; i = (i + 1) & (slots_.size() - 1)) {
      if (!slots_[i].used) return nullptr;
      if (slots_[i].key == key) return &slots_[i].info;
    }
  }

 private:
  struct Slot {
    PackedWord key;
    WordInfo info;
    bool used = false;
  };
  std::size_t slot(const PackedWord& key) const {
    const std::uint64_t h = key.lo * 0x9E3779B97F4A7C15ull ^ (key.hi + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<std::size_t>(h >> 32) & (slots_.size() - 1);
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 256 : old.size() * 2, Slot{});
    used_ = 0;
    for (const Slot& s : old) {
      if (s.used) (*this)[s.key] = s.info;
    }
  }
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

// ---------------------------------------------------------------- lexer

struct Tok {
  enum Kind : std::uint8_t { none, word, number, punct, line_break };
  Kind kind = none;
  std::size_t begin = 0, end = 0;
  int value = 0;   // numbers: the value of the digits (up to 9 of them)
  int digits = 0;
  bool ordinal = false;  // "3rd", "10th"
  bool glued = false;    // digits run into other letters: "13am", "1990s"
  bool grouped = false;  // thousands separators: "2,000"
};

inline unsigned char byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// ASCII byte classes for the lexer's loops.
enum : std::uint8_t { kDigitByte = 1, kLetterByte = 2, kBlankByte = 4 };
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> table{};
  for (int ch = '0'; ch <= '9'; ++ch) table[ch] = kDigitByte;
  for (int ch = 'a'; ch <= 'z'; ++ch) table[ch] = table[ch - 'a' + 'A'] = kLetterByte;
  table[' '] = table['\t'] = table['\r'] = kBlankByte;
  return table;
}();
inline bool alnum_byte(unsigned char c) { return (kByteClass[c] & (kDigitByte | kLetterByte)) != 0; }

// U+2000..U+203F (dashes, curly quotes, bullets) all start E2 80: punctuation,
// although the shared helpers count bytes >= 0x80 as word bytes.
bool special_punct_at(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && byte_at(s, i) == 0xE2 && byte_at(s, i + 1) == 0x80;
}
bool nbsp_at(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && byte_at(s, i) == 0xC2 && byte_at(s, i + 1) == 0xA0;
}
bool high_word_byte_at(std::string_view s, std::size_t i) { return !special_punct_at(s, i) && !nbsp_at(s, i); }
// Inline for the ASCII case the lexer meets at every token's end.
inline bool word_byte_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const unsigned char c = byte_at(s, i);
  return c < 0x80 ? alnum_byte(c) : high_word_byte_at(s, i);
}
// True if a word byte ends just before `pos` (not the tail of a dash or quote).
bool word_byte_before(std::string_view s, std::size_t pos) {
  if (pos == 0 || !word_byte_at(s, pos - 1)) return false;
  return !(pos >= 3 && special_punct_at(s, pos - 3)) && !(pos >= 2 && nbsp_at(s, pos - 2));
}
bool digit_at(std::string_view s, std::size_t i) { return i < s.size() && is_ascii_digit(byte_at(s, i)); }

std::size_t skip_blanks(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    if (kByteClass[byte_at(s, pos)] & kBlankByte) {
      ++pos;
    } else if (nbsp_at(s, pos)) {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

// Bit i set where byte i of a 64-byte chunk is an ASCII letter or digit
// (`alnum`), or has its top bit set (`high`: part of a UTF-8 sequence).
struct ChunkMasks {
  std::uint64_t alnum = 0, high = 0;
};
constexpr std::size_t kChunk = 64;

ChunkMasks chunk_masks_scalar(const unsigned char* p, std::size_t n) {
  ChunkMasks m;
  for (std::size_t i = 0; i < n; ++i) {
    if (alnum_byte(p[i])) m.alnum |= std::uint64_t{1} << i;
    if (p[i] >= 0x80) m.high |= std::uint64_t{1} << i;
  }
  return m;
}

#if defined(__SSE2__)
// Bit i set where byte i of the 16 at `p` is an ASCII letter or digit.
inline std::uint32_t alnum_mask16(__m128i v) {
  // A range test in one signed compare: adding 0x80 - low moves [low, high]
  // to the bottom of the signed bytes, -128 up; every other byte lands above.
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                       _mm_set1_epi8(static_cast<char>(0x80 + 10)));
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // lower-cases letters
  const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                                        _mm_set1_epi8(static_cast<char>(0x80 + 26)));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
}
inline __m128i load16(const unsigned char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
#endif

// The scan looks at every byte only here, 16 at a time where SSE2 is there.
ChunkMasks chunk_masks(const unsigned char* p) {
#if defined(__SSE2__)
  ChunkMasks m;
  for (std::size_t k = 0; k < kChunk; k += 16) {
    const __m128i v = load16(p + k);
    m.alnum |= static_cast<std::uint64_t>(alnum_mask16(v)) << k;
    m.high |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(v))) << k;
  }
  return m;
#else
  return chunk_masks_scalar(p, kChunk);
#endif
}

// The end of the run of ASCII letters and digits from `i`.
std::size_t alnum_run_end(std::string_view s, std::size_t i) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {
    const std::uint32_t m = alnum_mask16(load16(bytes + i));
    if (m != 0xFFFF) return i + static_cast<std::size_t>(std::countr_one(m));
  }
#endif
  while (i < s.size() && alnum_byte(bytes[i])) ++i;
  return i;
}

Tok lex(std::string_view s, std::size_t pos) {
  Tok t;
  pos = skip_blanks(s, pos);
  if (pos >= s.size()) return t;
  t.begin = pos;
  const unsigned char c = byte_at(s, pos);
  if (c == '\n') {
    t.kind = Tok::line_break;
    t.end = pos + 1;
    return t;
  }
  if (is_ascii_digit(c)) {
    t.kind = Tok::number;
    std::size_t i = pos;
    int value = 0, digits = 0;  // locals: the loop does not store to `t`
    while (digit_at(s, i)) {
      if (digits < 9) value = value * 10 + (s[i] - '0');
      ++digits;
      ++i;
    }
    t.value = value;
    t.digits = digits;
    // "2,000": a comma followed by exactly three digits.
    while (i < s.size() && s[i] == ',' && digit_at(s, i + 1) && digit_at(s, i + 2) && digit_at(s, i + 3) &&
           !digit_at(s, i + 4)) {
      t.grouped = true;
      i += 4;
    }
    std::size_t letters = i;
    while (word_byte_at(s, letters) && !digit_at(s, letters)) ++letters;
    if (letters > i) {
      // OR 0x20 lower-cases the two letters and maps no other byte onto one.
      const unsigned first = byte_at(s, i) | 0x20u, second = letters == i + 2 ? byte_at(s, i + 1) | 0x20u : 0;
      t.ordinal = !t.grouped && ((first == 's' && second == 't') || (first == 'n' && second == 'd') ||
                                 (first == 'r' && second == 'd') || (first == 't' && second == 'h'));
      t.glued = !t.ordinal;
      i = letters;
      while (word_byte_at(s, i)) {  // "4x4", "13am2": all one glued token
        t.glued = true;
        ++i;
      }
    }
    t.end = i;
    return t;
  }
  if (word_byte_at(s, pos)) {
    t.kind = Tok::word;
    std::size_t i = pos;
    for (;;) {
      i = alnum_run_end(s, i);
      if (!word_byte_at(s, i)) break;
      ++i;
    }
    t.end = i;
    return t;
  }
  t.kind = Tok::punct;
  t.end = pos + (special_punct_at(s, pos) ? 3 : 1);
  return t;
}

// The token lex(s, begin) for a run of one to four digits ending at `end`
// before a byte that is no word byte nor a comma; else nullopt.
std::optional<Tok> plain_number(std::string_view s, std::size_t begin, std::size_t end) {
  if (end - begin > 4 || (end < s.size() && (byte_at(s, end) == ',' || byte_at(s, end) >= 0x80))) return std::nullopt;
  Tok t;
  for (std::size_t i = begin; i < end; ++i) {
    if (!is_ascii_digit(byte_at(s, i))) return std::nullopt;
    t.value = t.value * 10 + (byte_at(s, i) - '0');
  }
  t.kind = Tok::number;
  t.begin = begin;
  t.end = end;
  t.digits = static_cast<int>(end - begin);
  return t;
}

// The token that ends at or before `pos` (blanks skipped), or none.
Tok lex_back(std::string_view s, std::size_t pos) {
  std::size_t i = std::min(pos, s.size());
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\r' ||
                   (i >= 2 && byte_at(s, i - 1) == 0xA0 && byte_at(s, i - 2) == 0xC2))) {
    i -= (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\r') ? 1 : 2;
  }
  if (i == 0) return Tok{};
  if (i >= 3 && special_punct_at(s, i - 3)) return lex(s, i - 3);
  if (!word_byte_at(s, i - 1)) return lex(s, i - 1);
  std::size_t j = i;
  // ASCII letters and digits first: of the checks below, only the one for a
  // dash or quote just before the last of them (E2 80, then that byte) can fail.
  while (j > 0 && alnum_byte(byte_at(s, j - 1))) --j;
  if (j < i && j >= 2 && special_punct_at(s, j - 2)) {
    ++j;
  } else {
    while (j > 0 && word_byte_at(s, j - 1) && !(j >= 3 && special_punct_at(s, j - 3)) &&
           !(j >= 2 && nbsp_at(s, j - 2))) {
      --j;
    }
  }
  // "2,000": step back over thousands groups.
  while (j >= 2 && s[j - 1] == ',' && digit_at(s, j - 2) && i - j >= 3) {
    std::size_t k = j - 1;
    while (k > 0 && digit_at(s, k - 1)) --k;
    j = k;
  }
  // A whole word ends at `i`: it is the token, no need to read it again.
  if (j < i && !is_ascii_digit(byte_at(s, j)) && !word_byte_at(s, i)) {
    Tok t;
    t.kind = Tok::word;
    t.begin = j;
    t.end = i;
    return t;
  }
  return lex(s, j);
}

bool is_punct(const Tok& t, std::string_view s, char c) {
  return t.kind == Tok::punct && t.end == t.begin + 1 && s[t.begin] == c;
}
bool is_dash(const Tok& t, std::string_view s) {
  if (t.kind != Tok::punct) return false;
  if (t.end == t.begin + 1) return s[t.begin] == '-';
  // U+2013 en dash, U+2014 em dash.
  return byte_at(s, t.begin + 2) == 0x93 || byte_at(s, t.begin + 2) == 0x94;
}
bool is_apostrophe(const Tok& t, std::string_view s) {
  return is_punct(t, s, '\'') || (t.kind == Tok::punct && t.end == t.begin + 3 && byte_at(s, t.begin + 2) == 0x99);
}
bool is_lower_word(const Tok& t, std::string_view s) {
  return t.kind == Tok::word && !is_ascii_upper(byte_at(s, t.begin));
}
bool is_year_number(const Tok& t) {
  return t.kind == Tok::number && t.digits == 4 && !t.grouped && !t.glued && !t.ordinal && t.value >= kMinYear &&
         t.value <= kMaxYear;
}
bool is_day_number(const Tok& t) {
  return t.kind == Tok::number && t.digits <= 2 && !t.grouped && !t.glued && t.value >= 1 && t.value <= 31;
}

// ---------------------------------------------------------------- points

// One date-like thing as written, before its year is inferred.
enum class Shape : std::uint8_t { day, day_month, month, year };

struct Point {
  std::size_t begin = 0, end = 0;
  Shape shape = Shape::day;
  int year = 0;      // 0 until known
  int year_end = 0;  // "2022/23", "2016-18": the last year, else 0
  int month = 0;
  int day = 0;
  int weekday = -1;
  bool year_written = false;  // the year stands in the text (or in its partner's)
  bool bare_year = false;     // a plain four-digit number: a year only in a year's context
  bool ambiguous_month = false;
  bool relative = false;
  // "03/07/2024": both numbers could be the month; a weekday may settle it.
  bool order_open = false;
};

Granularity granularity_of(const Point& p) {
  return p.shape == Shape::year ? Granularity::year : p.shape == Shape::month ? Granularity::month : Granularity::day;
}

// "00" to "99", for writing two digits at a time.
constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> pairs{};
  for (int n = 0; n < 100; ++n) {
    pairs[2 * n] = static_cast<char>('0' + n / 10);
    pairs[2 * n + 1] = static_cast<char>('0' + n % 10);
  }
  return pairs;
}();

// Writes `value` (not negative) as exactly `width` digits (an even number)
// at `out`; returns the end. Years here are below 10000 (valid() bounds
// them), months and days below 100.
char* put_digits(char* out, int value, int width) {
  for (int i = width - 2; i >= 0; i -= 2) {
    std::memcpy(out + i, &kDigitPairs[static_cast<std::size_t>(2 * (value % 100))], 2);
    value /= 100;
  }
  return out + width;
}

// Formatted by hand: this runs for every date found, and a formatting
// library call costs more than the rest of making the fact.
std::string iso_of(const Point& p, int year) {
  char buffer[32];
  char* out = put_digits(buffer, year, 4);
  const Granularity g = granularity_of(p);
  if (g != Granularity::year) {
    *out++ = '-';
    out = put_digits(out, p.month, 2);
  }
  if (g == Granularity::day) {
    *out++ = '-';
    out = put_digits(out, p.day, 2);
  }
  return std::string(buffer, out);
}

bool valid(const Point& p) {
  if (p.year < 1 || p.year > 9999) return false;
  if (p.shape == Shape::year) return true;
  if (p.month < 1 || p.month > 12) return false;
  return p.shape == Shape::month || is_valid_date(p.year, p.month, p.day);
}

// Month and day as one comparable number.
int month_day(const Point& p) { return p.month * 100 + p.day; }

struct Found {
  DateFact fact;
  bool year_written = false;
};

// Where the last year and the last month read in the scan ended, so that a
// list ("in 2016, 2017 and 2018", "in September, October and November")
// carries its first member's context to the others.
struct ListState {
  std::size_t year_end = std::string_view::npos;
  std::size_t month_end = std::string_view::npos;
};

struct Ctx {
  std::string_view text;
  Date ref;
  DateOrder order = DateOrder::dmy;
};

class DatesExtractor final : public Extractor {
 public:
  explicit DatesExtractor(const std::filesystem::path& data_dir);
  std::string_view name() const override { return "dates"; }
  void extract(const ExtractInput& in, Facts& out) const override;
  std::optional<Date> publication_date(std::string_view text, DateOrder order) const override;

 private:
  struct Dateline {
    Date date;
    Span span;
  };

  const WordInfo* lookup(std::string_view text, const Tok& t) const;
  std::uint32_t roles(std::string_view text, const Tok& t) const {
    const WordInfo* w = lookup(text, t);
    return w ? w->roles : 0;
  }
  // The word before `pos` in the sentence, seen through a hyphen ("mid-2019").
  Tok cue_before(std::string_view text, std::size_t pos) const;

  void scan(const Ctx& c, std::size_t begin, std::size_t end, std::vector<Found>& out) const;
  // Reads a date, range or list starting with the token `first`; returns
  // where the scan resumes, or nullopt if nothing starts there.
  std::optional<std::size_t> read_at(const Ctx& c, const Tok& first, ListState& list,
                                     std::vector<Found>& out) const;

  std::optional<Point> parse_point(const Ctx& c, std::size_t pos) const { return parse_token(c, lex(c.text, pos)); }
  std::optional<Point> parse_token(const Ctx& c, const Tok& t) const;
  std::optional<Point> parse_weekday(const Ctx& c, const Tok& t, const WordInfo& w) const;
  std::optional<Point> parse_month(const Ctx& c, const Tok& t, const WordInfo& w) const;
  std::optional<Point> parse_number(const Ctx& c, const Tok& t) const;
  std::optional<Point> parse_numeric_date(const Ctx& c, const Tok& t) const;
  std::optional<Point> parse_relative(const Ctx& c, const Tok& t) const;
  std::optional<Point> parse_holiday(const Ctx& c, const Tok& t) const;
  // Where the words of `h` end if they are read from the token `first`.
  std::optional<std::size_t> holiday_end(std::string_view text, const Tok& first, const Holiday& h) const;
  // True if `year` is the year of the day and month just read; `after` is
  // the token after them (`year` itself, or a comma before it).
  bool year_follows(std::string_view text, const Tok& after, const Tok& year) const;
  // "9 September last year", "March this year": the year from a relative phrase.
  void take_relative_year(const Ctx& c, Point& p) const;
  // A relative phrase starting with the token `first`: its unit and offset,
  // and where it ends.
  std::optional<std::pair<RelativeUnit, std::size_t>> relative_phrase(std::string_view text, const Tok& first) const;

  // Days listed before the month they share ("3, 4 and 5 October"): each
  // is a date. Returns where the list ends, or nullopt if `first` starts none.
  // `after` is the token after `first`.
  std::optional<std::size_t> read_day_list(const Ctx& c, const Point& first, const Tok& after,
                                           std::vector<Found>& out) const;
  bool year_context(const Ctx& c, const Point& p, const ListState& list) const;
  // True if only list joiners (",", "and", "or", "&") stand between `end` and `pos`.
  bool continues_list(std::string_view text, std::size_t end, std::size_t pos) const;
  bool month_context(const Ctx& c, const Point& p) const;
  enum class Tense { none, future, past };
  // The nearest future or past word in the words before `pos` (in its sentence).
  Tense tense_before(std::string_view text, std::size_t pos) const;
  // A future_soft cue ("due", "must", "deadline") read in the past: a past
  // word just before it, or a perfect just after it.
  bool soft_cue_in_past(std::string_view text, const Tok& cue) const;
  // True if a soft cue chained before the future word `cue` is in the past.
  bool future_chain_in_past(std::string_view text, const Tok& cue) const;
  bool speaks_of_future(std::string_view text, std::size_t pos) const { return tense_before(text, pos) == Tense::future; }
  // A clause whose date comes before its verb: "The figures, covering April
  // to December, will be published". With no tense word before `begin`,
  // the first one after `end`, unless a past participle before the date
  // ties it to a past event ("the man arrested in March will appear").
  bool clause_speaks_of_future(std::string_view text, std::size_t begin, std::size_t end) const;
  void infer_year(const Ctx& c, Point& p) const { infer_year(c, p, speaks_of_future(c.text, p.begin)); }
  void infer_year(const Ctx& c, Point& p, bool future) const;

  // True if the article writes its dates month first ("Nov. 12", "March 3,
  // 2024") more often than day first ("12 November").
  bool writes_month_first(std::string_view text, const std::vector<Found>& found) const;
  // "booked 11/15", "on 3/12": a month and day in figures with no year,
  // read only in a month-first article and after a date cue; appended.
  void find_month_day_figures(const Ctx& c, std::vector<Found>& out) const;

  // `known`: the dates already found in the whole text, if any; otherwise
  // the candidate lines are scanned here.
  std::optional<Dateline> find_dateline(std::string_view text, DateOrder order,
                                        const std::vector<Found>* known) const;
  bool fillers_only(std::string_view text, std::size_t begin, std::size_t end) const;

  // The scan's gate before a hash lookup: for each first byte of a word, a
  // bit per word length that some anchor word has. Capitalised anchors are
  // months, weekdays and relative phrases; lower-case ones relative phrases;
  // "FY2023" is one too.
  bool may_anchor(unsigned char first, std::size_t length) const {
    return length <= 31 && ((anchor_lengths_[first] >> length) & 1u);
  }
  void add_anchor(std::string_view word, bool capital_only);
  // Marks the first two bytes of an anchor word (either case) in anchor_pairs_.
  void add_anchor_pair(std::string_view word);
  // The first two bytes of anchor words: most capitalised words and words
  // starting like "this" or "last" fail this before their length is read.
  std::array<bool, 256 * 256> anchor_pairs_{};
  std::array<std::uint32_t, 256> anchor_lengths_{};
  // Digits and the first bytes of anchor words: the scan's first test.
  std::array<bool, 256> may_start_anchor_{};

  // Entry for a lexicon word, which must fit a PackedWord.
  WordInfo& word_entry(std::string_view word);
  // For each first byte (either case), a bit per length of the lexicon's
  // words: most words of the text are rejected before hashing.
  std::array<std::uint32_t, 256> lexicon_lengths_{};

  WordTable words_;
  // Sorted by first word, so that a phrase is looked for only among those
  // starting with the word read.
  std::vector<RelativePhrase> relatives_;
  std::size_t relative_max_words_ = 1;
  std::vector<Holiday> holidays_;
  // Events named by their date in figures ("9/11"): no date of the article.
  std::vector<std::string> numeric_names_;
};

DatesExtractor::DatesExtractor(const std::filesystem::path& data_dir) {
  const auto dir = data_dir / "lexicons";
  auto file_error = [](const std::filesystem::path& file, const LexiconRow& row, std::string_view what) {
    return std::runtime_error(fmt::format("{}:{}: {}", file.string(), row.line, what));
  };
  const auto months_file = dir / "date_months.tsv";
  for (const auto& row : read_lexicon(months_file, 3)) {
    auto& w = word_entry(row.fields[0]);
    w.month = std::stoi(row.fields[1]);
    if (w.month < 1 || w.month > 12) throw file_error(months_file, row, "month must be 1..12");
    w.month_abbrev = row.fields[2] == "abbrev";
    w.month_ambiguous = row.fields[2] == "ambiguous";
    add_anchor(row.fields[0], true);
    if (!w.month_abbrev && !w.month_ambiguous && row.fields[2] != "full") {
      throw file_error(months_file, row, "form must be full, abbrev or ambiguous");
    }
  }
  const auto weekdays_file = dir / "date_weekdays.tsv";
  for (const auto& row : read_lexicon(weekdays_file, 2)) {
    auto& w = word_entry(row.fields[0]);
    w.weekday = std::stoi(row.fields[1]);
    if (w.weekday < 0 || w.weekday > 6) throw file_error(weekdays_file, row, "weekday must be 0..6");
    add_anchor(row.fields[0], true);
  }
  const auto relative_file = dir / "date_relative.tsv";
  for (const auto& row : read_lexicon(relative_file, 3)) {
    const std::string phrase = lower_ascii(row.fields[0]);
    RelativeUnit unit;
    if (row.fields[1] == "year") {
      unit.unit = Granularity::year;
    } else if (row.fields[1] == "month") {
      unit.unit = Granularity::month;
    } else {
      throw file_error(relative_file, row, "unit must be year or month");
    }
    unit.offset = std::stoi(row.fields[2]);
    RelativePhrase entry;
    entry.unit = unit;
    for (std::size_t begin = 0; begin <= phrase.size();) {
      const std::size_t space = std::min(phrase.find(' ', begin), phrase.size());
      const auto key = pack_word(std::string_view(phrase).substr(begin, space - begin));
      if (!key || entry.size == kRelativeMaxWords) {
        throw file_error(relative_file, row, fmt::format("at most {} words of at most {} bytes, one space apart",
                                                         kRelativeMaxWords, kPackedMax));
      }
      entry.words[entry.size++] = *key;
      begin = space + 1;
    }
    // A phrase listed twice: the later row wins.
    auto same = std::find_if(relatives_.begin(), relatives_.end(), [&](const RelativePhrase& r) {
      return r.size == entry.size && std::equal(r.words.begin(), r.words.begin() + r.size, entry.words.begin());
    });
    if (same != relatives_.end()) {
      *same = entry;
    } else {
      relatives_.push_back(entry);
    }
    const std::size_t space = phrase.find(' ');
    word_entry(phrase.substr(0, space)).relative_first = true;
    for (std::size_t begin = space; begin != std::string::npos;) {
      const std::size_t next = phrase.find(' ', begin + 1);
      word_entry(phrase.substr(begin + 1, next - (begin + 1))).relative_later = true;
      begin = next;
    }
    add_anchor(phrase.substr(0, space), false);
    relative_max_words_ = std::max(relative_max_words_, entry.size);
  }
  std::sort(relatives_.begin(), relatives_.end(), [](const RelativePhrase& a, const RelativePhrase& b) {
    return std::pair(a.words[0].lo, a.words[0].hi) < std::pair(b.words[0].lo, b.words[0].hi);
  });
  static const std::unordered_map<std::string_view, std::uint32_t> kRoles{
      {"year_strong", kYearStrong}, {"year_weak", kYearWeak},   {"determiner", kDeterminer},
      {"follower", kFollower},      {"future", kFuture},        {"past", kPast},
      {"relative_blocker", kRelativeBlocker}, {"range_start", kRangeStart}, {"range_to", kRangeTo},
      {"range_and", kRangeAnd}, {"period_of", kPeriodOf}, {"period", kPeriod}, {"cue_hedge", kCueHedge},
      {"year_verb", kYearVerb}, {"modifier", kModifier}, {"statute", kStatute},
      {"future_verb", kFutureVerb}, {"future_link", kFutureLink}, {"holiday_cue", kHolidayCue},
      {"future_soft", kFutureSoft}, {"perfect", kPerfect}, {"numeric_cue", kNumericCue},
      {"future_chain", kFutureChain}, {"hearing", kHearing}, {"hearing_for", kHearingFor}};
  const auto context_file = dir / "date_context.tsv";
  for (const auto& row : read_lexicon(context_file, 2)) {
    const auto role = kRoles.find(row.fields[1]);
    if (role == kRoles.end()) throw file_error(context_file, row, "unknown role");
    word_entry(row.fields[0]).roles |= role->second;
  }
  static const std::unordered_map<std::string_view, DatelineKind> kKinds{
      {"published", DatelineKind::published}, {"line_start", DatelineKind::line_start},
      {"updated", DatelineKind::updated},     {"filler", DatelineKind::filler}};
  const auto dateline_file = dir / "date_dateline_cues.tsv";
  for (const auto& row : read_lexicon(dateline_file, 2)) {
    const auto kind = kKinds.find(row.fields[1]);
    if (kind == kKinds.end()) throw file_error(dateline_file, row, "unknown kind");
    word_entry(row.fields[0]).dateline = kind->second;
  }
  for (const auto& row : read_lexicon(dir / "date_numeric_names.tsv", 1)) numeric_names_.push_back(row.fields[0]);
  const auto holidays_file = dir / "date_holidays.tsv";
  for (const auto& row : read_lexicon(holidays_file, 4)) {
    Holiday h;
    const std::string phrase = lower_ascii(row.fields[0]);
    for (std::size_t begin = 0; begin < phrase.size();) {
      const std::size_t space = std::min(phrase.find(' ', begin), phrase.size());
      h.words.push_back(phrase.substr(begin, space - begin));
      begin = space + 1;
    }
    h.from_easter = row.fields[1] == "easter";
    h.month = h.from_easter ? 0 : std::stoi(row.fields[1]);
    h.day = std::stoi(row.fields[2]);
    if (h.words.empty() || (!h.from_easter && !is_valid_date(2000, h.month, h.day))) {
      throw file_error(holidays_file, row, "not a day of the year");
    }
    if (row.fields[3] != "day" && row.fields[3] != "name") throw file_error(holidays_file, row, "form must be day or name");
    h.needs_cue = row.fields[3] == "name";
    // "Valentine's" is also written "Valentines"; the first word is an anchor either way.
    std::string first = h.words.front();
    if (first.ends_with("'s")) {
      first.resize(first.size() - 2);
      word_entry(first + "s").holiday_first = true;
      add_anchor(first + "s", true);
    }
    word_entry(first).holiday_first = true;
    add_anchor(first, true);
    if (first == "st") {
      word_entry("saint").holiday_first = true;
      add_anchor("saint", true);
    }
    holidays_.push_back(std::move(h));
  }
  anchor_lengths_['F'] |= 1u << kFiscalYearWordLength;
  anchor_lengths_['f'] |= 1u << kFiscalYearWordLength;
  add_anchor_pair("fy");
  for (std::size_t c = 0; c < 256; ++c) may_start_anchor_[c] = is_ascii_digit(static_cast<unsigned char>(c)) || anchor_lengths_[c];
}

void DatesExtractor::add_anchor(std::string_view word, bool capital_only) {
  if (word.empty() || word.size() > 31 || !is_ascii_alpha(static_cast<unsigned char>(word[0]))) {
    throw std::runtime_error(fmt::format("dates lexicon: '{}' must start with a letter and be short", word));
  }
  const auto lower = static_cast<unsigned char>(to_lower_ascii(word[0]));
  anchor_lengths_[lower & ~0x20u] |= 1u << word.size();
  if (!capital_only) anchor_lengths_[lower] |= 1u << word.size();
  add_anchor_pair(word);
}

void DatesExtractor::add_anchor_pair(std::string_view word) {
  const auto mark = [&](char first, char second) { anchor_pairs_[byte_pair(first, second)] = true; };
  for (const char first : {to_lower_ascii(word[0]), static_cast<char>(to_lower_ascii(word[0]) & ~0x20)}) {
    if (word.size() == 1) {
      for (int second = 0; second < 256; ++second) mark(first, static_cast<char>(second));
      continue;
    }
    // Either case of the second letter: lookups fold case ("MARCH").
    mark(first, word[1]);
    if (is_ascii_alpha(static_cast<unsigned char>(word[1]))) mark(first, static_cast<char>(word[1] ^ 0x20));
  }
}

WordInfo& DatesExtractor::word_entry(std::string_view word) {
  const auto key = pack_word(word);
  if (!key) throw std::runtime_error(fmt::format("dates lexicon: '{}' is longer than {} bytes", word, kPackedMax));
  const auto first = static_cast<unsigned char>(word[0]);
  lexicon_lengths_[first | 0x20u] |= 1u << word.size();
  lexicon_lengths_[first & ~0x20u] |= 1u << word.size();
  return words_[*key];
}

// Inlined: the scan asks it for every word that passes the anchor table.
[[gnu::always_inline]] inline const WordInfo* DatesExtractor::lookup(std::string_view text, const Tok& t) const {
  if (t.kind != Tok::word) return nullptr;
  const std::size_t n = t.end - t.begin;
  if (n > kPackedMax || !((lexicon_lengths_[byte_at(text, t.begin)] >> n) & 1u)) return nullptr;
  const auto key = pack_word_at(text, t.begin, n);
  return key ? words_.find(*key) : nullptr;
}

Tok DatesExtractor::cue_before(std::string_view text, std::size_t pos) const {
  Tok prev = lex_back(text, pos);
  // "since at least March", "until at most 2030": the cue is before the hedge.
  if (roles(text, prev) & kCueHedge) {
    const Tok at = lex_back(text, prev.begin);
    if (at.kind == Tok::word && iequals(text.substr(at.begin, at.end - at.begin), "at")) {
      const Tok before = lex_back(text, at.begin);
      if (roles(text, before) & kYearStrong) return before;
    }
  }
  if (is_dash(prev, text)) {
    const Tok before = lex_back(text, prev.begin);
    if (roles(text, before) & kYearStrong) return before;  // "mid-2019", "early-March"
  }
  return prev;
}

// ---------------------------------------------------------------- parsing

std::optional<Point> DatesExtractor::parse_token(const Ctx& c, const Tok& t) const {
  if (t.kind == Tok::number) return parse_number(c, t);
  const WordInfo* w = lookup(c.text, t);
  if (!w) return std::nullopt;
  const bool capital = is_ascii_upper(byte_at(c.text, t.begin));
  if (capital && w->weekday >= 0) return parse_weekday(c, t, *w);
  if (capital && w->month > 0) return parse_month(c, t, *w);
  if (capital && w->holiday_first) {
    if (auto holiday = parse_holiday(c, t)) return holiday;
  }
  if (w->relative_first) return parse_relative(c, t);
  return std::nullopt;
}

std::optional<std::size_t> DatesExtractor::holiday_end(std::string_view s, const Tok& first, const Holiday& h) const {
  std::size_t pos = first.begin;
  for (std::size_t k = 0; k < h.words.size(); ++k) {
    const Tok t = k == 0 ? first : lex(s, pos);
    if (t.kind != Tok::word) return std::nullopt;
    const std::string_view word = s.substr(t.begin, t.end - t.begin);
    std::string_view want = h.words[k];
    const bool possessive = want.ends_with("'s");
    if (possessive) want.remove_suffix(2);
    pos = t.end;
    if (want == "st" && iequals(word, "saint")) continue;
    if (possessive && word.size() == want.size() + 1 && iequals(word.substr(0, want.size()), want) &&
        to_lower_ascii(word.back()) == 's') {
      continue;  // "Valentines Day"
    }
    if (!iequals(word, want)) return std::nullopt;
    const Tok after = lex(s, pos);
    if (want == "st" && is_punct(after, s, '.')) {
      pos = after.end;
    } else if (is_apostrophe(after, s)) {
      const Tok s_word = lex(s, after.end);
      if (possessive && s_word.kind == Tok::word && s_word.end == s_word.begin + 1 &&
          to_lower_ascii(s[s_word.begin]) == 's') {
        pos = s_word.end;  // "Year's"
      } else if (!possessive && k + 1 < h.words.size()) {
        pos = after.end;  // "Veterans' Day"
      } else if (possessive) {
        return std::nullopt;
      }
    } else if (possessive) {
      return std::nullopt;  // "New Year Day"
    }
  }
  return pos;
}

std::optional<Point> DatesExtractor::parse_holiday(const Ctx& c, const Tok& t) const {
  const std::string_view s = c.text;
  const Holiday* best = nullptr;
  std::size_t best_end = 0;
  for (const Holiday& h : holidays_) {
    if (const auto end = holiday_end(s, t, h); end && *end > best_end) {
      best = &h;
      best_end = *end;
    }
  }
  if (!best) return std::nullopt;
  // "India's Independence Day" is another country's.
  if (const Tok before = lex_back(s, t.begin); before.kind == Tok::word && before.end == before.begin + 1 &&
                                                 to_lower_ascii(s[before.begin]) == 's' &&
                                                 is_apostrophe(lex_back(s, before.begin), s)) {
    return std::nullopt;
  }
  Point p;
  p.begin = t.begin;
  p.end = best_end;
  p.shape = Shape::day_month;
  p.month = best->month;
  p.day = best->day;
  // A feast that moves with Easter, in `year`.
  const auto place_in = [&](int in_year) {
    const Date d = Date::from_days_since_epoch(easter_sunday(in_year).days_since_epoch() + best->day);
    p.year = d.year;
    p.month = d.month;
    p.day = d.day;
  };
  const Tok after = lex(s, p.end);
  Tok year = after;
  if (is_punct(after, s, ',')) year = lex(s, after.end);
  if (year_follows(s, after, year)) {  // "Christmas 2018", "Boxing Day, 2021"
    p.year = year.value;
    p.year_written = true;
    p.end = year.end;
    if (best->from_easter) place_in(p.year);
    return p;
  }
  // A longer name that only starts like a holiday: "the Good Friday
  // Agreement", "the Boxing Day Test", "Easter Road", "Christmas Island".
  if (after.kind == Tok::word && is_ascii_upper(byte_at(s, after.begin)) && !(roles(s, after) & kFollower)) {
    return std::nullopt;
  }
  if (best->needs_cue) {
    // "since Christmas", but not "Christmas shoppers" nor "a Christmas party".
    if (!(roles(s, lex_back(s, t.begin)) & kHolidayCue)) return std::nullopt;
    if (after.kind == Tok::word && !(roles(s, after) & kFollower)) return std::nullopt;
  }
  take_relative_year(c, p);  // "Christmas Day last year"
  if (best->from_easter) {
    if (p.year) {
      place_in(p.year);
    } else {
      // The nearest one on or before the reference date, or on or after
      // it where the sentence looks ahead, as for a fixed day.
      const bool future = speaks_of_future(s, t.begin);
      place_in(c.ref.year);
      if (!future && Date{p.year, p.month, p.day} > c.ref) place_in(c.ref.year - 1);
      if (future && Date{p.year, p.month, p.day} < c.ref) place_in(c.ref.year + 1);
    }
  }
  return p;
}

std::optional<Point> DatesExtractor::parse_weekday(const Ctx& c, const Tok& t, const WordInfo& w) const {
  std::size_t pos = t.end;
  Tok next = lex(c.text, pos);
  if (is_punct(next, c.text, '.') || is_punct(next, c.text, ',')) {
    pos = next.end;
    next = lex(c.text, pos);
  }
  if (next.kind == Tok::word && iequals(c.text.substr(next.begin, next.end - next.begin), "the")) pos = next.end;
  auto p = parse_point(c, pos);
  if (!p || p->relative || p->weekday >= 0 || (p->shape != Shape::day && p->shape != Shape::day_month)) {
    return std::nullopt;
  }
  p->begin = t.begin;
  p->weekday = w.weekday;
  // "Thu, 03/07/2024": 3 July 2024 is a Wednesday, so it is 7 March. The
  // weekday outweighs the preferred order; with no weekday the order stands.
  if (p->order_open && Date{p->year, p->month, p->day}.weekday() != w.weekday &&
      Date{p->year, p->day, p->month}.weekday() == w.weekday) {
    std::swap(p->day, p->month);
  }
  return p;
}

bool DatesExtractor::year_follows(std::string_view s, const Tok& after, const Tok& year) const {
  if (!is_year_number(year)) return false;
  if (after.begin == year.begin || year.value % 100 != 0) return true;
  // "On 3 March, 2000 people marched": a round number after the comma
  // that counts the noun behind it.
  const Tok noun = lex(s, year.end);
  return !(is_lower_word(noun, s) && !(roles(s, noun) & kFollower));
}

std::optional<Point> DatesExtractor::parse_month(const Ctx& c, const Tok& t, const WordInfo& w) const {
  const std::string_view s = c.text;
  Point p;
  p.begin = t.begin;
  p.end = t.end;
  p.month = w.month;
  p.shape = Shape::month;
  p.ambiguous_month = w.month_ambiguous;
  if (w.month_abbrev && p.end < s.size() && s[p.end] == '.') ++p.end;
  const Tok next = lex(s, p.end);
  // "Oct - 24 - 2024": month, day and year between dashes, as some papers
  // date their stories.
  if (is_dash(next, s)) {
    const Tok day = lex(s, next.end);
    const Tok dash = lex(s, day.end);
    const Tok year = lex(s, dash.end);
    if (is_day_number(day) && !day.ordinal && is_dash(dash, s) && is_year_number(year)) {
      p.shape = Shape::day_month;
      p.day = day.value;
      p.year = year.value;
      p.year_written = true;
      p.end = year.end;
      return p;
    }
  }
  // "October 3", "Jan. 10th", "January 10, 2020"
  if (is_day_number(next) && !(next.end < s.size() && s[next.end] == ':' && digit_at(s, next.end + 1))) {
    const Tok after = lex(s, next.end);
    Tok year = after;
    if (is_punct(after, s, ',')) year = lex(s, after.end);
    if (year_follows(s, after, year)) {
      p.shape = Shape::day_month;
      p.day = next.value;
      p.year = year.value;
      p.year_written = true;
      p.end = year.end;
      return p;
    }
    // "In October 3 people were arrested": after "in", a bare number with a
    // noun behind it counts something.
    const bool counts_noun = !next.ordinal && is_lower_word(after, s) && !(roles(s, after) & kFollower) &&
                             (roles(s, cue_before(s, t.begin)) & kYearStrong);
    if (!counts_noun) {
      p.shape = Shape::day_month;
      p.day = next.value;
      p.end = next.end;
      take_relative_year(c, p);
      return p;
    }
  }
  // "January 2018", "January, 2018", "January of 2018"
  Tok year = next;
  if (is_punct(next, s, ',') || (next.kind == Tok::word && iequals(s.substr(next.begin, 2), "of") &&
                                 next.end == next.begin + 2)) {
    year = lex(s, next.end);
  }
  if (is_year_number(year)) {
    p.year = year.value;
    p.year_written = true;
    p.end = year.end;
    return p;
  }
  if (w.month_abbrev) return std::nullopt;
  take_relative_year(c, p);  // "March last year", "June this year"
  return p;
}

std::optional<Point> DatesExtractor::parse_numeric_date(const Ctx& c, const Tok& t) const {
  const std::string_view s = c.text;
  const std::size_t sep_pos = t.end;
  if (sep_pos >= s.size()) return std::nullopt;
  const char sep = s[sep_pos];
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  std::size_t i = sep_pos + 1;
  int second = 0, second_digits = 0;
  while (digit_at(s, i) && second_digits < 3) second = second * 10 + (s[i++] - '0'), ++second_digits;
  if (second_digits < 1 || second_digits > 2 || i >= s.size() || s[i] != sep) return std::nullopt;
  ++i;
  int year = 0, year_digits = 0;
  while (digit_at(s, i) && year_digits < 5) year = year * 10 + (s[i++] - '0'), ++year_digits;
  // Two-digit years only with slashes: "1.5.10" is more likely a version.
  if (!(year_digits == 4 || (year_digits == 2 && sep == '/'))) return std::nullopt;
  if (word_byte_at(s, i) || (i + 1 < s.size() && s[i] == sep && digit_at(s, i + 1))) return std::nullopt;
  if (year_digits == 2) year += year < 50 ? 2000 : 1900;
  int day = t.value, month = second;
  if (c.order == DateOrder::mdy) std::swap(day, month);
  // Read the only way it can be read when the preferred order is impossible.
  if (!is_valid_date(year, month, day) && is_valid_date(year, day, month)) std::swap(day, month);
  if (!is_valid_date(year, month, day)) return std::nullopt;
  Point p;
  p.begin = t.begin;
  p.end = i;
  p.shape = Shape::day_month;
  p.year = year;
  p.month = month;
  p.day = day;
  p.year_written = true;
  p.order_open = day != month && day <= 12 && month <= 12;
  return p;
}

std::optional<Point> DatesExtractor::parse_number(const Ctx& c, const Tok& t) const {
  const std::string_view s = c.text;
  if (t.grouped || t.glued) return std::nullopt;
  // Part of a time, a price or a longer figure: "10:30", "£2018", "3.2018".
  if (t.begin > 0) {
    const char before = s[t.begin - 1];
    if (before == '$' || before == '#' ||
        ((before == ':' || before == '.' || before == '/' || before == ',') && t.begin >= 2 &&
         digit_at(s, t.begin - 2))) {
      return std::nullopt;
    }
    if (t.begin >= 2 && byte_at(s, t.begin - 2) == 0xC2 && byte_at(s, t.begin - 1) == 0xA3) return std::nullopt;  // £
    if (t.begin >= 3 && byte_at(s, t.begin - 3) == 0xE2 && byte_at(s, t.begin - 2) == 0x82 &&
        byte_at(s, t.begin - 1) == 0xAC) {
      return std::nullopt;  // €
    }
  }
  if (t.end < s.size() && s[t.end] == ':' && digit_at(s, t.end + 1)) return std::nullopt;
  if (t.end < s.size() && s[t.end] == '%') return std::nullopt;

  Point p;
  p.begin = t.begin;
  p.end = t.end;
  if (t.digits == 4 && !t.ordinal) {
    if (t.value < kMinYear || t.value > kMaxYear) return std::nullopt;
    const int year = t.value;
    const std::size_t e = t.end;
    // ISO 8601 date or timestamp: 2021-10-21, 2021-10-21T09:30:00Z
    if (e + 5 < s.size() && s[e] == '-' && digit_at(s, e + 1) && digit_at(s, e + 2) && s[e + 3] == '-' &&
        digit_at(s, e + 4) && digit_at(s, e + 5) && !digit_at(s, e + 6)) {
      p.shape = Shape::day_month;
      p.year = year;
      p.month = (s[e + 1] - '0') * 10 + (s[e + 2] - '0');
      p.day = (s[e + 4] - '0') * 10 + (s[e + 5] - '0');
      p.year_written = true;
      p.end = e + 6;
      if (!valid(p)) return std::nullopt;
      return p;
    }
    // Financial years and spans written as one word: 2022/23, 2013-14, 2016–2018
    std::size_t sep_end = 0;
    if (e < s.size() && (s[e] == '/' || s[e] == '-')) sep_end = e + 1;
    if (special_punct_at(s, e) && byte_at(s, e + 2) == 0x93) sep_end = e + 3;
    if (sep_end) {
      std::size_t i = sep_end;
      int second = 0, digits = 0;
      while (digit_at(s, i) && digits < 5) second = second * 10 + (s[i++] - '0'), ++digits;
      if (word_byte_at(s, i) || (i + 1 < s.size() && (s[i] == '/' || s[i] == '-') && digit_at(s, i + 1))) {
        return std::nullopt;
      }
      int last = 0;
      if (digits == 2) {
        last = year / 100 * 100 + second;
        if (last <= year) last = second == (year + 1) % 100 ? year + 1 : 0;
      } else if (digits == 4 && second > year && second - year <= 50) {
        last = second;
      }
      if (digits == 2 || digits == 4) {
        if (!last) return std::nullopt;
        p.shape = Shape::year;
        p.year = year;
        p.year_end = last;
        p.year_written = true;
        p.end = i;
        return p;
      }
    }
    p.shape = Shape::year;
    p.year = year;
    p.year_written = true;
    p.bare_year = true;
    return p;
  }
  if (!is_day_number(t)) return std::nullopt;
  if (!t.ordinal) {
    if (auto numeric = parse_numeric_date(c, t)) return numeric;
  }
  // "10 January 2020", "10th of January", "3 Oct."
  p.shape = Shape::day;
  p.day = t.value;
  Tok next = lex(s, t.end);
  if (next.kind == Tok::word && next.end == next.begin + 2 && iequals(s.substr(next.begin, 2), "of")) {
    next = lex(s, next.end);
  }
  if (next.kind != Tok::word || !is_ascii_upper(byte_at(s, next.begin))) return p;
  const WordInfo* w = lookup(s, next);
  if (!w || w->month == 0) return p;
  p.shape = Shape::day_month;
  p.month = w->month;
  p.end = next.end;
  if (w->month_abbrev && p.end < s.size() && s[p.end] == '.') ++p.end;
  const Tok after = lex(s, p.end);
  Tok year = after;
  if (is_punct(after, s, ',')) year = lex(s, after.end);
  if (year_follows(s, after, year)) {
    p.year = year.value;
    p.year_written = true;
    p.end = year.end;
  } else {
    take_relative_year(c, p);
  }
  return p;
}

void DatesExtractor::take_relative_year(const Ctx& c, Point& p) const {
  const Tok next = lex(c.text, p.end);
  if (next.kind != Tok::word) return;
  if (const auto rel = relative_phrase(c.text, next); rel && rel->first.unit == Granularity::year) {
    p.year = c.ref.year + rel->first.offset;
    p.year_written = true;
    p.relative = true;
    p.end = rel->second;
  }
}

std::optional<std::pair<RelativeUnit, std::size_t>> DatesExtractor::relative_phrase(std::string_view text,
                                                                                    const Tok& first) const {
  std::optional<std::pair<RelativeUnit, std::size_t>> best;
  std::array<PackedWord, kRelativeMaxWords> read;
  // The phrases whose first word is the first word read.
  std::vector<RelativePhrase>::const_iterator phrases_begin, phrases_end;
  std::size_t at = first.end;
  for (std::size_t n = 0; n < relative_max_words_; ++n) {
    // Words of a phrase are separated by blanks only: a line break is no word.
    const Tok t = n == 0 ? first : lex(text, at);
    if (t.kind != Tok::word) break;
    if (n > 0) {  // most words after "this" or "last" are in no phrase
      const WordInfo* w = lookup(text, t);
      if (!w || !w->relative_later) break;
    }
    const auto key = pack_word_at(text, t.begin, t.end - t.begin);
    if (!key) break;  // longer than any lexicon word
    read[n] = *key;
    if (n == 0) {
      const auto same_first = [&](const RelativePhrase& phrase) { return phrase.words[0] == read[0]; };
      phrases_begin = std::find_if(relatives_.begin(), relatives_.end(), same_first);
      phrases_end = std::find_if_not(phrases_begin, relatives_.end(), same_first);
    }
    bool longer = false;  // a longer phrase starts with the words read
    for (const RelativePhrase& phrase : std::span(phrases_begin, phrases_end)) {
      if (phrase.size <= n || !std::equal(read.begin(), read.begin() + n + 1, phrase.words.begin())) continue;
      if (phrase.size == n + 1) {
        best.emplace(phrase.unit, t.end);
      } else {
        longer = true;
      }
    }
    if (!longer) break;
    at = t.end;
  }
  return best;
}

std::optional<Point> DatesExtractor::parse_relative(const Ctx& c, const Tok& t) const {
  const std::string_view s = c.text;
  // "the last year", "over the past month": durations. Asked only once a
  // phrase or month is found.
  auto blocked = [&] { return (roles(s, lex_back(s, t.begin)) & kRelativeBlocker) != 0; };
  Point p;
  p.begin = t.begin;
  p.relative = true;
  p.year_written = true;
  if (const auto rel = relative_phrase(s, t)) {
    if (blocked()) return std::nullopt;
    p.end = rel->second;
    if (rel->first.unit == Granularity::year) {
      p.shape = Shape::year;
      p.year = c.ref.year + rel->first.offset;
    } else {
      p.shape = Shape::month;
      const int months = c.ref.year * 12 + (c.ref.month - 1) + rel->first.offset;
      p.year = months / 12;
      p.month = months % 12 + 1;
    }
    return p;
  }
  // "last March", "next June", "this May": the nearest such month before,
  // after, or in the reference year.
  const Tok next = lex(s, t.end);
  if (next.kind != Tok::word || !is_ascii_upper(byte_at(s, next.begin))) return std::nullopt;
  const WordInfo* month = lookup(s, next);
  if (!month || month->month == 0 || month->month_abbrev || blocked()) return std::nullopt;
  const std::string_view word = s.substr(t.begin, t.end - t.begin);
  p.shape = Shape::month;
  p.month = month->month;
  p.end = next.end;
  if (iequals(word, "last")) {
    p.year = month->month < c.ref.month ? c.ref.year : c.ref.year - 1;
  } else if (iequals(word, "next")) {
    p.year = month->month > c.ref.month ? c.ref.year : c.ref.year + 1;
  } else if (iequals(word, "this")) {
    p.year = c.ref.year;
  } else {
    return std::nullopt;
  }
  return p;
}

// ---------------------------------------------------------------- context

bool DatesExtractor::continues_list(std::string_view s, std::size_t end, std::size_t pos) const {
  if (end == std::string_view::npos || end > pos) return false;
  for (Tok t = lex(s, end); t.kind != Tok::none && t.begin < pos; t = lex(s, t.end)) {
    const bool joiner = is_punct(t, s, ',') || is_punct(t, s, '&') || (t.kind == Tok::word && (roles(s, t) & kRangeAnd)) ||
                        (t.kind == Tok::word && iequals(s.substr(t.begin, t.end - t.begin), "or"));
    if (!joiner) return false;
  }
  return true;
}

bool DatesExtractor::year_context(const Ctx& c, const Point& p, const ListState& list) const {
  const std::string_view s = c.text;
  const int y = p.year;
  if (y > c.ref.year + kMaxYearsAhead) return false;
  const Tok next = lex(s, p.end);
  const Tok prev = lex_back(s, p.begin);
  if (next.kind == Tok::word && (iequals(s.substr(next.begin, next.end - next.begin), "per") ||
                                 iequals(s.substr(next.begin, next.end - next.begin), "pc"))) {
    return false;  // "2018 per cent"
  }
  // Digit groups side by side are a phone or reference number: "1800 666 111".
  if (next.kind == Tok::number || prev.kind == Tok::number) return false;
  if (is_punct(prev, s, '(') && is_punct(next, s, ')')) return true;  // "(2018)"
  if (is_apostrophe(next, s)) {                                        // "2018's figures"
    const Tok s_word = lex(s, next.end);
    if (s_word.kind == Tok::word && s_word.end == s_word.begin + 1 && to_lower_ascii(s[s_word.begin]) == 's') {
      return true;
    }
  }
  if (continues_list(s, list.year_end, p.begin)) return true;  // "in 2016, 2017 and 2018"
  const bool round = y % 100 == 0 || y < kUnlikelyBefore;
  // "2019 was a record year": a year opening its sentence as the subject.
  const bool sentence_start = prev.kind == Tok::none || prev.kind == Tok::line_break || is_punct(prev, s, '.') ||
                              is_punct(prev, s, '!') || is_punct(prev, s, '?');
  if (sentence_start && !round && next.kind == Tok::word && (roles(s, next) & kYearVerb)) return true;
  const bool noun_follows = is_lower_word(next, s) && !(roles(s, next) & kFollower);
  const Tok cue_word = cue_before(s, p.begin);
  const std::uint32_t cue = roles(s, cue_word);
  if (cue & kYearStrong) return !(round && noun_follows);
  // "the Misuse of Drugs Act 1971" (older Irish titles: "Act, 1977", but
  // "under the Act, 1995 people were cautioned"): a statute's title ends
  // with its year.
  const bool comma = is_punct(cue_word, s, ',');
  const Tok statute = comma ? lex_back(s, cue_word.begin) : cue_word;
  if ((roles(s, statute) & kStatute) && is_ascii_upper(byte_at(s, statute.begin))) {
    return !noun_follows || (!comma && !round);
  }
  if (cue & kYearWeak) return !noun_follows;
  if (cue & kDeterminer) {
    return !round && y >= c.ref.year - kDeterminerYearsBack && y <= c.ref.year + kDeterminerYearsAhead;
  }
  return false;
}

bool DatesExtractor::month_context(const Ctx& c, const Point& p) const {
  // "March, Cambridgeshire": a town named like a month, with its county.
  if (const Tok comma = lex(c.text, p.end); is_punct(comma, c.text, ',')) {
    const Tok name = lex(c.text, comma.end);
    const Tok after = lex(c.text, name.end);
    if (name.kind == Tok::word && is_ascii_upper(byte_at(c.text, name.begin)) &&
        (after.kind == Tok::none || after.kind == Tok::line_break || is_punct(after, c.text, '.') ||
         is_punct(after, c.text, ','))) {
      return false;
    }
  }
  // "June's figures" (but "May's" may be Theresa May's).
  if (const Tok next = lex(c.text, p.end); !p.ambiguous_month && is_apostrophe(next, c.text)) {
    const Tok s_word = lex(c.text, next.end);
    if (s_word.kind == Tok::word && s_word.end == s_word.begin + 1 && to_lower_ascii(c.text[s_word.begin]) == 's') {
      return true;
    }
  }
  const Tok cue_word = cue_before(c.text, p.begin);
  const std::uint32_t cue = roles(c.text, cue_word);
  // "the end of March", but not "the town of March".
  if (cue & kPeriodOf) return (roles(c.text, lex_back(c.text, cue_word.begin)) & kPeriod) != 0;
  return p.ambiguous_month ? (cue & kYearStrong) != 0 : (cue & (kYearStrong | kYearWeak)) != 0;
}

DatesExtractor::Tense DatesExtractor::tense_before(std::string_view text, std::size_t pos) const {
  std::size_t at = pos;
  // Words counted, and tokens of any kind bounded, so a run of punctuation
  // before a date costs no more than a few words.
  for (std::size_t n = 0, tokens = 0; n < kTenseWindow && tokens < 4 * kTenseWindow; ++tokens) {
    const Tok t = lex_back(text, at);
    if (t.kind == Tok::none || t.kind == Tok::line_break) return Tense::none;
    if (t.kind == Tok::punct) {
      const char ch = text[t.begin];
      if (ch == '.' || ch == '!' || ch == '?' || ch == ';') return Tense::none;
    } else if (t.kind == Tok::word) {
      const std::uint32_t r = roles(text, t);
      if (r & kFuture) return future_chain_in_past(text, t) ? Tense::past : Tense::future;
      if (r & kPast) return Tense::past;
      // "a hearing listed for 7 June", "adjourned to 3 May": scheduling.
      if ((r & kFutureVerb) && (roles(text, lex(text, t.end)) & kFutureLink)) return Tense::future;
      // "committed for sentence on 19 December", "remanded for trial on":
      // a hearing still to come.
      if ((r & kHearing) && (roles(text, lex_back(text, t.begin)) & kHearingFor)) return Tense::future;
      ++n;
    }
    at = t.begin;
  }
  return Tense::none;
}

bool DatesExtractor::soft_cue_in_past(std::string_view text, const Tok& cue) const {
  // "must have", "should have": a modal before a perfect looks back.
  if (roles(text, lex(text, cue.end)) & kPerfect) return true;
  // "was due", "had until", "missed the deadline": a past word just before
  // (through a determiner) keeps the cue in the past.
  Tok before = lex_back(text, cue.begin);
  for (int skipped = 0; before.kind == Tok::word && skipped < 2 && (roles(text, before) & kDeterminer); ++skipped) {
    before = lex_back(text, before.begin);
  }
  return before.kind == Tok::word && (roles(text, before) & kPast);
}

bool DatesExtractor::future_chain_in_past(std::string_view text, const Tok& cue) const {
  // Back through the words chained to the cue ("was due to appear",
  // "were expected to be sentenced"): a soft cue among them decides.
  Tok t = cue;
  for (int n = 0; n < kFutureChainWords && t.kind == Tok::word; ++n) {
    const std::uint32_t r = roles(text, t);
    if (!(r & (kFuture | kFutureChain))) break;
    if ((r & kFutureSoft) && soft_cue_in_past(text, t)) return true;
    t = lex_back(text, t.begin);
  }
  return false;
}

bool DatesExtractor::clause_speaks_of_future(std::string_view text, std::size_t begin, std::size_t end) const {
  const Tense before = tense_before(text, begin);
  if (before != Tense::none) return before == Tense::future;
  // The sentence so far: a lower-case word ending in "-ed" ("arrested",
  // "recorded") makes the date part of a past event.
  for (std::size_t at = begin, tokens = 0; tokens < 4 * kTenseWindow; ++tokens) {
    const Tok t = lex_back(text, at);
    if (t.kind == Tok::none || t.kind == Tok::line_break) break;
    if (t.kind == Tok::punct && (text[t.begin] == '.' || text[t.begin] == '!' || text[t.begin] == '?')) break;
    if (is_lower_word(t, text) && t.end - t.begin >= 5 && text[t.end - 2] == 'e' && text[t.end - 1] == 'd') {
      return false;
    }
    at = t.begin;
  }
  std::size_t at = end;
  for (std::size_t n = 0, tokens = 0; n < kTenseWindow && tokens < 4 * kTenseWindow; ++tokens) {
    const Tok t = lex(text, at);
    if (t.kind == Tok::none || t.kind == Tok::line_break) return false;
    if (t.kind == Tok::punct) {
      const char ch = text[t.begin];
      if (ch == '.' || ch == '!' || ch == '?' || ch == ';') return false;
    } else if (t.kind == Tok::word) {
      const std::uint32_t r = roles(text, t);
      // "until" and "till" after a date join it to another.
      if ((r & kFuture) && !(r & kRangeTo)) return true;
      if (r & kPast) return false;
      ++n;
    }
    at = t.end;
  }
  return false;
}

void DatesExtractor::infer_year(const Ctx& c, Point& p, bool future) const {
  if (p.year) return;
  const Date& ref = c.ref;
  if (p.shape == Shape::month) {
    p.year = future ? (p.month >= ref.month ? ref.year : ref.year + 1)
                    : (p.month <= ref.month ? ref.year : ref.year - 1);
    return;
  }
  if (p.shape != Shape::day_month) return;
  // The nearest such day on or before the reference date (on or after it
  // where the sentence speaks of the future); 29 February skips to a leap year.
  const int step = future ? 1 : -1;
  int year = ref.year;
  for (int tries = 0; tries < 9; ++tries, year += step) {
    if (!is_valid_date(year, p.month, p.day)) continue;
    const Date d{year, p.month, p.day};
    if (future ? d >= ref : d <= ref) break;
  }
  p.year = year;
  if (p.weekday < 0 || !is_valid_date(year, p.month, p.day) || Date{year, p.month, p.day}.weekday() == p.weekday) {
    return;
  }
  // The weekday disagrees, so the reference date is likely not the
  // article's own but later (a run date, a file's time). A past event is
  // still before it: take the nearest year where the weekday agrees going
  // back (a day and month fall on the same weekday again within 11 years),
  // else the nearest going forward. A future one may be before it too:
  // take the nearest either way, forward on a tie ("bailed until Tuesday
  // 16th April" read on 20 April 2024 is 2024, not 2030).
  // Sets the year and says so if the weekday agrees with it.
  auto take = [&](int candidate) {
    if (!is_valid_date(candidate, p.month, p.day) || Date{candidate, p.month, p.day}.weekday() != p.weekday) {
      return false;
    }
    p.year = candidate;
    return true;
  };
  if (future) {
    for (int k = 1; k <= kWeekdayRecurYears; ++k) {
      if (take(year + k) || take(year - k)) return;
    }
    return;
  }
  for (int k = 1; k <= kWeekdayRecurYears; ++k) {
    if (take(year - k)) return;
  }
  for (int k = 1; k <= kWeekdaySearchYears; ++k) {
    if (take(year + k)) return;
  }
}

// ---------------------------------------------------------------- scanning

enum class Joiner { none, to, and_ };

// Completes two points read as a pair: the one without month or year takes
// them from the other. False if the two cannot be one range or list.
bool complete_pair(Point& a, Point& b) {
  if (a.relative || b.relative) return false;
  auto share_year = [](Point& from, Point& to) {
    to.year = from.year;
    to.year_written = from.year_written;
  };
  if (a.shape == Shape::day && b.shape == Shape::day_month) {  // "3 to 9 October"
    a.shape = Shape::day_month;
    a.month = b.month;
    share_year(b, a);
    return a.day < b.day;
  }
  if (a.shape == Shape::day_month && b.shape == Shape::day) {  // "October 11 and 17"
    b.shape = Shape::day_month;
    b.month = a.month;
    share_year(a, b);
    return b.day > a.day;
  }
  if ((a.shape == Shape::day_month && b.shape == Shape::day_month) ||
      (a.shape == Shape::month && b.shape == Shape::month)) {
    const bool a_later = a.shape == Shape::month ? a.month > b.month : month_day(a) > month_day(b);
    if (!a.year && b.year) {
      a.year = b.year - (a_later ? 1 : 0);
      a.year_written = b.year_written;
    }
    return true;
  }
  return a.shape == Shape::year && b.shape == Shape::year && a.year_end == 0 && b.year > a.year;
}

Found make_fact(const Point& a, const Point* until, std::size_t end) {
  Found f;
  f.fact.value = iso_of(a, a.year);
  f.fact.granularity = granularity_of(a);
  if (until) {
    f.fact.until = iso_of(*until, until->year_end ? until->year_end : until->year);
  } else if (a.year_end) {
    char buffer[16];
    f.fact.until.assign(buffer, put_digits(buffer, a.year_end, 4));
  }
  f.fact.relative = a.relative || (until && until->relative);
  f.fact.span = Span{a.begin, end};
  f.year_written = a.year_written;
  return f;
}

std::optional<std::size_t> DatesExtractor::read_day_list(const Ctx& c, const Point& first, const Tok& after,
                                                         std::vector<Found>& out) const {
  const std::string_view s = c.text;
  Tok comma = after;
  if (!is_punct(comma, s, ',')) return std::nullopt;
  std::vector<Point> days{first};
  for (;;) {
    auto next = parse_point(c, comma.end);
    if (!next) return std::nullopt;
    if (next->shape == Shape::day_month && !next->relative && next->weekday < 0) {
      // The last member before the month ("..., 4 and 5 October") came
      // with "and" / "&"; a comma-only list ends on the month's own day.
      days.push_back(*next);
      break;
    }
    // Listed in order within one month, so at most 31 members: checking
    // as we go keeps a long run of numbers from being re-read at each one.
    if (next->shape != Shape::day || next->day <= days.back().day) return std::nullopt;
    days.push_back(*next);
    const Tok joiner = lex(s, next->end);
    if (is_punct(joiner, s, ',')) {
      comma = joiner;
      continue;
    }
    if (!is_punct(joiner, s, '&') && !(joiner.kind == Tok::word && (roles(s, joiner) & kRangeAnd))) {
      return std::nullopt;
    }
    auto last = parse_point(c, joiner.end);
    if (!last || last->shape != Shape::day_month || last->relative) return std::nullopt;
    days.push_back(*last);
    break;
  }
  Point& month_day_point = days.back();
  infer_year(c, month_day_point);
  for (std::size_t i = 0; i + 1 < days.size(); ++i) {
    if (days[i].day >= days[i + 1].day) return std::nullopt;  // listed in order within one month
  }
  for (Point& d : days) {
    d.shape = Shape::day_month;
    d.month = month_day_point.month;
    d.year = month_day_point.year;
    d.year_written = month_day_point.year_written;
    if (!valid(d)) return std::nullopt;
  }
  for (const Point& d : days) out.push_back(make_fact(d, nullptr, d.end));
  return days.back().end;
}

std::optional<std::size_t> DatesExtractor::read_at(const Ctx& c, const Tok& first, ListState& list,
                                                   std::vector<Found>& out) const {
  const std::string_view s = c.text;
  auto a = parse_token(c, first);
  if (!a) return std::nullopt;
  const Tok joiner = lex(s, a->end);

  // "on 3, 4 and 5 October": days listed before their month.
  if (a->shape == Shape::day) {
    if (auto listed = read_day_list(c, *a, joiner, out)) return listed;
  }

  // A second date joined to the first: a range or a list.
  const std::uint32_t joiner_roles = roles(s, joiner);
  Joiner join = Joiner::none;
  if (is_dash(joiner, s) || (joiner_roles & kRangeTo)) {
    join = Joiner::to;
  } else if (is_punct(joiner, s, '&') || (joiner_roles & kRangeAnd)) {
    join = Joiner::and_;
  }
  std::optional<Point> b;
  if (join != Joiner::none) {
    std::size_t b_pos = joiner.end;
    // "from mid-January to early March"
    if (const Tok modifier = lex(s, b_pos); roles(s, modifier) & kModifier) {
      const Tok dash = lex(s, modifier.end);
      b_pos = is_dash(dash, s) ? dash.end : modifier.end;
    }
    b = parse_point(c, b_pos);
    // "between 2000 and 3000 officers": a four-digit number paired with a
    // quantity is a quantity too.
    const Tok second = lex(s, joiner.end);
    if (a->bare_year && (!b || b->shape != Shape::year) && second.kind == Tok::number &&
        (second.digits >= 4 || second.grouped)) {
      return second.end;
    }
    if (b && !complete_pair(*a, *b)) b.reset();
  }

  if (!b) {
    switch (a->shape) {
      case Shape::day:
        return std::nullopt;
      case Shape::year:
        if (a->bare_year && !year_context(c, *a, list)) return a->end;
        list.year_end = a->end;
        break;
      case Shape::month:
        if (!a->year && !month_context(c, *a) && !continues_list(s, list.month_end, a->begin)) return a->end;
        list.month_end = a->end;
        break;
      case Shape::day_month:
        break;
    }
    infer_year(c, *a);
    if (valid(*a)) out.push_back(make_fact(*a, nullptr, a->end));
    return a->end;
  }

  const bool between = (roles(s, lex_back(s, a->begin)) & kRangeStart) != 0;
  if (a->shape == Shape::year) {
    const bool plain_span = is_dash(joiner, s) && a->year % 100 != 0 && b->year % 100 != 0;
    if (b->year > c.ref.year + kMaxYearsAhead ||
        (a->bare_year && !year_context(c, *a, list) && !plain_span)) {
      return b->end;
    }
    list.year_end = b->end;
  } else if (a->shape == Shape::month) {
    // "covering April to December": two months joined by "to" or a dash
    // are a range without a cue ("May" alone may be a name).
    const bool month_span = join == Joiner::to && !a->ambiguous_month;
    if (!a->year && !b->year && !between && !month_span && !month_context(c, *a) &&
        !continues_list(s, list.month_end, a->begin)) {
      return a->end;
    }
    list.month_end = b->end;
  }
  if (!a->year && !b->year && a->weekday < 0 && b->weekday < 0 && a->shape != Shape::year &&
      clause_speaks_of_future(s, a->begin, b->end)) {
    // Looking ahead, the end is the next such date and the start the one
    // before it: "April to December" read in November is this year's.
    infer_year(c, *b, true);
    const bool a_later = a->shape == Shape::month ? a->month > b->month : month_day(*a) > month_day(*b);
    a->year = b->year - (a_later ? 1 : 0);
  }
  infer_year(c, *a);
  if (!b->year) {
    // The second takes the first's year, or the next one if it comes earlier in the year.
    const bool earlier = b->shape == Shape::month ? b->month < a->month : month_day(*b) < month_day(*a);
    b->year = a->year + (earlier ? 1 : 0);
  }
  if (!valid(*a) || !valid(*b)) return b->end;
  if (join == Joiner::to || between) {
    out.push_back(make_fact(*a, &*b, b->end));
  } else {
    out.push_back(make_fact(*a, nullptr, a->end));
    out.push_back(make_fact(*b, nullptr, b->end));
  }
  return b->end;
}

void DatesExtractor::scan(const Ctx& c, std::size_t begin, std::size_t end, std::vector<Found>& out) const {
  const std::string_view s = c.text;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  ListState list;
  // Anchors start where a run of ASCII letters and digits starts after a
  // byte that is no word byte (or after a dash or quote, E2 80 xx, or a
  // no-break space, C2 A0); only
  // digits and words whose first byte and length some anchor has are read.
  // `resume`: where the last token or date read ended; anchors before it
  // were inside it.
  std::size_t resume = begin;
  std::uint64_t word_carry = word_byte_before(s, begin) ? 1 : 0;
  std::uint64_t high_carry = 0;
  for (std::size_t base = begin; base < end; base += kChunk) {
    ChunkMasks m = base + kChunk <= s.size() ? chunk_masks(bytes + base) : chunk_masks_scalar(bytes + base, s.size() - base);
    const std::uint64_t run = m.alnum;  // for run lengths, before the cut at `end`
    if (end - base < kChunk) m.alnum &= (std::uint64_t{1} << (end - base)) - 1;
    const std::uint64_t after_word = ((run | m.high) << 1) | word_carry;
    const std::uint64_t after_high = (m.high << 1) | high_carry;
    word_carry = (run | m.high) >> (kChunk - 1);
    high_carry = m.high >> (kChunk - 1);
    std::uint64_t starts = m.alnum & ~after_word;
    for (std::uint64_t rare = m.alnum & after_high; rare; rare &= rare - 1) {
      const std::size_t at = base + static_cast<std::size_t>(std::countr_zero(rare));
      if ((at >= 3 && special_punct_at(s, at - 3)) || (at >= 2 && nbsp_at(s, at - 2))) starts |= rare & (~rare + 1);
    }
    for (; starts; starts &= starts - 1) {
      const auto bit = static_cast<std::size_t>(std::countr_zero(starts));
      const std::size_t pos = base + bit;
      const unsigned char first = bytes[pos];
      // Most word starts fail here, before anything else is asked.
      if (!may_start_anchor_[first] || pos < resume) continue;
      if (!is_ascii_digit(first) && pos + 1 < s.size() && !anchor_pairs_[byte_pair_at(s.data() + pos)]) continue;
      if (is_ascii_digit(first)) {
        // The run length is known from the mask: numbers without letters,
        // thousands groups or other word bytes after them (most) need no lexer.
        std::size_t run_end = pos + static_cast<std::size_t>(std::countr_one(run >> bit));
        if (run_end == base + kChunk) run_end = alnum_run_end(s, run_end);
        const auto plain = plain_number(s, pos, run_end);
        const Tok t = plain ? *plain : lex(s, pos);
        resume = t.end;
        // Only a day (1 to 31) or a four-digit number starts a date: the
        // rest are quantities, and parse_number would say so later.
        if (t.glued || t.grouped || t.digits > 4 || (!is_day_number(t) && !(t.digits == 4 && !t.ordinal))) continue;
        if (const auto next = read_at(c, t, list, out)) resume = std::max(resume, *next);
        continue;
      }
      // The run's length, from the mask while it ends inside the chunk.
      std::size_t word_end = pos + static_cast<std::size_t>(std::countr_one(run >> bit));
      if (word_end == base + kChunk) word_end = alnum_run_end(s, word_end);
      const std::size_t length = word_end - pos;
      resume = word_end;
      if (!may_anchor(first, length)) continue;
      if (length == kFiscalYearWordLength && istarts_with(s.substr(pos), "fy") && digit_at(s, pos + 2) &&
          digit_at(s, pos + 3) && digit_at(s, pos + 4) && digit_at(s, pos + 5)) {
        // "FY2023": a financial year glued to its prefix is that year;
        // "FY2022-23" is read as the span after the prefix.
        const std::size_t had = out.size();
        if (const auto next = read_at(c, lex(s, pos + 2), list, out); next && out.size() > had) {
          resume = std::max(word_end, *next);
          continue;
        }
        const int year = std::stoi(std::string(s.substr(pos + 2, 4)));
        if (year >= kMinYear && year <= c.ref.year + kMaxYearsAhead) {
          Point p;
          p.begin = pos;
          p.end = word_end;
          p.shape = Shape::year;
          p.year = year;
          p.year_written = true;
          out.push_back(make_fact(p, nullptr, word_end));
          continue;
        }
      }
      // "Marché" is not "March".
      if (word_byte_at(s, word_end)) continue;
      Tok t;
      t.kind = Tok::word;
      t.begin = pos;
      t.end = word_end;
      const WordInfo* w = lookup(s, t);
      // Lower-case months and weekdays ("may", "march") are no anchors.
      if (!w || !(w->relative_first ||
                  (is_ascii_upper(first) && (w->month > 0 || w->weekday >= 0 || w->holiday_first)))) {
        continue;
      }
      if (const auto next = read_at(c, t, list, out)) resume = std::max(resume, *next);
    }
  }
}

void DatesExtractor::extract(const ExtractInput& in, Facts& out) const {
  const Ctx c{in.text, in.reference_date, in.date_order};
  // Reused from article to article on this thread: it grows once.
  thread_local std::vector<Found> found;
  found.clear();
  scan(c, 0, in.text.size(), found);
  if (c.order == DateOrder::mdy || writes_month_first(in.text, found)) {
    const std::size_t had = found.size();
    find_month_day_figures(c, found);
    if (found.size() > had) {
      std::stable_sort(found.begin(), found.end(),
                       [](const Found& a, const Found& b) { return a.fact.span.begin < b.fact.span.begin; });
    }
  }
  const auto dateline = find_dateline(in.text, in.date_order, &found);
  out.dates.reserve(out.dates.size() + found.size());
  // The dateline's date as ISO 8601, formatted by hand as iso_of does (its
  // parts were read from one: four, two and two digits).
  std::array<char, 10> dateline_iso{};
  if (dateline) {
    put_digits(dateline_iso.data(), dateline->date.year, 4);
    dateline_iso[4] = '-';
    put_digits(dateline_iso.data() + 5, dateline->date.month, 2);
    dateline_iso[7] = '-';
    put_digits(dateline_iso.data() + 8, dateline->date.day, 2);
  }
  bool marked = false;
  for (auto& f : found) {
    if (dateline && !marked && f.fact.span.overlaps(dateline->span) && f.fact.granularity == Granularity::day &&
        f.fact.value == std::string_view(dateline_iso.data(), dateline_iso.size())) {
      f.fact.dateline = true;
      marked = true;
    }
    out.dates.push_back(std::move(f.fact));
  }
}

bool DatesExtractor::writes_month_first(std::string_view text, const std::vector<Found>& found) const {
  int month_first = 0, day_first = 0;
  for (const auto& f : found) {
    if (f.fact.granularity != Granularity::day) continue;
    Tok t = lex(text, f.fact.span.begin);
    const WordInfo* w = t.kind == Tok::word ? lookup(text, t) : nullptr;
    if (w && w->weekday >= 0) {  // "Sunday, Nov. 10", "Thu 12 Dec"
      t = lex(text, t.end);
      if (is_punct(t, text, ',') || is_punct(t, text, '.')) t = lex(text, t.end);
      w = t.kind == Tok::word ? lookup(text, t) : nullptr;
    }
    Tok next = lex(text, t.end);
    if (is_punct(next, text, '.')) next = lex(text, next.end);
    if (w && w->month && next.kind == Tok::number) ++month_first;
    if (t.kind == Tok::number && next.kind == Tok::word) {
      const WordInfo* m = lookup(text, next);
      if (m && m->month) ++day_first;
    }
  }
  return month_first > day_first;
}

void DatesExtractor::find_month_day_figures(const Ctx& c, std::vector<Found>& out) const {
  const std::string_view s = c.text;
  const std::size_t already = out.size();
  for (std::size_t slash = s.find('/'); slash != std::string_view::npos; slash = s.find('/', slash + 1)) {
    std::size_t begin = slash, end = slash + 1;
    while (begin > 0 && slash - begin < 3 && digit_at(s, begin - 1)) --begin;
    while (end < s.size() && end - slash <= 3 && digit_at(s, end)) ++end;
    // One or two digits each side, standing alone: not "2024/25", "1/2/2024",
    // "3/4-inch", "50%", "v1.3/2", "$3/4".
    if (slash - begin < 1 || slash - begin > 2 || end - slash < 2 || end - slash > 3) continue;
    if (word_byte_before(s, begin) || (begin > 0 && std::string_view("/.,-$#:").find(s[begin - 1]) != std::string_view::npos)) {
      continue;
    }
    if (word_byte_at(s, end) || (end < s.size() && std::string_view("/%-").find(s[end]) != std::string_view::npos) ||
        ((end < s.size() && (s[end] == '.' || s[end] == ',' || s[end] == ':')) && digit_at(s, end + 1))) {
      continue;
    }
    Point p;
    p.begin = begin;
    p.end = end;
    p.shape = Shape::day_month;
    for (std::size_t i = begin; i < slash; ++i) p.month = p.month * 10 + (s[i] - '0');
    for (std::size_t i = slash + 1; i < end; ++i) p.day = p.day * 10 + (s[i] - '0');
    // 2000 is a leap year: "2/29" is a day that exists.
    if (!is_valid_date(2000, p.month, p.day)) continue;  // "24/7", "20/20", "50/50"
    const std::string_view figures = s.substr(begin, end - begin);
    if (std::find(numeric_names_.begin(), numeric_names_.end(), figures) != numeric_names_.end()) continue;
    if (std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(already),
                    [&](const Found& f) { return f.fact.span.overlaps(Span{begin, end}); })) {
      continue;
    }
    // A date's cue just before ("booked", "on", "until") or a weekday
    // ("Friday, 11/15"); a score, fraction or page number has none.
    Tok before = lex_back(s, begin);
    if (is_punct(before, s, ',') || is_punct(before, s, '.')) before = lex_back(s, before.begin);
    if (before.kind != Tok::word) continue;
    const WordInfo* cue = lookup(s, before);
    if (!cue) continue;
    if (cue->weekday >= 0) {
      p.weekday = cue->weekday;
    } else if (!(cue->roles & kNumericCue) || before.end != lex_back(s, begin).end) {
      continue;
    }
    // A number's context after: "3/4 of", "1/2 cup"; a date is followed by
    // punctuation or a word that may follow one ("on", "after", "and").
    const Tok after = lex(s, end);
    if (after.kind == Tok::number) continue;
    if (after.kind == Tok::word && is_lower_word(after, s) &&
        (!(roles(s, after) & kFollower) || (roles(s, after) & kPeriodOf))) {
      continue;
    }
    infer_year(c, p);
    out.push_back(make_fact(p, nullptr, end));
  }
}

// ---------------------------------------------------------------- dateline

// True if every token in [begin, end) may stand around a dateline: punctuation,
// numbers (times), capitalised words (bylines, weekdays, site names) and the
// filler words of date_dateline_cues.tsv.
bool DatesExtractor::fillers_only(std::string_view text, std::size_t begin, std::size_t end) const {
  for (Tok t = lex(text, begin); t.kind != Tok::none && t.begin < end; t = lex(text, t.end)) {
    if (t.kind != Tok::word || is_ascii_upper(byte_at(text, t.begin))) continue;
    const WordInfo* w = lookup(text, t);
    if (!w || w->dateline != DatelineKind::filler) return false;
  }
  return true;
}

std::optional<DatesExtractor::Dateline> DatesExtractor::find_dateline(std::string_view text, DateOrder order,
                                                                      const std::vector<Found>* known) const {
  struct Line {
    std::size_t begin, end;
    bool top, bottom;
  };
  auto blank = [&](std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) {
      if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n') return false;
    }
    return true;
  };
  // The first non-blank lines, read from the top, and the last ones, read
  // back from the end: the lines between are never looked at. At most the
  // top and bottom lines: no allocation.
  std::array<Line, kDatelineTopLines + kDatelineBottomLines> line_store{};
  std::size_t line_count = 0;
  for (std::size_t b = 0; b < text.size() && line_count < kDatelineTopLines;) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    if (!blank(b, e)) line_store[line_count++] = {b, e, true, false};
    b = e + 1;
  }
  std::array<Line, kDatelineBottomLines> last{};  // the last line first
  std::size_t last_count = 0;
  for (std::size_t e = text.size(); last_count < kDatelineBottomLines;) {
    // memrchr: string_view::rfind reads a byte at a time.
    const void* newline = e == 0 ? nullptr : memrchr(text.data(), '\n', e);
    const std::size_t b = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) + 1 : 0;
    if (!blank(b, e)) last[last_count++] = {b, e, false, true};
    if (b == 0) break;
    e = b - 1;
  }
  // The last lines in text order, marking those already read as top lines;
  // a short article's lines may be both.
  const std::size_t top_count = line_count;
  for (std::size_t k = last_count; k-- > 0;) {
    const Line& line = last[k];
    const auto top_end = line_store.begin() + static_cast<std::ptrdiff_t>(top_count);
    auto top = std::find_if(line_store.begin(), top_end, [&](const Line& l) { return l.begin == line.begin; });
    if (top != top_end) {
      top->bottom = true;
    } else {
      line_store[line_count++] = line;
    }
  }
  const std::span<const Line> lines(line_store.data(), line_count);

  // The dateline gives its year, so any reference date serves.
  const Ctx c{text, Date{2000, 1, 1}, order};
  struct Cue {
    DatelineKind kind = DatelineKind::none;
    std::size_t end = 0;
    bool label = false;  // capitalised, or one of its line's first two words
  };
  // The last cue word in [begin, end): published, line-start or updated.
  auto last_cue = [&](const Line& line, std::size_t end) {
    Cue cue;
    std::size_t words = 0;
    for (Tok t = lex(text, line.begin); t.kind != Tok::none && t.begin < end; t = lex(text, t.end)) {
      if (t.kind != Tok::word) continue;
      ++words;
      const WordInfo* w = lookup(text, t);
      if (!w) continue;
      // In running text near the top "published" may be the story's own
      // verb; as a label it is capitalised or leads its line ("First published").
      const bool label = is_ascii_upper(byte_at(text, t.begin)) || words <= 2 || line.bottom;
      if (w->dateline == DatelineKind::updated) cue = {DatelineKind::updated, t.end, label};
      if (w->dateline == DatelineKind::published && label) cue = {DatelineKind::published, t.end, true};
      if (w->dateline == DatelineKind::line_start && words == 1) cue = {DatelineKind::published, t.end, true};
    }
    return cue;
  };

  const Line* previous = nullptr;
  std::vector<Found> scanned;
  // A page that shows only a revision stamp at its top ("Updated 4:17 PM
  // EST, December 31, 2024", "TNN / Updated: Mar 12, 2024, 05:32 IST")
  // states no other date of its own: that stamp is its dateline, unless a
  // publication date is found anywhere in the lines looked at.
  std::optional<Dateline> revision;
  for (const Line& line : lines) {
    const Found* first;
    const Found* end;
    if (known) {
      const auto at = std::lower_bound(known->begin(), known->end(), line.begin,
                                       [](const Found& f, std::size_t pos) { return f.fact.span.begin < pos; });
      first = known->data() + (at - known->begin());
      end = first;
      while (end != known->data() + known->size() && end->fact.span.begin < line.end) ++end;
    } else {
      // Only dates that start near the line's start are looked at: no
      // anchor after that is read.
      scanned.clear();
      scan(c, line.begin, std::min(line.end, line.begin + kCueLineMaxBytes + 1), scanned);
      first = scanned.data();
      end = first + scanned.size();
    }
    for (const Found& f : std::span(first, end)) {
      if (!f.year_written || f.fact.granularity != Granularity::day || !f.fact.until.empty()) continue;
      // A dateline's date sits near the start of its line.
      if (f.fact.span.begin - line.begin > kCueLineMaxBytes) continue;
      const auto date = parse_iso_date(f.fact.value);
      if (!date) continue;
      const Dateline hit{*date, f.fact.span};
      const Cue cue = last_cue(line, f.fact.span.begin);
      if (cue.kind == DatelineKind::updated) {
        if (!revision && line.top && cue.label && line.end - line.begin <= kCueLineMaxBytes &&
            fillers_only(text, cue.end, f.fact.span.begin) && fillers_only(text, f.fact.span.end, line.end)) {
          revision = hit;
        }
        continue;
      }
      if (cue.kind == DatelineKind::published) {
        if (line.end - line.begin <= kCueLineMaxBytes || line.bottom) {
          if (fillers_only(text, cue.end, f.fact.span.begin)) return hit;
        }
        continue;
      }
      // No cue before it on this line: the line may continue a cue line
      // ("Published by KLFM" / "6:13am 10th January 2020"), or be a dateline
      // of its own near the top ("Friday 10 January 2020 14:30").
      if (!fillers_only(text, line.begin, f.fact.span.begin)) continue;
      if (previous && blank(previous->end, line.begin) && previous->end - previous->begin <= kCueLineMaxBytes) {
        const Cue before = last_cue(*previous, previous->end);
        if (before.kind == DatelineKind::published && fillers_only(text, before.end, previous->end)) return hit;
      }
      if (line.top && line.end - line.begin <= kBareDatelineMaxBytes) {
        // The rest of the line holds only times and fillers, up to a revision note.
        std::size_t rest_end = line.end;
        for (Tok t = lex(text, f.fact.span.end); t.kind != Tok::none && t.begin < line.end; t = lex(text, t.end)) {
          const WordInfo* w = lookup(text, t);
          if (w && w->dateline == DatelineKind::updated) {
            rest_end = t.begin;
            break;
          }
        }
        if (fillers_only(text, f.fact.span.end, rest_end)) return hit;
      }
    }
    previous = &line;
  }
  return revision;
}

std::optional<Date> DatesExtractor::publication_date(std::string_view text, DateOrder order) const {
  const auto dateline = find_dateline(text, order, nullptr);
  if (!dateline) return std::nullopt;
  return dateline->date;
}

}  // namespace

ExtractorPtr make_dates_extractor(const std::filesystem::path& data_dir) {
  return std::make_unique<DatesExtractor>(data_dir);
}

}  // namespace crimestats
