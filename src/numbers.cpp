#include "crimestats/numbers.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "crimestats/text.hpp"

namespace crimestats {
namespace {

constexpr std::size_t kMaxSignificantDigits = 15;

// The words numbers are written with, by what they do in a number.
enum class WordKind { unit, tens, hundred, dozen, scale, vague, article, half, conjunction, ordinal };

struct NumberWord {
  std::string_view word;
  WordKind kind;
  double value;
};

constexpr auto kNumberWords = std::to_array<NumberWord>({
    {"zero", WordKind::unit, 0},        {"one", WordKind::unit, 1},         {"two", WordKind::unit, 2},
    {"three", WordKind::unit, 3},       {"four", WordKind::unit, 4},        {"five", WordKind::unit, 5},
    {"six", WordKind::unit, 6},         {"seven", WordKind::unit, 7},       {"eight", WordKind::unit, 8},
    {"nine", WordKind::unit, 9},        {"ten", WordKind::unit, 10},        {"eleven", WordKind::unit, 11},
    {"twelve", WordKind::unit, 12},     {"thirteen", WordKind::unit, 13},   {"fourteen", WordKind::unit, 14},
    {"fifteen", WordKind::unit, 15},    {"sixteen", WordKind::unit, 16},    {"seventeen", WordKind::unit, 17},
    {"eighteen", WordKind::unit, 18},   {"nineteen", WordKind::unit, 19},   {"twenty", WordKind::tens, 20},
    {"thirty", WordKind::tens, 30},     {"forty", WordKind::tens, 40},      {"fifty", WordKind::tens, 50},
    {"sixty", WordKind::tens, 60},      {"seventy", WordKind::tens, 70},    {"eighty", WordKind::tens, 80},
    {"ninety", WordKind::tens, 90},     {"hundred", WordKind::hundred, 100}, {"dozen", WordKind::dozen, 12},
    {"thousand", WordKind::scale, 1e3}, {"million", WordKind::scale, 1e6},  {"billion", WordKind::scale, 1e9},
    // The Indian scales, singular or plural after a number: "2 lakh",
    // "Rs 4.5 crore", "five lakhs".
    {"lakh", WordKind::scale, 1e5},     {"lakhs", WordKind::scale, 1e5},    {"crore", WordKind::scale, 1e7},
    {"crores", WordKind::scale, 1e7},
    // Plural magnitudes with no exact value: "dozens of", "hundreds of".
    {"dozens", WordKind::vague, 12},    {"scores", WordKind::vague, 20},    {"hundreds", WordKind::vague, 100},
    {"thousands", WordKind::vague, 1e3}, {"millions", WordKind::vague, 1e6}, {"billions", WordKind::vague, 1e9},
    {"a", WordKind::article, 1},        {"an", WordKind::article, 1},       {"half", WordKind::half, 0.5},
    {"and", WordKind::conjunction, 0},
    // Ordinals after a hyphen ("twenty-first") end a number word: the
    // whole is an ordinal, not a number.
    {"first", WordKind::ordinal, 1},    {"second", WordKind::ordinal, 2},   {"third", WordKind::ordinal, 3},
    {"fourth", WordKind::ordinal, 4},   {"fifth", WordKind::ordinal, 5},    {"sixth", WordKind::ordinal, 6},
    {"seventh", WordKind::ordinal, 7},  {"eighth", WordKind::ordinal, 8},   {"ninth", WordKind::ordinal, 9},
    {"tenth", WordKind::ordinal, 10},   {"hundredth", WordKind::ordinal, 100}, {"thousandth", WordKind::ordinal, 1e3},
    {"millionth", WordKind::ordinal, 1e6},
});

constexpr std::size_t kMaxNumberWordLength = 10;

// Number words indexed by length and first letter, each held as its
// letters packed into two integers: a word of text is looked up by packing
// it the same way (folded to lower case) and comparing with the few number
// words of its length and first letter. Most words of a text are rejected
// by the length, first and second letters alone, before being packed.
class NumberWordIndex {
 public:
  struct Packed {
    std::uint64_t low = 0, high = 0;  // letters 0-7 and 8-9, one per byte
    constexpr bool operator==(const Packed&) const = default;
  };
  // `letters` are ASCII letters (either case), 1 to kMaxNumberWordLength
  // of them: OR-ing 0x20 folds them to lower case.
  static constexpr Packed pack(std::string_view letters) {
    Packed p;
    for (std::size_t i = 0; i < letters.size(); ++i) {
      const std::uint64_t c = static_cast<unsigned char>(letters[i]) | 0x20u;
      if (i < 8) p.low |= c << (8 * i);
      else p.high |= c << (8 * (i - 8));
    }
    return p;
  }
  // The same for `length` letters at `bytes` when 16 bytes there may be
  // read: two loads, no loop.
  static Packed pack_readable(const unsigned char* bytes, std::size_t length) {
    Packed p;
    std::memcpy(&p.low, bytes, 8);
    std::memcpy(&p.high, bytes + 8, 8);
    constexpr std::uint64_t kFold = 0x2020202020202020ULL;
    p.low = length >= 8 ? p.low | kFold : (p.low | kFold) & ((std::uint64_t{1} << (8 * length)) - 1);
    p.high = length <= 8 ? 0 : (p.high | kFold) & ((std::uint64_t{1} << (8 * (length - 8))) - 1);
    return p;
  }

  constexpr NumberWordIndex() {
    for (const auto& entry : kNumberWords) {
      Slot& slot = slots_[entry.word.size()][static_cast<unsigned char>(entry.word[0]) - 'a'];
      slot.seconds |= 1u << ((entry.word.size() > 1 ? entry.word[1] : entry.word[0]) - 'a');
      slot.keys[slot.count] = pack(entry.word);
      slot.entries[slot.count++] = &entry;
    }
  }
  // `word`: ASCII letters only (as letters_at gives), or empty. With
  // `readable`, 16 bytes may be read from its first.
  const NumberWord* find(std::string_view word, bool readable = false) const {
    if (word.empty() || word.size() > kMaxNumberWordLength) return nullptr;
    const unsigned first = (static_cast<unsigned char>(word[0]) | 0x20u) - 'a';
    if (first >= 26) return nullptr;
    const Slot& slot = slots_[word.size()][first];
    const unsigned second = (static_cast<unsigned char>(word[word.size() > 1 ? 1 : 0]) | 0x20u) - 'a';
    if (second >= 26 || !((slot.seconds >> second) & 1u)) return nullptr;
    const Packed key = readable ? pack_readable(reinterpret_cast<const unsigned char*>(word.data()), word.size()) : pack(word);
    for (std::size_t k = 0; k < slot.count; ++k) {
      if (slot.keys[k] == key) return slot.entries[k];
    }
    return nullptr;
  }

 private:
  // The most number words sharing a length and first letter.
  static constexpr std::size_t kSlotSize = [] {
    std::array<std::array<std::size_t, 26>, kMaxNumberWordLength + 1> counts{};
    std::size_t most = 0;
    for (const auto& entry : kNumberWords) most = std::max(most, ++counts[entry.word.size()][entry.word[0] - 'a']);
    return most;
  }();
  struct Slot {
    std::uint32_t seconds = 0;  // bit (second letter) of each; a one-letter word's first letter
    std::size_t count = 0;
    std::array<Packed, kSlotSize> keys{};
    std::array<const NumberWord*, kSlotSize> entries{};
  };
  std::array<std::array<Slot, 26>, kMaxNumberWordLength + 1> slots_{};
};

constexpr NumberWordIndex kNumberWordIndex;

// The end of the run of ASCII letters starting at `pos`. Words are read
// eight bytes at a time: for each byte, whether it is a letter is worked
// out with a few integer operations on the whole chunk, and the first
// byte that is not ends the run.
std::size_t letter_run_end(const unsigned char* bytes, std::size_t pos, std::size_t size) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    while (pos + 8 <= size) {
      std::uint64_t chunk;
      std::memcpy(&chunk, bytes + pos, 8);
      const std::uint64_t folded = chunk | (0x20 * kOnes);  // A-Z to a-z; no other byte lands in a-z
      const std::uint64_t low = folded & ~kHigh;
      const std::uint64_t at_least_a = (low + (0x80 - 'a') * kOnes) & kHigh;
      const std::uint64_t past_z = (low + (0x80 - 'z' - 1) * kOnes) & kHigh;
      const std::uint64_t letters = at_least_a & ~past_z & ~folded & kHigh;
      if (const std::uint64_t others = ~letters & kHigh) return pos + static_cast<std::size_t>(std::countr_zero(others) / 8);
      pos += 8;
    }
  }
  while (pos < size && is_ascii_alpha(bytes[pos])) ++pos;
  return pos;
}

// Where find_numbers looks: the first byte of each run of "glued" bytes,
// word bytes (letters, digits, bytes >= 0x80) and a ',' or '.' between a
// word byte and a digit ("A1,234", "v2.0"). Digits glued to a word belong
// to it ("A12", "CO1"), so only a run's first byte may start a number.
// Masks of a block of 64 bytes (bit k for byte k).
constexpr std::size_t kBlock = 64;

struct ByteMasks {
  std::uint64_t word = 0, digit = 0, letter = 0, glue = 0;  // glue: ',' or '.'
};

// The kBlock bytes at `bytes` (all readable).
ByteMasks classify_block(const unsigned char* bytes) {
  ByteMasks m;
#if defined(__SSE2__)
  // Unsigned "c - lo < n" as a signed compare: shift the range to start at -128.
  auto in_range = [](__m128i x, char lo, char n) {
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(-128 - lo))),
                          _mm_set1_epi8(static_cast<char>(-128 + n)));
  };
  auto mask = [](__m128i x) { return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(x))); };
  for (std::size_t k = 0; k < kBlock; k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + k));
    const __m128i letters = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);
    const __m128i digits = in_range(v, '0', 10);
    const __m128i glue = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
    m.letter |= mask(letters) << k;
    m.digit |= mask(digits) << k;
    m.word |= mask(_mm_or_si128(_mm_or_si128(letters, digits), v)) << k;  // high bit: a byte >= 0x80
    m.glue |= mask(glue) << k;
  }
#else
  for (std::size_t k = 0; k < kBlock; ++k) {
    const unsigned char c = bytes[k];
    m.letter |= std::uint64_t{is_ascii_alpha(c)} << k;
    m.digit |= std::uint64_t{is_ascii_digit(c)} << k;
    m.word |= std::uint64_t{is_word_byte(c)} << k;
    m.glue |= std::uint64_t{c == ',' || c == '.'} << k;
  }
#endif
  return m;
}

// Classes of a byte for may_open: a letter (0-25, either case), no letter, a digit.
constexpr unsigned kNoLetter = 26, kDigit = 27, kByteClasses = 28;
constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    table[c] = static_cast<unsigned char>(is_ascii_alpha(b) ? (c | 0x20) - 'a' : is_ascii_digit(b) ? kDigit : kNoLetter);
  }
  return table;
}();

// Bits (class of the third byte) of masks[class of the first][class of
// the second]: the third bytes with which a run starting with the first
// two may open a number. A digit may open one; a word may if it starts as
// some opening number word does (a unit, a tens word, a vague plural,
// "a", "an", "half"), a non-letter standing for the end of a short word.
constexpr auto kOpeningMasks = [] {
  std::array<std::array<std::uint32_t, kByteClasses>, kByteClasses> table{};
  table[kDigit].fill(~0u);
  for (const auto& entry : kNumberWords) {
    switch (entry.kind) {
      case WordKind::unit: case WordKind::tens: case WordKind::vague: case WordKind::article: case WordKind::half: {
        const std::string_view w = entry.word;
        // A digit after the word ends it as any non-letter does.
        auto index = [&](std::size_t k) { return k < w.size() ? unsigned{kByteClass[static_cast<unsigned char>(w[k])]} : kNoLetter; };
        const std::uint32_t thirds = w.size() == 1 ? ~0u : index(2) == kNoLetter ? (1u << kNoLetter) | (1u << kDigit) : 1u << index(2);
        table[index(0)][index(1)] |= thirds;
        if (w.size() == 1) table[index(0)][kDigit] |= thirds;
        break;
      }
      default:
        break;
    }
  }
  return table;
}();

// Letters that start hundred, dozen or a scale word, the words that may
// follow "a" or "an" in a number: most words after "a" are rejected by
// their first letter, without being read.
constexpr std::array<bool, 256> kCountedStarts = [] {
  std::array<bool, 256> table{};
  for (const auto& e : kNumberWords) {
    if (e.kind != WordKind::hundred && e.kind != WordKind::dozen && e.kind != WordKind::scale) continue;
    const auto first = static_cast<unsigned char>(e.word[0]);
    table[first] = table[first & ~0x20u] = true;
  }
  return table;
}();

// Whether the two letters at `word` (either case; the second may be any
// byte) may start a word of kNumberWords whose kind `kind_wanted` accepts:
// a bit (second letter) per first letter. Most words after "a" or after a
// number are ruled out by it without being read.
struct LetterPairs {
  std::array<std::uint32_t, 26> seconds{};
  constexpr bool may_start(const unsigned char* word) const {
    const unsigned first = (word[0] | 0x20u) - 'a';
    const unsigned second = (word[1] | 0x20u) - 'a';
    return first < 26 && second < 26 && ((seconds[first] >> second) & 1u);
  }
};
template <typename Wanted>
constexpr LetterPairs letter_pairs(Wanted kind_wanted) {
  LetterPairs pairs;
  for (const auto& e : kNumberWords) {
    if (kind_wanted(e.kind) && e.word.size() > 1) pairs.seconds[e.word[0] - 'a'] |= 1u << (e.word[1] - 'a');
  }
  return pairs;
}
// Hundred, dozen and the scale words: what may follow "a" in a number.
constexpr LetterPairs kCountedPairs = letter_pairs(
    [](WordKind k) { return k == WordKind::hundred || k == WordKind::dozen || k == WordKind::scale; });
constexpr LetterPairs kScalePairs = letter_pairs([](WordKind k) { return k == WordKind::scale; });

// kOpeningMasks by the first two bytes themselves (first + 256 * second):
// one read where there were three. Filled once, at start-up. The word "a",
// the commonest that passes, is looked at more closely here, the bytes
// being known: it opens a number only before spaces and a word that may
// start hundred, dozen or a scale word ("a hundred", "a million"), as
// numbers_at requires, so after "a" a third byte that is neither such a
// letter nor a non-letter (more spaces) rules it out.
const std::array<std::uint32_t, 65536> kOpeningMasksByPair = [] {
  std::array<std::uint32_t, 65536> table{};
  for (unsigned first = 0; first < 256; ++first) {
    for (unsigned second = 0; second < 256; ++second) {
      table[first | second << 8] = kOpeningMasks[kByteClass[first]][kByteClass[second]];
    }
  }
  std::uint32_t after_a_space = 1u << kNoLetter;
  for (unsigned c = 0; c < 256; ++c) {
    if (kCountedStarts[c]) after_a_space |= 1u << kByteClass[c];
  }
  for (const unsigned a : {unsigned{'a'}, unsigned{'A'}}) {
    for (unsigned second = 0; second < 256; ++second) {
      if (kByteClass[second] >= kNoLetter) table[a | second << 8] = second == ' ' ? after_a_space : 0;
    }
  }
  return table;
}();

// True if a run that starts with the bytes run[0] (a letter or digit),
// run[1] and run[2] may open a number (kOpeningMasks). Needs no word
// length: most words of a text are ruled out by two table reads before
// theirs is read; numbers_at then looks the word up.
bool may_open(const unsigned char* run) {
  return (kOpeningMasksByPair[run[0] | unsigned{run[1]} << 8] >> kByteClass[run[2]]) & 1u;
}

const NumberWord* number_word(std::string_view word) { return kNumberWordIndex.find(word); }

bool is_kind(const NumberWord* entry, WordKind kind) { return entry && entry->kind == kind; }

// True if a number may start with this word: a unit, a tens word, a vague
// plural, "a", "an" or "half". Hundred, dozen, the scales, "and" and the
// ordinals never open one.
bool opens_number(const NumberWord& entry) {
  switch (entry.kind) {
    case WordKind::unit: case WordKind::tens: case WordKind::vague: case WordKind::article: case WordKind::half:
      return true;
    default:
      return false;
  }
}

// A letter-only word starting at `pos`, or empty.
std::string_view letters_at(std::string_view text, std::size_t pos) {
  const std::size_t end = letter_run_end(reinterpret_cast<const unsigned char*>(text.data()), pos, text.size());
  if (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) return {};
  return text.substr(pos, end - pos);
}

// Skips one run of spaces (or a single hyphen in "twenty-five") after `pos`.
std::size_t skip_gap(std::string_view text, std::size_t pos, bool allow_hyphen) {
  std::size_t i = pos;
  if (allow_hyphen && i < text.size() && text[i] == '-') return i + 1;
  while (i < text.size() && text[i] == ' ') ++i;
  return i;
}

// Scale suffix glued to digits: 79k, 20m, 2bn, 1.5mn, 20million. Returns
// its length and multiplier.
std::pair<std::size_t, double> glued_scale(std::string_view text, std::size_t pos) {
  // Most numbers end at a space or punctuation: no word to read.
  if (pos >= text.size() || !is_ascii_alpha(static_cast<unsigned char>(text[pos]))) return {0, 1};
  const std::string_view word = letters_at(text, pos);
  if (iequals(word, "k")) return {1, 1e3};
  if (iequals(word, "m") || iequals(word, "mn")) return {word.size(), 1e6};
  if (iequals(word, "bn")) return {2, 1e9};
  if (const NumberWord* scale = number_word(word); is_kind(scale, WordKind::scale)) {
    return {word.size(), scale->value};
  }
  return {0, 1};
}

// "1.5 million", "2 billion", "10 thousand": a scale word after a space.
std::pair<std::size_t, double> spaced_scale(std::string_view text, std::size_t pos) {
  // Letters that start a scale word: most words after a number are
  // rejected by their first letter, without being read.
  static const std::array<bool, 256> kScaleStarts = [] {
    std::array<bool, 256> table{};
    for (const auto& entry : kNumberWords) {
      if (entry.kind != WordKind::scale) continue;
      const auto first = static_cast<unsigned char>(entry.word[0]);
      table[first] = table[first & ~0x20u] = true;
    }
    return table;
  }();
  if (pos >= text.size() || text[pos] != ' ') return {pos, 1};
  const std::size_t word_pos = skip_gap(text, pos, false);
  if (word_pos >= text.size() || !kScaleStarts[static_cast<unsigned char>(text[word_pos])]) return {pos, 1};
  if (word_pos + 1 >= text.size() || !kScalePairs.may_start(reinterpret_cast<const unsigned char*>(text.data() + word_pos))) {
    return {pos, 1};
  }
  const std::string_view word = letters_at(text, word_pos);
  if (const NumberWord* scale = number_word(word); is_kind(scale, WordKind::scale)) {
    return {word_pos + word.size(), scale->value};
  }
  return {pos, 1};
}

// Where ",dd" groups from `pos` (one or more) and a last ",ddd" group end,
// or `pos` if the text there has not that shape. A further ",ddd" or a digit
// after the last group spoils it ("1,20,000,000" mixes two systems).
std::size_t south_asian_groups_end(std::string_view text, std::size_t pos) {
  auto digits_at = [&](std::size_t at, std::size_t n) {
    if (at + n > text.size()) return false;
    for (std::size_t k = at; k < at + n; ++k) {
      if (!is_ascii_digit(static_cast<unsigned char>(text[k]))) return false;
    }
    return true;
  };
  std::size_t i = pos;
  std::size_t pairs = 0;
  while (i < text.size() && text[i] == ',' && digits_at(i + 1, 2) && i + 3 < text.size() && text[i + 3] == ',') {
    i += 3;
    ++pairs;
  }
  if (pairs == 0 || !(i < text.size() && text[i] == ',' && digits_at(i + 1, 3))) return pos;
  const std::size_t end = i + 4;
  if (end < text.size() && (is_ascii_digit(static_cast<unsigned char>(text[end])) ||
                            (text[end] == ',' && digits_at(end + 1, 1)))) {
    return pos;
  }
  return end;
}

std::optional<Number> read_digits(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  std::size_t significant = 0;
  double value = 0;
  auto digit_run = [&](bool count_leading_zeros) {
    const std::size_t start = i;
    while (i < text.size() && is_ascii_digit(static_cast<unsigned char>(text[i]))) {
      if (count_leading_zeros || significant > 0 || text[i] != '0') ++significant;
      value = value * 10 + (text[i] - '0');
      ++i;
    }
    return i - start;
  };
  const std::size_t first_group = digit_run(false);
  if (first_group == 0) return std::nullopt;
  // South Asian grouping (lakh, crore): ",dd" groups after a first group of
  // 1-2 digits and before one final ",ddd" group: "1,20,000" is 120000,
  // "2,50,00,000" is 25000000. Only that whole shape: "1,20" and "12,34,5"
  // stay as they were.
  if (first_group <= 2) {
    if (const std::size_t end = south_asian_groups_end(text, i); end != i) {
      while (i < end) {
        if (text[i] == ',') ++i;
        digit_run(true);
      }
    }
  }
  // Thousands separators: ",ddd" groups after a first group of 1-3 digits.
  if (first_group <= 3) {
    while (i + 3 < text.size() && text[i] == ',' && is_ascii_digit(static_cast<unsigned char>(text[i + 1])) &&
           is_ascii_digit(static_cast<unsigned char>(text[i + 2])) &&
           is_ascii_digit(static_cast<unsigned char>(text[i + 3])) &&
           (i + 4 >= text.size() || !is_ascii_digit(static_cast<unsigned char>(text[i + 4])))) {
      ++i;
      digit_run(true);
    }
  }
  // Decimals stay in the integer mantissa (exact below 2^53) and are
  // divided out once at the end, so "1.7" is the double nearest 1.7 and
  // "£1.2m" is exactly 1200000.
  double divisor = 1;
  if (i + 1 < text.size() && text[i] == '.' && is_ascii_digit(static_cast<unsigned char>(text[i + 1]))) {
    ++i;
    while (i < text.size() && is_ascii_digit(static_cast<unsigned char>(text[i]))) {
      ++significant;
      value = value * 10 + (text[i] - '0');
      divisor *= 10;
      ++i;
    }
  }
  // A number that runs on into more digits or separators ("1.2.3", a
  // million-digit string) is not a statistic.
  if (significant > kMaxSignificantDigits) return std::nullopt;
  Number n;
  n.has_digits = true;
  if (auto [len, scale] = glued_scale(text, i); len > 0) {
    value *= scale;
    i += len;
    n.has_scale = true;
  } else if (auto [end, word_scale] = spaced_scale(text, i); end != i) {
    value *= word_scale;
    i = end;
    n.has_scale = true;
  }
  n.value = value / divisor;
  n.span = Span{pos, i};
  return n;
}

// The number opened by `word` at `pos`, a number word (`entry`).
std::optional<Number> read_words(std::string_view text, std::size_t pos, std::string_view word, const NumberWord* entry) {
  double total = 0;    // completed thousands/millions groups
  double current = 0;  // the group being read
  bool any = false;
  bool last_was_unit = false, last_was_tens = false;
  bool saw_large = false;  // hundred or a scale: "and" may follow
  std::size_t end = pos;
  std::size_t i = pos;

  // "a hundred", "a dozen", "a million", "half a million".
  if (entry->kind == WordKind::article) {
    const std::size_t next = skip_gap(text, i + word.size(), false);
    if (next >= text.size() || !kCountedStarts[static_cast<unsigned char>(text[next])]) return std::nullopt;
    const std::string_view after = letters_at(text, next);
    const NumberWord* after_entry = number_word(after);
    if (!(is_kind(after_entry, WordKind::hundred) || is_kind(after_entry, WordKind::dozen) ||
          is_kind(after_entry, WordKind::scale))) {
      return std::nullopt;
    }
    current = 1;
    any = true;
    i = next;
    word = after;
    entry = after_entry;
  } else if (entry->kind == WordKind::half) {
    const std::size_t a_pos = skip_gap(text, i + 4, false);
    if (!iequals(letters_at(text, a_pos), "a")) return std::nullopt;
    const std::size_t scale_pos = skip_gap(text, a_pos + 1, false);
    const std::string_view scale_word = letters_at(text, scale_pos);
    const NumberWord* scale = number_word(scale_word);
    if (!is_kind(scale, WordKind::scale)) return std::nullopt;
    Number n;
    n.value = 0.5 * scale->value;
    n.has_scale = true;
    n.span = Span{pos, scale_pos + scale_word.size()};
    return n;
  } else if (entry->kind == WordKind::vague) {
    Number n;
    n.value = entry->value;
    n.exact = false;
    n.span = Span{pos, pos + word.size()};
    return n;
  }

  bool after_hyphen = false;
  while (!word.empty()) {
    const std::size_t word_end = i + word.size();
    if (!entry) break;
    if (entry->kind == WordKind::unit) {
      if (last_was_unit || (last_was_tens && entry->value >= 10)) break;
      current += entry->value;
      last_was_unit = true;
      last_was_tens = false;
    } else if (entry->kind == WordKind::tens) {
      if (last_was_unit || last_was_tens) break;
      current += entry->value;
      last_was_tens = true;
    } else if (entry->kind == WordKind::hundred) {
      if (!any) break;
      current = (current == 0 ? 1 : current) * 100;
      saw_large = true;
      last_was_unit = last_was_tens = false;
    } else if (entry->kind == WordKind::dozen) {
      if (!any) break;
      current = (current == 0 ? 1 : current) * 12;
      last_was_unit = last_was_tens = false;
    } else if (entry->kind == WordKind::scale) {
      if (!any) break;
      total += (current == 0 ? 1 : current) * entry->value;
      current = 0;
      saw_large = true;
      last_was_unit = last_was_tens = false;
    } else if (entry->kind == WordKind::conjunction && any) {
      // "two hundred and fifty", "two and a half million".
      const std::size_t next = skip_gap(text, word_end, false);
      const std::string_view after = letters_at(text, next);
      if (iequals(after, "a")) {
        const std::size_t half_pos = skip_gap(text, next + 1, false);
        if (!iequals(letters_at(text, half_pos), "half") || current == 0) break;
        current += 0.5;
        end = half_pos + 4;
        i = skip_gap(text, end, false);
        word = (i > end) ? letters_at(text, i) : std::string_view{};
        entry = number_word(word);
        last_was_unit = true;
        last_was_tens = false;
        continue;
      }
      const NumberWord* after_entry = number_word(after);
      if (!saw_large || !(is_kind(after_entry, WordKind::unit) || is_kind(after_entry, WordKind::tens))) break;
      i = next;
      word = after;
      entry = after_entry;
      last_was_unit = last_was_tens = false;
      continue;
    } else if (entry->kind == WordKind::ordinal && after_hyphen) {
      // "twenty-first": an ordinal, not the number twenty.
      return std::nullopt;
    } else {
      break;
    }
    any = true;
    end = word_end;
    after_hyphen = last_was_tens && word_end < text.size() && text[word_end] == '-';
    i = skip_gap(text, word_end, after_hyphen);
    if (i == word_end) break;  // no gap: punctuation or end of text
    word = letters_at(text, i);
    entry = number_word(word);
  }
  if (!any || end == pos) return std::nullopt;
  Number n;
  n.value = total + current;
  n.has_scale = saw_large;
  n.span = Span{pos, end};
  // A lone "a" never stands as a number.
  if (n.value == 0 && !iequals(text.substr(pos, end - pos), "zero")) return std::nullopt;
  return n;
}

std::optional<Number> read_words(std::string_view text, std::size_t pos) {
  const std::string_view word = letters_at(text, pos);
  const NumberWord* entry = number_word(word);
  if (!entry) return std::nullopt;
  return read_words(text, pos, word, entry);
}

}  // namespace

std::optional<Number> read_number(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  const auto c = static_cast<unsigned char>(text[pos]);
  if (is_ascii_digit(c)) return read_digits(text, pos);
  if (is_ascii_alpha(c)) return read_words(text, pos);
  return std::nullopt;
}

namespace {

// The numbers starting at run start `p` (which may_open passed), appended
// to `out`; returns where the last ends, or 0 for none. After a number,
// digits just past a ',' or '.' start afresh: "12,34" is 12, then 34.
// Kept out of find_numbers' loop over run starts, which it rarely enters.
[[gnu::noinline]] std::size_t numbers_at(std::string_view text, std::size_t p, std::vector<Number>& out) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::optional<Number> n;
  if (is_ascii_digit(bytes[p])) {
    n = read_digits(text, p);
  } else {
    const std::size_t end = letter_run_end(bytes, p, size);
    if (end < size && bytes[end] >= 0x80) return 0;  // not a whole word
    const std::string_view word = text.substr(p, end - p);
    const NumberWord* entry = kNumberWordIndex.find(word, p + 16 <= size);
    if (!entry || !opens_number(*entry)) return 0;
    // "a" and "an", the commonest words that pass, open a number only
    // before a word starting as hundred, dozen or a scale word does:
    // read_words' first test, made here without its reading of the word.
    if (entry->kind == WordKind::article) {
      const std::size_t next = skip_gap(text, end, false);
      if (next + 1 >= size || !kCountedPairs.may_start(bytes + next)) return 0;
    }
    n = read_words(text, p, word, entry);
  }
  std::size_t resume = 0;
  for (;;) {
    if (!n || !at_word_end(text, n->span.end)) return resume;
    out.push_back(*n);
    resume = n->span.end;
    if (!(resume + 1 < size && (bytes[resume] == ',' || bytes[resume] == '.') && is_ascii_digit(bytes[resume + 1]))) {
      return resume;
    }
    n = read_digits(text, resume + 1);
  }
}

}  // namespace

std::vector<Number> find_numbers(std::string_view text) {
  std::vector<Number> out;
  out.reserve(text.size() / 256 + 4);  // news text holds a number every few hundred bytes
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t resume = 0;  // bytes before it belong to a number found
  ByteMasks previous;      // of the block before
  // The last block, and the two bytes after any block, read from a copy
  // padded with zeros (no word byte).
  std::array<unsigned char, kBlock + 2> tail{};
  for (std::size_t base = 0; base < size; base += kBlock) {
    const unsigned char* block = bytes + base;
    if (size - base < kBlock + 2) {
      tail.fill(0);
      std::memcpy(tail.data(), block, std::min(size - base, tail.size()));
      block = tail.data();
    }
    const ByteMasks m = classify_block(block);
    // Run starts: letters and digits with no word byte just before them,
    // nor a glue byte that follows one (unless they are not digits).
    const std::uint64_t word_before = (m.word << 1) | (previous.word >> 63);
    const std::uint64_t word_two_before = (m.word << 2) | (previous.word >> 62);
    const std::uint64_t glue_before = (m.glue << 1) | (previous.glue >> 63);
    std::uint64_t starts = (m.letter | m.digit) & ~word_before & ~(glue_before & m.digit & word_two_before);
    previous = m;
    auto skip_to_resume = [&] {
      if (resume > base) starts &= resume - base >= kBlock ? 0 : ~std::uint64_t{0} << (resume - base);
    };
    skip_to_resume();  // a number found in the block before may reach into this one
    while (starts) {
      const auto k = static_cast<std::size_t>(std::countr_zero(starts));
      starts &= starts - 1;
      if (!may_open(block + k)) continue;
      if (const std::size_t end = numbers_at(text, base + k, out)) {
        resume = end;
        skip_to_resume();
      }
    }
  }
  return out;
}

namespace {

// qualifier_from_phrase's table keyed by lower-case phrase (the first of
// equal phrases wins, as there), for lookups without building strings.
class HedgeTable {
 public:
  HedgeTable() {
    for (const auto& [phrase, qualifier] : qualifier_phrases()) {
      std::string key(phrase);
      for (char& c : key) c = to_lower_ascii(c);
      longest_ = std::max(longest_, key.size());
      const std::size_t space = key.rfind(' ');
      const std::string last_word = key.substr(space == std::string::npos ? 0 : space + 1);
      longest_last_word_ = std::max(longest_last_word_, last_word.size());
      last_words_.insert(last_word);
      by_phrase_.emplace(std::move(key), qualifier);
    }
  }
  std::size_t longest() const { return longest_; }
  // Whether some phrase ends with this lower-case word: most words before
  // a figure end none, and this rules them out at once.
  bool ends_some_phrase(std::string_view lower_word) const { return last_words_.contains(lower_word); }
  std::size_t longest_last_word() const { return longest_last_word_; }
  Qualifier find(std::string_view lower_phrase) const {
    const auto it = by_phrase_.find(lower_phrase);
    return it == by_phrase_.end() ? Qualifier::none : it->second;
  }

 private:
  WordMap<Qualifier> by_phrase_;
  WordSet last_words_;
  std::size_t longest_ = 0;
  std::size_t longest_last_word_ = 0;
};

}  // namespace

Hedge hedge_before(std::string_view text, std::size_t pos) {
  static const HedgeTable kHedges;
  Hedge hedge{Qualifier::none, pos};
  // The hedge must be separated from its number by spaces alone: "more
  // than 19", not "more than (19)". Callers pass the position of a
  // currency sign for money ("more than £7,000").
  std::size_t gap = pos;
  while (gap > 0 && text[gap - 1] == ' ') --gap;
  if (gap == pos || gap == 0 || !is_word_byte(static_cast<unsigned char>(text[gap - 1]))) return hedge;
  std::size_t last_begin = gap;
  while (last_begin > 0 && is_word_byte(static_cast<unsigned char>(text[last_begin - 1]))) --last_begin;
  const bool joined = last_begin > 0 && (text[last_begin - 1] == '\'' || text[last_begin - 1] == '-');  // "well-over"
  if (!joined) {
    if (gap - last_begin > kHedges.longest_last_word()) return hedge;
    std::array<char, 32> last_word;
    if (gap - last_begin <= last_word.size()) {
      for (std::size_t i = last_begin; i < gap; ++i) last_word[i - last_begin] = to_lower_ascii(text[i]);
      if (!kHedges.ends_some_phrase({last_word.data(), gap - last_begin})) return hedge;
    }
  }
  std::array<Word, 3> words;
  const std::size_t found = words_before(text, pos, std::span<Word>(words));
  for (std::size_t n = found; n >= 1; --n) {
    // words[n-1] .. words[0] must be written with one separator between
    // each two; the phrase is read with single spaces there.
    const std::size_t begin = words[n - 1].span.begin;
    const std::string_view written = text.substr(begin, words[0].span.end - begin);
    std::array<char, 64> phrase;
    if (written.size() > std::min(kHedges.longest(), phrase.size())) continue;  // longer than any hedge
    std::size_t length = 0;
    bool single_separators = true;
    for (std::size_t k = n; k-- > 0;) {
      if (length > 0) {
        single_separators = single_separators && words[k].span.begin == words[k + 1].span.end + 1;
        phrase[length++] = ' ';
      }
      for (const char c : words[k].text) phrase[length++] = to_lower_ascii(c);
    }
    if (!single_separators) continue;
    if (const Qualifier q = kHedges.find({phrase.data(), length}); q != Qualifier::none) return Hedge{q, begin};
  }
  return hedge;
}

}  // namespace crimestats
