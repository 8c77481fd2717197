// Counts: numbers that count something the article reports as a statistic
// ("Police made 19 arrests", "760 people have been arrested", "30 out of 36
// areas"), with the counted noun, its category and the hedge before it.
//
// Numbers found by find_numbers are the anchors. Each sentence holding one
// that may count (never_counted rules most others out from the bytes next
// to them) is cut into tokens once, and every number in it is read from
// the words around it: first what rules it out (context lexicon: ages,
// durations, units, dates, references), then the counted noun after it
// (noun lexicon, or a plain plural), then the verb that governs it on
// either side (verb lexicon), which may change the category of a group of
// people or premises. A number with no noun of its own becomes a count
// only when a link phrase ties it to another count (link lexicon):
// comparisons, subsets, "N out of M", or a split by place.
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "crimestats/extractor.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/numbers.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

// How a governing verb may change a noun's category (count_nouns.tsv).
enum class NounClass { fixed, person, premises, item, place, report };

NounClass noun_class_from(std::string_view name, const std::filesystem::path& file, int line) {
  if (name == "fixed") return NounClass::fixed;
  if (name == "person") return NounClass::person;
  if (name == "premises") return NounClass::premises;
  if (name == "item") return NounClass::item;
  if (name == "place") return NounClass::place;
  if (name == "report") return NounClass::report;
  throw std::runtime_error(fmt::format("{}:{}: unknown noun class '{}'", file.string(), line, name));
}

bool is_category(std::string_view c) {
  static constexpr std::array<std::string_view, 12> kCategories{
      "arrests", "charges", "convictions", "safeguarded", "offences", "seizures",
      "lines",   "warrants", "officers",   "victims",     "people",   "other"};
  return std::find(kCategories.begin(), kCategories.end(), c) != kCategories.end();
}

// The category of nouns that are never statistics ("2 cookies", "3 images").
constexpr std::string_view kNotCounted = "none";

struct NounInfo {
  std::string category;
  NounClass cls = NounClass::place;
};

struct VerbInfo {
  std::string category;
  std::vector<NounClass> classes;
  // Gives its category only to its subject, and only when its object is a
  // noun of that category: "19 people face 126 charges".
  bool by_object = false;
  // Gives its category to any list of things it governs, listed or not:
  // "seized 36 lamps, two fans and a generator".
  bool takes_anything = false;
  bool acts_on(NounClass c) const { return std::find(classes.begin(), classes.end(), c) != classes.end(); }
};

enum class Side { before, after };

// Why a context phrase rules a number out (count_context.tsv).
enum class Reason { exclude, date, year, bare, when, bare_hedged };

struct ContextInfo {
  Reason reason = Reason::exclude;
  // Carries along a list of numbers: ages, durations, units ("aged 19 and
  // 22", "between five and ten years"), but not money or percentages ("up
  // 7 per cent to 1,086").
  bool spreads = true;
  // A unit of measure or of a drug: a listed noun before it only modifies
  // it ("280,000 individual doses").
  bool unit = false;
  // A drug's packaging ("38 slabs"): counted as containers when what they
  // hold follows ("64 parcels containing pills").
  bool package = false;
};

enum GrammarRole : unsigned { kStop = 1, kAux = 2, kLead = 4, kHedgeEnd = 8, kAside = 16, kAgeWord = 32, kPostModifier = 64,
                           kReportOpener = 128, kRank = 256, kPeriod = 512, kRateWord = 1024,
                           kAcquired = 2048 };

enum class Link { back, subset, ahead, place, level, recall_before, recall_after, follow };

// The words of a phrase being matched, joined by single spaces, in a fixed
// buffer: built from the first word forward or the last word backward.
class PhraseKey {
 public:
  static constexpr std::size_t kCapacity = 96;
  // Adds `word` after the key (with a space unless it is the first); false
  // if the key would grow past `limit` bytes.
  bool append(std::string_view word, std::size_t limit) {
    const std::size_t gap = size_ > 0 ? 1 : 0;
    if (size_ + gap + word.size() > limit) return false;
    if (gap) bytes_[size_] = ' ';
    std::copy(word.begin(), word.end(), bytes_.begin() + static_cast<std::ptrdiff_t>(size_ + gap));
    size_ += gap + word.size();
    return true;
  }
  // Adds `word` before the key: the key then lives at the end of the buffer.
  bool prepend(std::string_view word, std::size_t limit) {
    const std::size_t gap = size_ > 0 ? 1 : 0;
    if (size_ + gap + word.size() > limit) return false;
    std::size_t at = kCapacity - size_;
    if (gap) bytes_[--at] = ' ';
    at -= word.size();
    std::copy(word.begin(), word.end(), bytes_.begin() + static_cast<std::ptrdiff_t>(at));
    size_ += gap + word.size();
    return true;
  }
  std::string_view front_view() const { return {bytes_.data(), size_}; }
  std::string_view back_view() const { return {bytes_.data() + kCapacity - size_, size_}; }

 private:
  std::array<char, kCapacity> bytes_;
  std::size_t size_ = 0;
};

// A multi-word phrase table: phrases keyed by their lower-case words joined
// with single spaces. Every leading and trailing part of a phrase is keyed
// too, so a scan over tokens stops at the first word that no phrase
// continues with: one hash lookup for most words.
template <typename V>
class PhraseTable {
 public:
  struct Step {
    const V* value = nullptr;  // a whole phrase ends here
    bool more = false;         // a longer phrase goes on
  };

  explicit PhraseTable(std::uint32_t bit) : bit_(bit) {}

  // This table's bit in the masks of WordBits, and its slot in WordBits::whole.
  std::uint32_t bit() const { return bit_; }
  std::size_t index() const { return static_cast<std::size_t>(std::countr_zero(bit_)); }
  const std::vector<std::string>& phrases() const { return phrases_; }
  // No key longer than this can be a phrase or the start or end of one.
  std::size_t longest() const { return longest_; }

  void add(const std::string& written, V value) {
    const std::string phrase = lower_ascii(written);
    if (phrase.size() > PhraseKey::kCapacity) {
      throw std::runtime_error(fmt::format("phrase longer than {} bytes: '{}'", PhraseKey::kCapacity, written));
    }
    longest_ = std::max(longest_, phrase.size());
    phrases_.push_back(phrase);
    values_.push_back(std::make_unique<V>(std::move(value)));
    const V* stored = values_.back().get();
    forward_[phrase].value = stored;
    backward_[phrase].value = stored;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
      if (phrase[i] != ' ') continue;
      forward_[phrase.substr(0, i)].more = true;
      backward_[phrase.substr(i + 1)].more = true;
    }
  }
  // `key`: words in text order, read left to right from the first word.
  Step forward(std::string_view key) const { return find(forward_, key); }
  // `key`: words in text order, read right to left from the last word.
  Step backward(std::string_view key) const { return find(backward_, key); }
  const V* find(std::string_view phrase) const { return forward(phrase).value; }

 private:
  static Step find(const WordMap<Step>& map, std::string_view key) {
    auto it = map.find(key);
    return it == map.end() ? Step{} : it->second;
  }
  std::uint32_t bit_;
  std::size_t longest_ = 0;
  std::vector<std::string> phrases_;
  std::vector<std::unique_ptr<V>> values_;
  WordMap<Step> forward_, backward_;
};

constexpr std::size_t kPhraseTables = 18;

// What one word can be: which tables have a phrase starting or ending with
// it, or a longer phrase going on from it, its value as a one-word phrase
// of each table, and its grammar roles. Looked up once per token, so that
// the many phrase scans around a number mostly end on a bit test or a
// pointer read, with no hashing.
struct WordBits {
  std::uint32_t starts = 0, ends = 0;
  std::uint32_t longer_after = 0;   // a longer phrase starts with this word
  std::uint32_t longer_before = 0;  // a longer phrase ends with this word
  unsigned roles = 0;
  std::array<const void*, kPhraseTables> whole{};  // by PhraseTable::index(): the word as a whole phrase

  template <typename V>
  const V* value(const PhraseTable<V>& table) const { return static_cast<const V*>(whole[table.index()]); }
};

// The words of WordBits entries as an open-addressing table, looked up for
// every token a rule reads and twice for most numbers: a word is hashed
// from its first and last eight bytes with a multiply or two, and a key of
// up to eight bytes is compared with one integer compare, with no
// division, node walk or memcmp call. Views the keys and entries of the
// map it is built from, which must outlive it unchanged.
class WordIndex {
 public:
  void build(const WordMap<WordBits>& words) {
    std::size_t size = 16;
    while (size < 2 * words.size()) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (const auto& [key, bits] : words) {
      const std::uint64_t head = head_of(key);
      std::size_t s = hash(key, head) & mask_;
      while (slots_[s].bits) s = (s + 1) & mask_;
      slots_[s] = Slot{head, key, &bits};
    }
  }
  const WordBits* find(std::string_view word) const {
    const std::uint64_t head = head_of(word);
    for (std::size_t s = hash(word, head) & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (!slot.bits) return nullptr;
      if (slot.head == head && slot.key.size() == word.size() && same_after_head(slot.key, word)) return slot.bits;
    }
  }

 private:
  struct Slot {
    std::uint64_t head = 0;
    std::string_view key;
    const WordBits* bits = nullptr;
  };
  template <typename T>
  static std::uint64_t load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  // A word of up to eight bytes whole, from two loads that may overlap
  // (with its length, it tells the word apart from every other); a longer
  // word's first eight bytes.
  static std::uint64_t head_of(std::string_view w) {
    const char* p = w.data();
    const std::size_t n = w.size();
    if (n >= 8) return load<std::uint64_t>(p);
    if (n >= 4) return load<std::uint32_t>(p) | load<std::uint32_t>(p + n - 4) << 32;
    if (n >= 2) return load<std::uint16_t>(p) | load<std::uint16_t>(p + n - 2) << 16;
    return n == 1 ? static_cast<unsigned char>(p[0]) : 0;
  }
  static std::uint64_t hash(std::string_view w, std::uint64_t head) {
    std::uint64_t h = (head ^ w.size()) * 0x9E3779B97F4A7C15ULL;
    if (w.size() > 8) h = (h ^ load<std::uint64_t>(w.data() + w.size() - 8)) * 0xC2B2AE3D27D4EB4FULL;
    return h >> 32 ^ h;
  }
  // Equal heads and lengths: the bytes past the first eight.
  static bool same_after_head(std::string_view a, std::string_view b) {
    for (std::size_t i = 8; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

// ---------------------------------------------------------------------------
// Tokens of one sentence.

struct Token {
  Span span;
  std::string_view lower;  // lower-case text; typographic quotes and dashes folded to ASCII
  enum class Kind : std::uint8_t { word, number, punct } kind = Kind::word;
  bool capitalised = false;
  // Looked up on first use: most tokens of a sentence are never examined.
  const WordBits& bits(const WordIndex& words) const {
    if (!bits_) {
      static const WordBits kUnknown;
      const WordBits* found = words.find(lower);
      bits_ = found ? found : &kUnknown;
    }
    return *bits_;
  }
  mutable const WordBits* bits_ = nullptr;
  const Number* number = nullptr;
  bool excluded_by_form = false;  // a number ruled out by its written form (CountsExtractor::excluded_by_form)
};

// Length of a UTF-8 punctuation sequence at `i` (typographic quotes and
// dashes, bullets, NBSP, currency signs), or 0 for a word byte.
std::size_t utf8_punct_length(std::string_view text, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) return 0;
  if (b0 == 0xC2 && i + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (b1 >= 0xA0 && b1 <= 0xBF) return 2;  // NBSP, £, ¥, §, «, » ...
  }
  if (b0 == 0xE2 && i + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (b1 == 0x80 || (b1 == 0x82 && static_cast<unsigned char>(text[i + 2]) == 0xAC)) return 3;  // – — ‘ ’ “ ” • … €
  }
  return 0;
}

std::string_view fold_punct(std::string_view p) {
  if (p.size() != 3) return p;  // most punctuation is one ASCII byte
  if (p == "\xE2\x80\x93" || p == "\xE2\x80\x94") return "-";
  if (p == "\xE2\x80\x98" || p == "\xE2\x80\x99") return "'";
  if (p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D") return "\"";
  return p;
}

// Byte classes for the tokeniser.
enum TokenByte : unsigned char { kLowerByte = 1, kUpperByte = 2, kDigitByte = 4, kHighByte = 8, kSpaceByte = 16 };
constexpr unsigned kLetterByte = kLowerByte | kUpperByte;
constexpr unsigned kWordByte = kLetterByte | kDigitByte | kHighByte;

constexpr std::array<unsigned char, 256> kTokenBytes = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 'a' && c <= 'z') table[c] = kLowerByte;
    else if (c >= 'A' && c <= 'Z') table[c] = kUpperByte;
    else if (c >= '0' && c <= '9') table[c] = kDigitByte;
    else if (c >= 0x80) table[c] = kHighByte;
    else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') table[c] = kSpaceByte;
  }
  return table;
}();

unsigned token_byte(char c) { return kTokenBytes[static_cast<unsigned char>(c)]; }

// The end of the run of ASCII letters at text[i, end); sets `has_capitals`
// if it holds one. Eight bytes at a time: whether each is a letter, and a
// capital, is worked out with a few integer operations on the chunk.
// Inline: it runs once or twice per word token, most words fit one chunk.
[[gnu::always_inline]] inline std::size_t letter_run_end(std::string_view text, std::size_t i, std::size_t end,
                                                         bool& has_capitals) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    while (i + 8 <= end) {
      std::uint64_t chunk;
      std::memcpy(&chunk, text.data() + i, 8);
      const std::uint64_t folded = chunk | (0x20 * kOnes);  // A-Z to a-z; no other byte lands in a-z
      const std::uint64_t low = folded & ~kHigh;
      const std::uint64_t at_least_a = (low + (0x80 - 'a') * kOnes) & kHigh;
      const std::uint64_t past_z = (low + (0x80 - 'z' - 1) * kOnes) & kHigh;
      const std::uint64_t letters = at_least_a & ~past_z & ~folded & kHigh;  // high bit of each letter byte
      const std::uint64_t capitals = letters & ~(chunk << 2);                // letters without the 0x20 bit
      const std::uint64_t others = ~letters & kHigh;
      // Only the bytes before the first non-letter belong to the run.
      const std::uint64_t in_run = others ? (others & (0 - others)) - 1 : ~std::uint64_t{0};
      has_capitals |= (capitals & in_run) != 0;
      if (others) return i + static_cast<std::size_t>(std::countr_zero(others) / 8);
      i += 8;
    }
  }
  for (; i < end && is_ascii_alpha(static_cast<unsigned char>(text[i])); ++i) {
    has_capitals |= is_ascii_upper(static_cast<unsigned char>(text[i]));
  }
  return i;
}

// The first byte at or after `i` that starts a token: spaces and no-break
// spaces lie between tokens.
[[gnu::always_inline]] inline std::size_t skip_token_gap(std::string_view text, std::size_t i, std::size_t end) {
  while (i < end) {
    if (token_byte(text[i]) & kSpaceByte) {
      ++i;
    } else if (static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      i += 2;  // NBSP
    } else {
      break;
    }
  }
  return i;
}

// Reads the word or punctuation token that starts at `i` (not a number, no
// gap) and ends before `end` or before `next_number`, where a number
// starts; moves `i` past it. Sets `has_capitals` for a word holding one.
// The tokeniser and the look at one token next to a number share it, so
// both cut the text alike.
[[gnu::always_inline]] inline Token::Kind scan_token(std::string_view text, std::size_t& i, std::size_t end,
                                                    std::size_t next_number, bool& has_capitals) {
  const unsigned cls = token_byte(text[i]);
  if (const std::size_t len = (cls & kHighByte) ? utf8_punct_length(text, i) : 0; len > 0 || !(cls & kWordByte)) {
    i += len > 0 ? len : 1;
    return Token::Kind::punct;
  }
  // A word: word bytes, with inner hyphens and apostrophes; it stops
  // where a number starts ("Covid-19").
  const std::size_t start = i;
  while (i < end) {
    i = letter_run_end(text, i, end, has_capitals);  // the common case first
    if (i == end) break;
    const unsigned b = token_byte(text[i]);
    if (b & kSpaceByte) break;  // the common end of a word
    if (next_number == i && i > start) break;
    if ((b & kHighByte) && utf8_punct_length(text, i) > 0) {
      // A typographic apostrophe inside a word: "police’s".
      if (text.substr(i, 3) == "\xE2\x80\x99" && i + 3 < end && is_ascii_alpha(static_cast<unsigned char>(text[i + 3])) &&
          i > start) {
        i += 3;
        continue;
      }
      break;
    }
    if (b & kWordByte) {
      ++i;
      continue;
    }
    if ((text[i] == '-' || text[i] == '\'') && i > start && i + 1 < end && (token_byte(text[i + 1]) & kWordByte) &&
        utf8_punct_length(text, i + 1) == 0) {
      ++i;
      continue;
    }
    break;
  }
  return Token::Kind::word;
}

// Cuts text[begin, end) into `tokens`; `numbers[k...]` are the numbers
// found in it, which become single tokens. Token texts view the text
// itself, or, for those with capitals, the same bytes of `folded`: a copy
// of the text in which they are put in lower case when first met.
// `by_form[j]` says whether numbers[j] is ruled out by its written form.
void tokenise(std::string_view text, std::size_t begin, std::size_t end, const std::vector<Number>& numbers,
              const std::vector<unsigned char>& by_form, std::size_t k, std::string& folded, std::vector<Token>& tokens) {
  auto lower = [&](std::size_t b, std::size_t e, bool has_capitals) {
    if (!has_capitals) return std::string_view(text.data() + b, e - b);
    std::size_t i = b;
    if constexpr (std::endian::native == std::endian::little) {
      // Eight bytes at a time, A-Z plus 0x20. The last chunk may run past
      // `e`: the bytes there get what folding them gives anyway, so any
      // token that later reads them from `folded` finds the same.
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
      constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
      for (; i < e && i + 8 <= text.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, text.data() + i, 8);
        const std::uint64_t low = chunk & ~kHigh;
        const std::uint64_t at_least_upper_a = (low + (0x80 - 'A') * kOnes) & kHigh;
        const std::uint64_t past_upper_z = (low + (0x80 - 'Z' - 1) * kOnes) & kHigh;
        const std::uint64_t capitals = at_least_upper_a & ~past_upper_z & ~chunk & kHigh;
        chunk |= capitals >> 2;  // 0x80 >> 2 == 0x20 in each capital's byte
        std::memcpy(folded.data() + i, &chunk, 8);
      }
    }
    for (; i < e; ++i) folded[i] = to_lower_ascii(text[i]);
    return std::string_view(folded.data() + b, e - b);
  };
  tokens.clear();
  // Where numbers[k] starts: the next number, or none.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t next_number = k < numbers.size() ? numbers[k].span.begin : kNone;
  for (std::size_t i = skip_token_gap(text, begin, end); i < end; i = skip_token_gap(text, i, end)) {
    while (next_number < i) next_number = ++k < numbers.size() ? numbers[k].span.begin : kNone;
    if (next_number == i) {
      Token& t = tokens.emplace_back();
      t.kind = Token::Kind::number;
      t.span = numbers[k].span;
      bool has_capitals = false;
      for (std::size_t b = t.span.begin; b < t.span.end; ++b) has_capitals |= is_ascii_upper(static_cast<unsigned char>(text[b]));
      t.lower = lower(t.span.begin, t.span.end, has_capitals);
      t.number = &numbers[k];
      t.excluded_by_form = by_form[k];
      i = numbers[k].span.end;
      continue;
    }
    const std::size_t start = i;
    bool has_capitals = false;
    Token& t = tokens.emplace_back();
    t.kind = scan_token(text, i, end, next_number, has_capitals);
    t.span = Span{start, i};
    if (t.kind == Token::Kind::punct) {
      t.lower = fold_punct(text.substr(start, i - start));
    } else {
      t.lower = lower(start, i, has_capitals);
      t.capitalised = token_byte(text[start]) & kUpperByte;
    }
  }
}

// ---------------------------------------------------------------------------

// Sentence limits around numbers in text order: the limits sentence_begin
// and sentence_end give (a line break, or where ends_sentence says). The
// end is found walking forward with memchr; the start, searching back
// from the number only down to the last end found.
class SentenceWalk {
 public:
  explicit SentenceWalk(std::string_view text) : text_(text) {
    for (std::size_t k = 0; k < kEnders.size(); ++k) next_[k] = find(kEnders[k], 0);
    boundary_ = next_boundary(0);
  }

  // [sentence_begin(pos), sentence_end(pos)); `pos` never decreases.
  std::pair<std::size_t, std::size_t> around(std::size_t pos) {
    if (boundary_ < pos) {
      // The sentence starts after the last boundary before `pos`: looked
      // for back from `pos`, down to the boundary known, so terminators of
      // sentences with no number in them are never tested.
      start_ = boundary_ + 1;
      for (std::size_t c = pos; (c = last_ender(boundary_ + 1, c)) != kNoEnder;) {
        if (text_[c] == '\n' || ends_sentence(text_, c)) {
          start_ = c + 1;
          break;
        }
      }
      boundary_ = next_boundary(pos);
    }
    std::size_t begin = start_;
    while (begin < pos && (text_[begin] == ' ' || text_[begin] == '\t' || text_[begin] == '"' || text_[begin] == '\'')) {
      ++begin;
    }
    const std::size_t end = boundary_ == text_.size() || text_[boundary_] == '\n' ? boundary_ : boundary_ + 1;
    return {begin, end};
  }

 private:
  // The first line break or sentence terminator at or after `from`, or the
  // end of the text.
  std::size_t next_boundary(std::size_t from) {
    for (;;) {
      // The nearest candidate byte: each kind is looked for with memchr,
      // and found again only once passed.
      std::size_t candidate = text_.size();
      for (std::size_t k = 0; k < kEnders.size(); ++k) {
        if (next_[k] < from) next_[k] = find(kEnders[k], from);
        candidate = std::min(candidate, next_[k]);
      }
      if (candidate == text_.size() || text_[candidate] == '\n' || ends_sentence(text_, candidate)) return candidate;
      from = candidate + 1;
    }
  }

  static constexpr std::size_t kNoEnder = static_cast<std::size_t>(-1);

  // The last of kEnders in text_[low, high), or kNoEnder. Sixteen bytes at
  // a time: a sentence holds few of them.
  std::size_t last_ender(std::size_t low, std::size_t high) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
#if defined(__SSE2__)
    while (high >= low + 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + high - 16));
      const __m128i enders = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                                          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
      if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(enders))) {
        return high - 16 + static_cast<std::size_t>(31 - std::countl_zero(mask));
      }
      high -= 16;
    }
#endif
    while (high > low) {
      if (kMayEnd[bytes[--high]]) return high;
    }
    return kNoEnder;
  }

  // The first `c` at or after `from`, or the end of the text.
  std::size_t find(char c, std::size_t from) const {
    const void* found = std::memchr(text_.data() + from, c, text_.size() - from);
    return found ? static_cast<std::size_t>(static_cast<const char*>(found) - text_.data()) : text_.size();
  }

  static constexpr std::array<char, 4> kEnders{'\n', '.', '!', '?'};
  static constexpr std::array<bool, 256> kMayEnd = [] {
    std::array<bool, 256> table{};
    for (const char c : kEnders) table[static_cast<unsigned char>(c)] = true;
    return table;
  }();
  std::string_view text_;
  // The next of each of kEnders at or after where the search stands.
  std::array<std::size_t, 4> next_{};
  std::size_t start_ = 0;     // just after the boundary before the current sentence
  std::size_t boundary_ = 0;  // the boundary that ends it (text_.size() for none)
};

// Whether a sentence is a headline in title case, which capitalises its
// nouns: "Police Make 19 Arrests". Worked out only when a capitalised noun
// asks, once per sentence.
class TitleCase {
 public:
  explicit TitleCase(const std::vector<Token>& t) : t_(t) {}
  bool operator()() {
    if (!known_) {
      std::size_t words = 0, capitalised = 0;
      for (const Token& tok : t_) {
        if (tok.kind != Token::Kind::word || !is_ascii_alpha(static_cast<unsigned char>(tok.lower[0]))) continue;
        ++words;
        capitalised += tok.capitalised;
      }
      value_ = words >= 3 && capitalised * 10 >= words * 6;
      known_ = true;
    }
    return value_;
  }

 private:
  const std::vector<Token>& t_;
  bool known_ = false;
  bool value_ = false;
};

// What was made of one number in a sentence. Its texts view the article
// (subjects) or the lexicons (categories), which outlive it: no copies.
struct Reading {
  enum class State { excluded, count, bare } state = State::bare;
  bool spreads = false;  // an exclusion that carries along a list ("aged 19 and 22")
  bool date = false;     // excluded as a day or year: carries only to days and years ("March 5 and 6")
  std::size_t tok = 0;   // the number's token
  std::size_t lead = 0;  // first token of its hedge (== tok without one)
  std::size_t after = 0;  // first token after the number and any trailing hedge
  Qualifier qualifier = Qualifier::none;
  std::string_view category, subject;
  NounClass cls = NounClass::place;
  // The category the verbs give a part of this count: "Twelve of the 14
  // suspects have been charged" charges the twelve.
  std::string_view predicate_category;
  std::optional<std::pair<std::size_t, std::size_t>> noun;  // token range [first, last]
  std::optional<std::string_view> partitive_subject;          // "133 of those children"
  // The listed noun of that phrase, for when no earlier count names the group.
  std::optional<std::pair<std::size_t, std::size_t>> partitive_noun;
  const NounInfo* partitive_info = nullptr;
  bool verb_found = false;  // a verb changed the noun's category
  bool after_verb = false;  // the category came from a verb after the noun
  bool by_default = false;  // the category is the noun's own, no verb or link changed it
  bool proved = false;      // charges made convictions by a verb before them ("admitted 16 counts")
  bool single_charge = false;  // "one count of fraud"
  // Packages counted as containers: "64 parcels containing pills" (token range).
  std::optional<std::pair<std::size_t, std::size_t>> container;
};

class CountsExtractor final : public Extractor {
 public:
  explicit CountsExtractor(const std::filesystem::path& data_dir) {
    const auto dir = data_dir / "lexicons";
    // Built once: a path costs more to build than a lexicon row to read.
    const auto nouns_file = dir / "count_nouns.tsv";
    const auto verbs_file = dir / "count_verbs.tsv";
    for (const auto& row : read_lexicon(nouns_file, 3)) {
      if (!is_category(row.fields[1]) && row.fields[1] != kNotCounted) {
        throw std::runtime_error(
            fmt::format("{}:{}: unknown category '{}'", nouns_file.string(), row.line, row.fields[1]));
      }
      nouns_.add(row.fields[0], NounInfo{row.fields[1], noun_class_from(row.fields[2], nouns_file, row.line)});
    }
    for (const auto& row : read_lexicon(verbs_file, 3)) {
      if (!is_category(row.fields[1])) {
        throw std::runtime_error(
            fmt::format("{}:{}: unknown category '{}'", verbs_file.string(), row.line, row.fields[1]));
      }
      VerbInfo verb{row.fields[1], {}};
      if (row.fields.size() > 3) {
        if (row.fields[3] == "object") {
          verb.by_object = true;
        } else if (row.fields[3] == "any") {
          verb.takes_anything = true;
        } else {
          throw std::runtime_error(
              fmt::format("{}:{}: unknown flag '{}'", verbs_file.string(), row.line, row.fields[3]));
        }
      }
      std::size_t start = 0;
      while (start <= row.fields[2].size()) {
        const std::size_t comma = std::min(row.fields[2].find(',', start), row.fields[2].size());
        verb.classes.push_back(
            noun_class_from(row.fields[2].substr(start, comma - start), verbs_file, row.line));
        start = comma + 1;
      }
      verbs_.add(row.fields[0], std::move(verb));
    }
    for (const auto& row : read_lexicon(dir / "count_context.tsv", 3)) {
      const std::string& side = row.fields[1];
      const std::string& reason = row.fields[2];
      ContextInfo info;
      if (reason == "date") info.reason = Reason::date;
      else if (reason == "year") info.reason = Reason::year;
      else if (reason == "bare") info.reason = Reason::bare;
      else if (reason == "when") info.reason = Reason::when;
      else if (reason == "bare_hedged") info.reason = Reason::bare_hedged;
      info.spreads = !(reason == "money" || reason == "percent" || reason == "reference" || reason == "rate");
      info.unit = reason == "drug_unit" || reason == "measure" || reason == "package";
      info.package = reason == "package";
      if (side == "number") {
        // The number as written and the word after it: "999 calls".
        const std::string phrase = lower_ascii(row.fields[0]);
        const std::size_t space = phrase.find(' ');
        if (space == std::string::npos || space > kServiceNumberDigits || phrase.find(' ', space + 1) != std::string::npos) {
          throw std::runtime_error(fmt::format("{}:{}: a number phrase is a short number and one word",
                                               (dir / "count_context.tsv").string(), row.line));
        }
        if (phrase.size() > PhraseKey::kCapacity) {
          throw std::runtime_error(fmt::format("{}:{}: a number phrase is longer than {} bytes",
                                               (dir / "count_context.tsv").string(), row.line, PhraseKey::kCapacity));
        }
        longest_service_phrase_ = std::max(longest_service_phrase_, phrase.size());
        service_numbers_.emplace(phrase, true);
        continue;
      }
      auto& table = side == "after" ? context_after_ : context_before_;
      if (side != "after" && side != "before") {
        throw std::runtime_error(fmt::format("{}:{}: side must be before, after or number",
                                             (dir / "count_context.tsv").string(), row.line));
      }
      if (reason == "container") {
        if (side != "after") {
          throw std::runtime_error(fmt::format("{}:{}: a container is read after the number",
                                               (dir / "count_context.tsv").string(), row.line));
        }
        containers_.add(row.fields[0], info);
      } else if (info.reason == Reason::date) {
        // Month and weekday names count only when capitalised.
        (side == "after" ? dates_after_ : dates_before_).add(row.fields[0], info);
      } else if (info.reason == Reason::year) {
        year_words_.add(row.fields[0], info);
      } else if (info.reason == Reason::bare) {
        bare_blocks_.add(row.fields[0], info);
      } else if (info.reason == Reason::bare_hedged) {
        bare_hedged_blocks_.add(row.fields[0], info);
      } else {
        table.add(row.fields[0], info);
      }
    }
    for (const auto& row : read_lexicon(dir / "count_grammar.tsv", 2)) {
      unsigned role = 0;
      if (row.fields[1] == "stop") role = kStop;
      else if (row.fields[1] == "aux") role = kAux;
      else if (row.fields[1] == "lead") role = kLead;
      else if (row.fields[1] == "hedge") role = kHedgeEnd;
      else if (row.fields[1] == "aside") role = kAside;
      else if (row.fields[1] == "age") role = kAgeWord;
      else if (row.fields[1] == "post") role = kPostModifier;
      else if (row.fields[1] == "report") role = kReportOpener;
      else if (row.fields[1] == "rank") role = kRank;
      else if (row.fields[1] == "period") role = kPeriod;
      else if (row.fields[1] == "rate") role = kRateWord;
      else if (row.fields[1] == "acquired") role = kAcquired;
      else {
        throw std::runtime_error(fmt::format("{}:{}: unknown role '{}'", (dir / "count_grammar.tsv").string(),
                                             row.line, row.fields[1]));
      }
      words_[lower_ascii(row.fields[0])].roles |= role;
    }
    for (const auto& row : read_lexicon(dir / "count_links.tsv", 2)) {
      const std::string& rel = row.fields[1];
      if (rel == "back") back_links_.add(row.fields[0], Link::back);
      else if (rel == "subset") subset_links_.add(row.fields[0], Link::subset);
      else if (rel == "ahead") ahead_links_.add(row.fields[0], Link::ahead);
      else if (rel == "place") place_links_.add(row.fields[0], Link::place);
      else if (rel == "level") level_links_.add(row.fields[0], Link::level);
      else if (rel == "recall_before") recall_before_.add(row.fields[0], Link::recall_before);
      else if (rel == "recall_after") recall_after_.add(row.fields[0], Link::recall_after);
      else if (rel == "follow") follow_links_.add(row.fields[0], Link::follow);
      else {
        throw std::runtime_error(
            fmt::format("{}:{}: unknown relation '{}'", (dir / "count_links.tsv").string(), row.line, rel));
      }
    }
    // The first of equal phrases wins, as in qualifier_from_phrase.
    for (const auto& [phrase, qualifier] : qualifier_phrases()) hedges_.emplace(lower_ascii(phrase), qualifier);
    index_words(nouns_);
    index_words(verbs_);
    for (const auto* table : {&context_before_, &context_after_, &dates_before_, &dates_after_, &year_words_, &bare_blocks_,
                              &bare_hedged_blocks_, &containers_}) {
      index_words(*table);
    }
    for (const auto* table : {&back_links_, &subset_links_, &ahead_links_, &place_links_, &level_links_, &recall_before_,
                              &recall_after_, &follow_links_}) {
      index_words(*table);
    }
    word_index_.build(words_);
  }
  // word_index_ views words_.
  CountsExtractor(const CountsExtractor&) = delete;
  CountsExtractor& operator=(const CountsExtractor&) = delete;

  std::string_view name() const override { return "counts"; }

  // qualifier_from_phrase for a lower-case phrase, by one hash lookup.
  Qualifier hedge_qualifier(std::string_view phrase) const {
    auto it = hedges_.find(phrase);
    return it == hedges_.end() ? Qualifier::none : it->second;
  }

  void extract(const ExtractInput& in, Facts& out) const override {
    const std::string_view text = in.text;
    const std::vector<Number> numbers = find_numbers(text);
    // Scratch kept by each thread across articles: no allocation per article.
    thread_local std::vector<unsigned char> by_form;  // excluded_by_form of each number, asked of most several times
    by_form.resize(numbers.size());
    // A decimal shortly after a decimal rate ("112.3 crimes per 1,000")
    // is one of its league table: "followed by Conwy (104.8)", "the
    // lowest, at 71.9 and 68.4 respectively", "in between on 80.5".
    std::size_t rate_end = 0;
    bool rate_seen = false;
    for (std::size_t j = 0; j < numbers.size(); ++j) {
      const Number& n = numbers[j];
      // One decimal place, as rates are given ("at 7.30" is a time).
      const bool one_place = n.span.end >= 2 && text[n.span.end - 2] == '.';
      const bool near_rate = rate_seen && one_place && n.span.begin < rate_end + kRateTableReach;
      by_form[j] = excluded_by_form(text, n, near_rate);
      if (!by_form[j] && !is_integer(n.value) && decimal_rate_after(text, n.span.end)) {
        rate_seen = true;
        rate_end = n.span.end;
      }
    }
    ArticleState state;
    SentenceWalk sentences(text);
    thread_local std::string folded;
    thread_local std::vector<Token> tokens;
    thread_local std::vector<Reading> readings;
    bool folded_copied = false;
    std::size_t k = 0;
    while (k < numbers.size()) {
      // Money, percentages, times and the like are ruled out by the bytes
      // next to them; only a number that may count something costs a
      // sentence's tokens.
      if (by_form[k] || next_to_money_or_percent(text, numbers[k].span)) {
        ++k;
        continue;
      }
      const auto [begin, sentence_stop] = sentences.around(numbers[k].span.begin);
      const std::size_t end = std::max(sentence_stop, numbers[k].span.end);
      std::size_t first = k;
      while (first > 0 && numbers[first - 1].span.begin >= begin) --first;
      std::size_t last = k;
      while (last < numbers.size() && numbers[last].span.begin < end) ++last;
      // Many sentences hold only years, dates, ages, durations and phone
      // numbers, which the words next to them rule out: such a sentence
      // yields nothing, and is not tokenised.
      bool may_count = false;
      for (std::size_t j = first; j < last && !may_count; ++j) may_count = !never_counted(text, numbers, by_form, j, begin, end);
      if (may_count) {
        if (!folded_copied) {
          folded.assign(text);
          folded_copied = true;
        }
        tokenise(text, begin, end, numbers, by_form, first, folded, tokens);
        read_sentence(text, tokens, readings, state, out);
      }
      k = last;
    }
  }

 private:
  // The counts already read in the article, for links across sentences.
  struct Counted {
    double value = 0;
    std::string_view category, subject;
    Span span;
    bool person = false;  // counts a group of people
  };
  struct ArticleState {
    std::vector<Counted> counts;
  };

  // --- phrase matching over tokens --------------------------------------

  // The phrase of `table` that starts at token `j` (longest first); returns
  // its value and sets `last` to its final token.
  template <typename V>
  const V* match_forward(const PhraseTable<V>& table, const std::vector<Token>& t, std::size_t j,
                         std::size_t* last = nullptr) const {
    if (j >= t.size() || t[j].kind == Token::Kind::number) return nullptr;
    const WordBits& first = t[j].bits(word_index_);
    if (!(first.starts & table.bit())) return nullptr;
    const V* found = first.value(table);
    if (found && last) *last = j;
    if (!(first.longer_after & table.bit())) return found;
    PhraseKey key;
    key.append(t[j].lower, table.longest());
    for (std::size_t k = j + 1; k < t.size() && t[k].kind != Token::Kind::number; ++k) {
      if (!key.append(t[k].lower, table.longest())) break;
      const auto step = table.forward(key.front_view());
      if (step.value) {
        found = step.value;
        if (last) *last = k;
      }
      if (!step.more) break;
    }
    return found;
  }

  // The phrase of `table` that ends at token `j` (longest first); sets
  // `first` to its first token.
  template <typename V>
  const V* match_backward(const PhraseTable<V>& table, const std::vector<Token>& t, std::size_t j,
                          std::size_t* first = nullptr, bool capitalised_only = false) const {
    if (j >= t.size() || t[j].kind == Token::Kind::number) return nullptr;
    const WordBits& last = t[j].bits(word_index_);
    if (!(last.ends & table.bit())) return nullptr;
    auto may_start = [&](const Token& tok) {
      return !(capitalised_only && !tok.capitalised && tok.kind == Token::Kind::word);
    };
    const V* found = nullptr;
    if (const V* whole = last.value(table); whole && may_start(t[j])) {
      found = whole;
      if (first) *first = j;
    }
    if (!(last.longer_before & table.bit())) return found;
    PhraseKey key;
    key.prepend(t[j].lower, table.longest());
    for (std::size_t n = 1; n <= j; ++n) {
      const Token& tok = t[j - n];
      if (tok.kind == Token::Kind::number || !key.prepend(tok.lower, table.longest())) break;
      const auto step = table.backward(key.back_view());
      if (step.value && may_start(tok)) {
        found = step.value;
        if (first) *first = j - n;
      }
      if (!step.more) break;
    }
    return found;
  }

  // The value of `table` for the one-word phrase at token `tok`.
  template <typename V>
  const V* word_value(const PhraseTable<V>& table, const Token& tok) const {
    return tok.bits(word_index_).value(table);
  }

  unsigned role(const Token& t) const { return t.kind == Token::Kind::word ? t.bits(word_index_).roles : 0; }

  bool is_word(const std::vector<Token>& t, std::size_t j) const { return j < t.size() && t[j].kind == Token::Kind::word; }

  // --- the reading of one number ---------------------------------------

  static bool is_integer(double v) {
    // Most values are whole numbers, exactly: no rounding call for them.
    if (std::fabs(v) < 1e15 && v == static_cast<double>(static_cast<std::int64_t>(v))) return true;
    return std::fabs(v - std::round(v)) < 1e-9;
  }

  // True if `bytes` are written at `pos` (compared in place: this runs for
  // every number of the text).
  static bool has_at(std::string_view text, std::size_t pos, std::string_view bytes) {
    if (pos > text.size() || text.size() - pos < bytes.size()) return false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      if (text[pos + i] != bytes[i]) return false;
    }
    return true;
  }

  // True if a rate's base follows the decimal number ending at `pos`, past
  // at most three words: "82.4 crimes per 1,000", "76.1 per 1,000" (official
  // rates are given to one decimal place; GUIDELINES count a rate's
  // numerator). "per cent" is a percentage, not a base.
  static bool decimal_rate_after(std::string_view text, std::size_t pos) {
    for (int words = 0; words <= 3; ++words) {
      while (pos < text.size() && text[pos] == ' ') ++pos;
      if (has_at(text, pos, "per ")) {
        return pos + 4 < text.size() && is_ascii_digit(static_cast<unsigned char>(text[pos + 4]));
      }
      const std::size_t start = pos;
      while (pos < text.size() && (is_ascii_alpha(static_cast<unsigned char>(text[pos])) || text[pos] == '-')) ++pos;
      if (pos == start) return false;
    }
    return false;
  }

  // Rules out numbers by their written form alone: vague, fractional,
  // leading zeros, glued to times, dates, codes or hyphenated words.
  static bool excluded_by_form(std::string_view text, const Number& n, bool near_rate) {
    if (!n.exact) return true;
    if (!is_integer(n.value) && !(n.has_digits && !n.has_scale && (near_rate || decimal_rate_after(text, n.span.end)))) {
      return true;
    }
    const Span s = n.span;
    if (n.has_digits && text[s.begin] == '0' && s.end > s.begin + 1 && is_ascii_digit(static_cast<unsigned char>(text[s.begin + 1]))) {
      return true;  // phone numbers and codes: 0800, 01206
    }
    auto digit_at = [&](std::size_t i) { return i < text.size() && is_ascii_digit(static_cast<unsigned char>(text[i])); };
    auto word_at = [&](std::size_t i) { return i < text.size() && is_word_byte(static_cast<unsigned char>(text[i])); };
    if (s.end < text.size()) {
      const char c = text[s.end];
      if ((c == '/' || c == ':' || c == '.') && digit_at(s.end + 1)) return true;  // 6:13, 3/4, 24/7
      if (c == '-' && word_at(s.end + 1)) return true;  // 15-year-old, five-year, 10-15
      if (c == '\xE2' && has_at(text, s.end, "\xE2\x80\x93") && digit_at(s.end + 3)) return true;  // 10–15
    }
    if (s.begin > 0) {
      const char c = text[s.begin - 1];
      if ((c == '/' || c == ':') && s.begin >= 2 && digit_at(s.begin - 2)) return true;
      if (c == '-' && s.begin >= 2 && word_at(s.begin - 2)) return true;  // Covid-19, 2013-14
      if (c == '\x93' && s.begin >= 4 && has_at(text, s.begin - 3, "\xE2\x80\x93") && digit_at(s.begin - 4)) return true;
      if (c == '.' && s.begin >= 2 && is_ascii_alpha(static_cast<unsigned char>(text[s.begin - 2]))) return true;  // No.5
    }
    return false;
  }

  // A currency sign just before, or a percent sign or "pc" just after.
  static bool next_to_money_or_percent(std::string_view text, Span s) {
    // Each sign is compared in full only when its last (or first) byte is
    // there: most numbers have a space on either side.
    std::size_t b = s.begin;
    if (b > 0) {
      const char before = text[b - 1];
      if (before == '$') return true;
      if (before == '\xA3' && b >= 2 && has_at(text, b - 2, "\xC2\xA3")) return true;      // £
      if (before == '\xAC' && b >= 3 && has_at(text, b - 3, "\xE2\x82\xAC")) return true;  // €
    }
    std::size_t e = s.end;
    if (e < text.size() && text[e] == ' ') ++e;
    return e < text.size() && (text[e] == '%' || (text[e] == 'p' && has_at(text, e, "pc") &&
                                                  !(e + 2 < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[e + 2])))));
  }

  static bool year_like(const Number& n) {
    if (!n.has_digits || n.has_scale || n.span.end - n.span.begin != 4) return false;
    return n.value >= 1800 && n.value <= 2100;
  }

  // The token after a financial year written as one word at token `k`
  // ("2023/24", "2019-20"), a modifier inside a noun phrase ("138 of the
  // 2023/24 offences"); else `k`.
  static std::size_t past_financial_year(const std::vector<Token>& t, std::size_t k) {
    if (k + 2 < t.size() && t[k].kind == Token::Kind::number && year_like(*t[k].number) &&
        (t[k + 1].lower == "/" || t[k + 1].lower == "-") && inside_word(t, k + 1) &&
        t[k + 2].kind == Token::Kind::number && t[k + 2].number->value < 100) {
      return k + 3;
    }
    return k;
  }

  // Written as a day of the month (one or two digits, 1-31) or a year.
  static bool day_or_year(const Number& n) {
    if (year_like(n)) return true;
    return n.has_digits && !n.has_scale && n.exact && n.span.end - n.span.begin <= 2 && n.value >= 1 && n.value <= 31;
  }

  // The counted noun at token `j`: a listed noun (a run of listed nouns
  // takes the last: "firearms offences"). Returns the token range.
  std::optional<std::pair<std::size_t, std::size_t>> listed_noun_at(const std::vector<Token>& t, std::size_t j,
                                                                   const NounInfo** info) const {
    std::size_t last = 0;
    const NounInfo* found = match_forward(nouns_, t, j, &last);
    if (!found) return std::nullopt;
    std::size_t first = j;
    for (;;) {
      // A quoted modifier goes on past its closing quote: six "deal line" phones.
      const std::size_t from = last + 1 < t.size() && is_quote(t[last + 1].lower) ? last + 2 : last + 1;
      std::size_t next_last = 0;
      const NounInfo* next = match_forward(nouns_, t, from, &next_last);
      if (!next || !is_word(t, from)) break;
      found = next;
      last = next_last;
    }
    // "280,000 individual doses": the noun modifies a unit, and counts nothing.
    if (last + 1 < t.size() && t[last + 1].kind == Token::Kind::word) {
      if (const ContextInfo* unit = word_value(context_after_, t[last + 1]); unit && unit->unit) return std::nullopt;
    }
    *info = found;
    // A compound whose head no lexicon lists: "cannabis farm discoveries".
    if (plain_plural(t, last + 1)) {
      *info = nullptr;
      return std::make_pair(first, last + 1);
    }
    return std::make_pair(first, last);
  }

  // A plain plural that no lexicon lists: "416 links", "12 cannabis
  // factories", "13 local policing divisions". Only lower-case words, at
  // most two modifiers before it.
  std::optional<std::pair<std::size_t, std::size_t>> plain_plural_at(const std::vector<Token>& t, std::size_t j) const {
    if (plain_plural(t, j)) return std::make_pair(j, j);
    if (!plain_word(t, j)) return std::nullopt;
    if (plain_plural(t, j + 1)) return std::make_pair(j + 1, j + 1);
    if (plain_word(t, j + 1) && plain_plural(t, j + 2)) return std::make_pair(j + 2, j + 2);
    return std::nullopt;
  }

  bool plain_plural(const std::vector<Token>& t, std::size_t j) const {
    if (!plain_word(t, j)) return false;
    const std::string_view w = t[j].lower;
    if (w.size() < 4 || w.back() != 's') return false;
    const char before_s = w[w.size() - 2];
    if (before_s == 's' || before_s == 'u' || before_s == 'i' || before_s == '\'') return false;
    return !word_value(context_after_, t[j]) && !word_value(dates_after_, t[j]);  // "five years", "cannabis plants"
  }

  // A lower-case word that may stand in a noun phrase.
  bool plain_word(const std::vector<Token>& t, std::size_t j) const {
    if (!is_word(t, j) || t[j].capitalised || (role(t[j]) & ~kAcquired) != 0 || word_value(verbs_, t[j])) return false;
    for (char c : t[j].lower) {
      if (is_ascii_digit(static_cast<unsigned char>(c))) return false;
    }
    return true;
  }

  // The verb that governs the number from before it: skips the number's
  // hedge and lead words ("arrested a total of 31 people"). Sets
  // `past_in` if one of them is "in" ("seized in 12 homes").
  const VerbInfo* verb_before(const std::vector<Token>& t, std::size_t lead, bool* past_in = nullptr) const {
    std::size_t j = lead;
    for (std::size_t skipped = 0; j > 0 && skipped <= 4; ++skipped) {
      const Token& prev = t[j - 1];
      if (prev.kind != Token::Kind::word) return nullptr;
      if (const VerbInfo* v = match_backward(verbs_, t, j - 1)) return v->by_object ? nullptr : v;
      if (past_in && prev.lower == "in") *past_in = true;
      // The upper end of a range: "arrested between 10 and 15 people".
      if (j >= 4 && (prev.lower == "and" || prev.lower == "to") && t[j - 2].kind == Token::Kind::number &&
          (t[j - 3].lower == "between" || t[j - 3].lower == "from")) {
        j -= 2;
        continue;
      }
      // A verb of ours joined to another: "charged or reported 63 people".
      if (j >= 3 && (t[j - 2].lower == "or" || t[j - 2].lower == "and")) {
        if (const VerbInfo* v = match_backward(verbs_, t, j - 3); v && !v->by_object) return v;
      }
      if (!(role(prev) & kLead)) return nullptr;
      --j;
    }
    return nullptr;
  }

  // The verb acting on `cls` after a noun (or a bare number) ending at
  // token `last`: skips auxiliaries ("760 people have been arrested", "22
  // people arrested").
  const VerbInfo* verb_after(const std::vector<Token>& t, std::size_t last, NounClass cls,
                             bool past_apposition = true) const {
    std::size_t j = last + 1;
    // An apposition between commas or dashes: "Two men, aged 19 and 23,
    // were arrested", "nine people - six men and three women - were held".
    if (past_apposition && j < t.size() && (t[j].lower == "," || t[j].lower == "-")) {
      const std::string_view opener = t[j].lower;
      for (std::size_t k = j + 1; k < t.size() && k <= j + kLongApposition; ++k) {
        if (t[k].lower == opener) {
          // A list of ages goes on: "aged 15, 16 and 17, were arrested".
          if (k + 1 < t.size() && t[k + 1].kind == Token::Kind::number) continue;
          // A long one must end where the verb starts: "Three people, a
          // 45-year-old man from Manukau and two women aged 29 and 33,
          // were arrested".
          if (k > j + kApposition && !(k + 1 < t.size() && closes_subject_apposition(t, k + 1))) break;
          j = k + 1;
          break;
        }
        if (t[k].kind == Token::Kind::punct && !inside_word(t, k)) break;
      }
    }
    // Ages straight after the noun: "Two men aged 18 and 19 were charged",
    // "five people aged under 18 were arrested".
    if (j + 1 < t.size() && t[j].lower == "aged") {
      std::size_t age = j + 1;
      if (age + 1 < t.size() && t[age].kind == Token::Kind::word &&
          ((role(t[age]) & kHedgeEnd) || t[age].lower == "between" || t[age].lower == "from")) {
        ++age;
      }
      if (t[age].kind == Token::Kind::number) {
        j = age + 1;
        while (j + 1 < t.size() && is_list_word(t[j].lower) && t[j + 1].kind == Token::Kind::number) j += 2;
      }
    }
    // The last member of an apposition between commas, its verb after the
    // closing comma: "Three people, a man and two women aged 29 and 33,
    // were arrested". An auxiliary must open the verb: in "arrested two
    // men, who were later charged" the men are not the subject.
    if (j + 2 < t.size() && t[j].lower == "," && closes_subject_apposition(t, j + 1)) ++j;
    // A second member of the subject, not counted: "Two men and a woman
    // were arrested", "three boys and a 15-year-old girl were charged",
    // "1,200 children and young people were charged".
    if (j + 1 < t.size() && t[j].lower == "and") {
      const bool article = t[j + 1].lower == "a" || t[j + 1].lower == "an" || t[j + 1].lower == "another";
      const NounInfo* info = nullptr;
      if (auto noun = find_noun(t, j + 1 + article, &info); noun && info && info->cls == cls) j = noun->second + 1;
    }
    const std::size_t first = j;
    // Only a noun takes a phrase after it; a bare number's "of" is a link
    // ("Nine of the 11 suspects").
    if (past_apposition && j < t.size() && (role(t[j]) & kPostModifier)) {
      if (const VerbInfo* v = verb_after_post_modifier(t, j, cls)) return v;
      return verb_past_asides(t, last, cls);
    }
    for (std::size_t skipped = 0; j < t.size() && skipped <= 5; ++skipped, ++j) {
      if (t[j].kind != Token::Kind::word) return past_apposition && j == first ? verb_past_asides(t, last, cls) : nullptr;
      std::size_t verb_last = 0;
      const VerbInfo* v = match_forward(verbs_, t, j, &verb_last);
      if (v && v->acts_on(cls)) {
        if (v->by_object) return object_of_category(t, verb_last + 1, v->category) ? v : nullptr;
        // Straight after the noun and followed by an object, the verb is
        // active and the noun its doer: "40 officers arrested 22 people".
        if (j == first && takes_object(t, verb_last + 1)) return nullptr;
        return v;
      }
      if (!v && (role(t[j]) & kAux)) continue;
      // Another verb first, then ours: "were found inside and arrested".
      for (std::size_t k = j + 1; k < t.size() && k <= j + 3; ++k) {
        if (t[k].kind != Token::Kind::word) break;
        if (t[k].lower == "and") {
          const VerbInfo* later = verb_past_auxiliaries(t, k + 1);
          return later && later->acts_on(cls) ? later : nullptr;
        }
      }
      return nullptr;
    }
    return nullptr;
  }

  // The main verb of a subject that carries several asides: "Two boys,
  // aged 15 and 16, from Leigh, who were used as couriers, have since been
  // safeguarded", "Two men found sleeping in a shed, who had been
  // trafficked, admitted growing cannabis and were jailed", "Three
  // couriers - A, 19, of Speke, and B, 20, of Huyton - were jailed". The
  // verb must follow a comma (or the closing dash) after the noun ending
  // at token `last`: an auxiliary and ours, or a verb of its own and then
  // "and" with ours; a stop or other mark ends the search.
  const VerbInfo* verb_past_asides(const std::vector<Token>& t, std::size_t last, NounClass cls) const {
    const bool dashed = last + 1 < t.size() && t[last + 1].lower == "-";
    for (std::size_t k = last + 2; k + 1 < t.size() && k <= last + kAsideChainReach; ++k) {
      if (t[k].kind != Token::Kind::punct || inside_word(t, k)) continue;
      if (t[k].lower != "," && t[k].lower != "-") return nullptr;
      if (dashed != (t[k].lower == "-")) {
        if (dashed) continue;  // the commas of a list of names inside dashes
        return nullptr;
      }
      const std::size_t m = k + 1;
      if (t[m].kind != Token::Kind::word || (role(t[m]) & kPostModifier)) {
        if (dashed) return nullptr;
        continue;
      }
      const VerbInfo* v = nullptr;
      if (role(t[m]) & kAux) {
        v = verb_past_auxiliaries(t, m + 1);
      } else {
        for (std::size_t a = m + 1; a < t.size() && a <= m + 3 && t[a].kind == Token::Kind::word; ++a) {
          if (t[a].lower == "and") {
            v = verb_past_auxiliaries(t, a + 1);
            break;
          }
        }
      }
      if (v || dashed) return v && v->acts_on(cls) ? v : nullptr;
    }
    return nullptr;
  }
  static constexpr std::size_t kAsideChainReach = 40;

  // The token of a ratio's second number, after the number at token `a`
  // and a joiner ("in", "in every", "out of every", and "out of" before a
  // base such as 10 or 100), else 0. "arrested 12 out of 40 people" is a
  // part of a group, not a ratio.
  static std::size_t ratio_second(const std::vector<Token>& t, std::size_t a) {
    std::size_t b = a + 1;
    bool out_of = false;
    if (b < t.size() && t[b].lower == "in") {
      ++b;
    } else if (b + 1 < t.size() && t[b].lower == "out" && t[b + 1].lower == "of") {
      b += 2;
      out_of = true;
    } else {
      return 0;
    }
    if (b < t.size() && t[b].lower == "every") {
      ++b;
      out_of = false;
    }
    if (b >= t.size() || t[b].kind != Token::Kind::number) return 0;
    const double base = t[b].number->value;
    if (out_of && base > 10 && base != 100 && base != 1000) return 0;
    return b;
  }
  static constexpr std::size_t kLongestRatioJoiner = 3;  // "out of every"
  static constexpr double kOldestAge = 110;

  // True if token `k`, a hyphen or other mark, joins the words on either
  // side with no space ("a 45-year-old man"): it ends no phrase.
  static bool inside_word(const std::vector<Token>& t, std::size_t k) {
    return k > 0 && k + 1 < t.size() && t[k - 1].span.end == t[k].span.begin && t[k].span.end == t[k + 1].span.begin;
  }

  // True if the words from token `k` are an auxiliary (not a relative
  // pronoun) and then a verb: what follows the comma closing an
  // apposition ("..., were arrested", "..., have since been charged").
  bool closes_subject_apposition(const std::vector<Token>& t, std::size_t k) const {
    if (t[k].kind != Token::Kind::word || !(role(t[k]) & kAux) || (role(t[k]) & kPostModifier)) return false;
    return verb_past_auxiliaries(t, k + 1) != nullptr;
  }

  // The listed verb that the words from token `m` reach within three words,
  // past auxiliaries only ("later charged", "since been charged"), or null.
  const VerbInfo* verb_past_auxiliaries(const std::vector<Token>& t, std::size_t m) const {
    for (const std::size_t last = m + 2; m < t.size() && m <= last && t[m].kind == Token::Kind::word; ++m) {
      if (const VerbInfo* v = match_forward(verbs_, t, m)) return v;
      if (!(role(t[m]) & kAux)) return nullptr;
    }
    return nullptr;
  }

  // The passive verb of the main clause after a phrase or relative clause
  // that follows the counted noun (from token `j`, its first word): "Nine
  // members of a gang that sold heroin have been jailed", "Three women who
  // stored drugs were given sentences", "Five men in their 20s were
  // arrested". An auxiliary must come first, so "20 officers from the unit
  // arrested 5 men" is not read as officers arrested.
  const VerbInfo* verb_after_post_modifier(const std::vector<Token>& t, std::size_t j, NounClass cls) const {
    for (std::size_t k = j + 1; k < t.size() && k <= j + kPostModifierReach; ++k) {
      // A mark inside a word goes on: "in 2023/24", "a 15-year-old".
      if (t[k].kind == Token::Kind::punct && !inside_word(t, k)) return nullptr;
      if (t[k].kind != Token::Kind::word) continue;
      // A verb that needs no auxiliary, its object showing what it gives:
      // "19 people between the ages of 21 and 56 face 126 charges".
      std::size_t verb_last = 0;
      if (const VerbInfo* v = match_forward(verbs_, t, k, &verb_last);
          v && v->by_object && v->acts_on(cls) && object_of_category(t, verb_last + 1, v->category)) {
        return v;
      }
      if (!(role(t[k]) & kAux) || (role(t[k]) & kPostModifier)) continue;
      if (const VerbInfo* v = verb_past_auxiliaries(t, k + 1); v && v->acts_on(cls)) return v;
    }
    return nullptr;
  }

  // True if a listed noun of `category` ends the phrase from token `j`,
  // within a few words: "face a total of 126 charges", "face drugs charges".
  bool object_of_category(const std::vector<Token>& t, std::size_t j, std::string_view category) const {
    for (std::size_t k = j; k < t.size() && k < j + kObjectReach; ++k) {
      if (t[k].kind == Token::Kind::punct) return false;
      const NounInfo* info = nullptr;
      if (listed_noun_at(t, k, &info) && info && info->category == category) return true;
    }
    return false;
  }

  // True if token `j` starts an object: a number, an article or a listed noun.
  bool takes_object(const std::vector<Token>& t, std::size_t j) const {
    if (j >= t.size()) return false;
    if (t[j].kind == Token::Kind::number) return true;
    if (t[j].kind != Token::Kind::word) return false;
    const std::string_view w = t[j].lower;
    return w == "a" || w == "an" || w == "the" || w == "their" || w == "his" || w == "her" || w == "its" ||
           match_forward(nouns_, t, j) != nullptr;
  }

  // How many tokens an apposition between commas may hold; up to the
  // longer reach only when the subject's verb follows it.
  static constexpr std::size_t kApposition = 8;
  static constexpr std::size_t kLongApposition = 20;
  // How far a phrase or clause after a counted noun may run before its verb.
  static constexpr std::size_t kPostModifierReach = 16;
  // How far after a verb its object's noun may end ("face a total of 126 charges").
  static constexpr std::size_t kObjectReach = 6;

  // Service numbers are short: "999", "911", "101".
  static constexpr std::size_t kServiceNumberDigits = 3;

  bool excluded_by_context(const std::vector<Token>& t, Reading& r, bool& blocks_bare) const {
    // An emergency or service number used as a word: "999 calls", "a 911 call".
    if (t[r.tok].lower.size() <= kServiceNumberDigits && r.tok + 1 < t.size() &&
        t[r.tok + 1].kind == Token::Kind::word &&
        t[r.tok].lower.size() + 1 + t[r.tok + 1].lower.size() <= longest_service_phrase_) {
      PhraseKey key;
      key.append(t[r.tok].lower, PhraseKey::kCapacity);
      key.append(t[r.tok + 1].lower, PhraseKey::kCapacity);
      if (service_numbers_.contains(key.front_view())) return true;
    }
    // After the number: units, durations, money, percentages, months;
    // unless a listed noun starts there ("298 deal lines" is not "deals").
    std::size_t noun_last = 0;
    const bool listed_noun_next = match_forward(nouns_, t, r.tok + 1, &noun_last) != nullptr;
    std::size_t unit_last = 0;
    if (const ContextInfo* unit = listed_noun_next ? nullptr : match_forward(context_after_, t, r.tok + 1, &unit_last)) {
      // "64 parcels containing pills": the parcels are what is counted.
      if (unit->package && unit_last + 1 < t.size() && t[unit_last + 1].lower == "containing") {
        r.container = std::make_pair(r.tok + 1, unit_last);
        return false;
      }
      r.after = unit_last + 1;  // "14 weeks to four": the list goes on after the unit
      r.spreads = unit->spreads;
      return true;
    }
    // "hidden inside 30 boxes", "in 12 large crates": what a haul was
    // packed in, not a count.
    if (in_containers(t, r.lead) &&
        (match_forward(containers_, t, r.tok + 1) || (plain_word(t, r.tok + 1) && match_forward(containers_, t, r.tok + 2)))) {
      return true;
    }
    if (r.tok + 1 < t.size() && t[r.tok + 1].capitalised && match_forward(dates_after_, t, r.tok + 1)) {
      r.date = true;
      return true;
    }
    if (r.tok + 2 < t.size() && t[r.tok + 1].lower == "of" && t[r.tok + 2].capitalised &&
        match_forward(dates_after_, t, r.tok + 2)) {
      return true;  // "3 of October"
    }
    // Before it (and before its hedge): ages, references, rates, money.
    auto excluded_before = [&](std::size_t j) {
      if (j >= t.size()) return false;
      if (const ContextInfo* c = match_backward(context_before_, t, j)) {
        // "last year 312 people": the phrase says when, the number starts
        // what happened.
        if (c->reason == Reason::when) return false;
        r.spreads = c->spreads;
        return true;
      }
      // "March 5", "Monday 13", "May 2023"; not "During March 45 people"
      // or "On Monday two men".
      r.date = match_backward(dates_before_, t, j, nullptr, true) != nullptr && day_or_year(*t[r.tok].number);
      return r.date;
    };
    const std::size_t lead = r.lead;
    // A school year: "a Year 7 pupil", "Year 11 students".
    if (lead > 0 && r.tok == lead && t[lead - 1].capitalised && t[lead - 1].lower == "year" &&
        t[r.tok].number->value <= kLastSchoolYear && is_integer(t[r.tok].number->value)) {
      return true;
    }
    if (lead > 0 && excluded_before(lead - 1)) return true;
    if (r.tok > 0 && r.tok != lead && excluded_before(r.tok - 1)) return true;
    // "aged between 15 and 18" reaches past a "between".
    if (lead > 1 && (t[lead - 1].lower == "between" || t[lead - 1].lower == "from")) {
      if (excluded_before(lead - 2)) return true;
    }
    // "were under 25": a copula and the hedge make a bare number a limit
    // (an age, mostly), not a count.
    blocks_bare = (lead > 0 && match_backward(bare_blocks_, t, lead - 1) != nullptr) ||
                  (r.tok > 0 && r.tok != lead && match_backward(bare_hedged_blocks_, t, r.tok - 1) != nullptr) ||
                  age_of_extreme(t, lead);
    return false;
  }
  static constexpr double kLastSchoolYear = 13;

  // True if a bare number at token `lead` follows a copula whose subject
  // is the youngest or oldest of a group: "The youngest suspect in the
  // latest year was 11", "the oldest victim is 91" (an age).
  static bool age_of_extreme(const std::vector<Token>& t, std::size_t lead) {
    if (lead < 3) return false;
    const std::string_view copula = t[lead - 1].lower;
    if (copula != "was" && copula != "is" && copula != "were" && copula != "are") return false;
    for (std::size_t k = lead - 1, back = 0; k-- > 0 && back < kExtremeReach; ++back) {
      if (t[k].kind != Token::Kind::word) return false;
      if (t[k].lower == "youngest" || t[k].lower == "oldest") return true;
    }
    return false;
  }
  static constexpr std::size_t kExtremeReach = 10;

  // True if the number whose hedge starts at token `lead` follows "in",
  // "inside", "into" or "within", or ends a list of containers after one:
  // "in 2 suitcases and 5 holdalls".
  bool in_containers(const std::vector<Token>& t, std::size_t lead) const {
    auto joins = [](std::string_view w) { return (w.size() == 1 && w[0] == ',') || (w.size() == 3 && w == "and"); };
    while (lead >= 3 && joins(t[lead - 1].lower) &&
           t[lead - 3].kind == Token::Kind::number && match_forward(containers_, t, lead - 2)) {
      lead -= 3;
    }
    return lead > 0 && is_container_preposition(t[lead - 1].lower);
  }

  static bool is_container_preposition(std::string_view w) {
    if (w.size() < 2 || (w[0] != 'i' && w[0] != 'w')) return false;  // most words, at one test
    return w == "in" || w == "inside" || w == "into" || w == "within";
  }

  // The entry of a lower-case token text in words_, or null.
  const WordBits* bits_of(std::string_view lower) const {
    return word_index_.find(lower);
  }

  // True if numbers[j] of the sentence text[begin, end) is sure to yield
  // no count, from the bytes near it alone: read_number_at rules it out
  // by its written form, by the one token after it (a year with no listed
  // noun after it, a unit or duration, a month, "one of ...") or by the
  // one word before it (an age, a reference, a rate, a month); or it
  // stands between two numbers with nothing a rule reads after it (a
  // phone number: "0800 555 111"). False when in doubt: the sentence is
  // then tokenised and read in full.
  bool never_counted(std::string_view text, const std::vector<Number>& numbers, const std::vector<unsigned char>& by_form,
                     std::size_t j, std::size_t begin, std::size_t end) const {
    const Number& n = numbers[j];
    if (by_form[j]) return true;
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::array<char, 32> buffer;
    // A word in lower case (in `buffer` if it has capitals), or empty if
    // it is longer than any listed word can be.
    auto lower = [&](std::size_t b, std::size_t e, bool has_capitals) -> std::string_view {
      if (!has_capitals) return text.substr(b, e - b);
      if (e - b > buffer.size()) return {};
      for (std::size_t i = b; i < e; ++i) buffer[i - b] = to_lower_ascii(text[i]);
      return {buffer.data(), e - b};
    };
    // The token after the number, cut as tokenise cuts it.
    const std::size_t next_number = j + 1 < numbers.size() ? numbers[j + 1].span.begin : kNone;
    std::size_t i = skip_token_gap(text, n.span.end, end);
    // The end of the sentence, a number, or punctuation that starts no
    // phrase of any table and is no hedge ("100+"): no noun, verb or link
    // follows.
    bool nothing_after = false;
    if (i >= end || i == next_number) {
      if (year_like(n)) return true;  // no listed noun after the year
      nothing_after = true;
    } else {
      const std::size_t start = i;
      bool has_capitals = false;
      const Token::Kind kind = scan_token(text, i, end, next_number, has_capitals);
      const std::string_view after =
          kind == Token::Kind::punct ? fold_punct(text.substr(start, i - start)) : lower(start, i, has_capitals);
      if (after.empty()) return false;
      const WordBits* bits = bits_of(after);
      const bool noun_may_follow = bits && (bits->starts & nouns_.bit());
      if (year_like(n) && !noun_may_follow) return true;
      if (kind == Token::Kind::word && bits) {
        // "ten years", "6 miles"; a package may be counted ("64 parcels containing pills").
        if (const ContextInfo* unit = bits->value(context_after_); unit && !noun_may_follow && !unit->package) return true;
        if ((token_byte(text[start]) & kUpperByte) && bits->value(dates_after_)) return true;  // "5 June"
      }
      // "one of the men": the word one before "of" and more words.
      if (kind == Token::Kind::word && !n.has_digits && n.value == 1 && after == "of" &&
          skip_token_gap(text, i, end) < end) {
        return true;
      }
      nothing_after = kind == Token::Kind::punct && (!bits || bits->starts == 0) && after != "+";
    }
    // After a number token, which starts the sentence or follows a space
    // (no word runs into it), no verb, hedge or link reads back past it;
    // with nothing after, the number stays bare.
    if (nothing_after && j > 0) {
      const Span previous = numbers[j - 1].span;
      if (previous.begin >= begin && (previous.begin == begin || (token_byte(text[previous.begin - 1]) & kSpaceByte)) &&
          skip_token_gap(text, previous.end, end) == n.span.begin) {
        return true;
      }
    }
    // The word before the number: letters after a byte that no token runs
    // across (tokenise starts a token there too), then spaces.
    std::size_t word_end = n.span.begin;
    while (word_end > begin && text[word_end - 1] == ' ') --word_end;
    std::size_t word_begin = word_end;
    while (word_begin > begin && is_ascii_alpha(static_cast<unsigned char>(text[word_begin - 1]))) --word_begin;
    if (word_begin == word_end || word_end == n.span.begin || (j > 0 && numbers[j - 1].span.end > word_begin)) return false;
    if (word_begin > begin) {
      const auto c = static_cast<unsigned char>(text[word_begin - 1]);
      if (is_word_byte(c) || c == '-' || c == '\'') return false;
    }
    bool has_capitals = false;
    for (std::size_t b = word_begin; b < word_end; ++b) has_capitals |= is_ascii_upper(static_cast<unsigned char>(text[b]));
    const std::string_view before = lower(word_begin, word_end, has_capitals);
    const WordBits* bits = before.empty() ? nullptr : bits_of(before);
    if (!bits) return false;
    // "aged 25", "section 18": a one-word context phrase that no longer
    // phrase ends with, and that does not say when.
    if (bits->ends & context_before_.bit()) {
      const ContextInfo* c = bits->value(context_before_);
      return c && c->reason != Reason::when && !(bits->longer_before & context_before_.bit());
    }
    // "June 2023", "March 5".
    return is_ascii_upper(static_cast<unsigned char>(text[word_begin])) && bits->value(dates_before_) && day_or_year(n);
  }

  Reading read_number_at(std::string_view text, const std::vector<Token>& t, std::size_t i, TitleCase& title_case) const {
    Reading r;
    r.tok = i;
    r.lead = i;
    r.after = i + 1;
    const Number& n = *t[i].number;
    if (t[i].excluded_by_form) {
      r.state = Reading::State::excluded;
      return r;
    }
    // The hedge before: "more than", "nearly", "up to" (read from the
    // tokens: up to three words, longest first).
    std::string phrase;
    const bool may_hedge = i > 0 && (role(t[i - 1]) & kHedgeEnd);
    for (std::size_t words = may_hedge ? std::min<std::size_t>(3, i) : 0; words >= 1; --words) {
      phrase.clear();
      bool all_words = true;
      for (std::size_t k = i - words; k < i && all_words; ++k) {
        all_words = t[k].kind == Token::Kind::word;
        if (!phrase.empty()) phrase += ' ';
        phrase += t[k].lower;
      }
      if (!all_words) continue;
      if (const Qualifier q = hedge_qualifier(phrase); q != Qualifier::none) {
        r.qualifier = q;
        r.lead = i - words;
        break;
      }
    }
    // A hedge after: "100 or more", "100-plus", "100+".
    if (r.after < t.size()) {
      if (t[r.after].lower == "+" || t[r.after].lower == "plus") {
        if (r.qualifier == Qualifier::none) r.qualifier = Qualifier::more_than;
        ++r.after;
      } else if (r.after + 1 < t.size() && t[r.after].lower == "or" &&
                 (t[r.after + 1].lower == "more" || t[r.after + 1].lower == "so")) {
        if (r.qualifier == Qualifier::none) {
          r.qualifier = t[r.after + 1].lower == "more" ? Qualifier::at_least : Qualifier::approximately;
        }
        r.after += 2;
      }
    }
    bool blocks_bare = false;
    r.spreads = true;  // unless the context phrase says otherwise
    if (excluded_by_context(t, r, blocks_bare)) {
      r.state = Reading::State::excluded;
      return r;
    }
    r.spreads = false;
    // A ratio: "one in five", "3 in 10 people", "nine out of 10 victims",
    // "three out of every four"; either number of it.
    auto ratio = [&](std::size_t a) {  // token a, then a joiner and a larger number
      if (t[a].kind != Token::Kind::number) return false;
      const std::size_t b = ratio_second(t, a);
      return b != 0 && !year_like(*t[b].number) && t[b].number->value > t[a].number->value;
    };
    bool in_ratio = ratio(i);
    for (std::size_t back = 2; back <= kLongestRatioJoiner + 1 && back <= i && !in_ratio; ++back) {
      in_ratio = ratio_second(t, i - back) == i && ratio(i - back);
    }
    if (in_ratio) {
      r.state = Reading::State::excluded;
      return r;
    }
    if (year_like(n)) {
      const NounInfo* info = nullptr;
      const bool noun_follows = listed_noun_at(t, i + 1, &info).has_value();
      const bool after_year_word = i > 0 && (match_backward(year_words_, t, i - 1) ||
                                             match_backward(dates_before_, t, i - 1, nullptr, true));
      if (!noun_follows || after_year_word) {
        // A year does not spread: "from 31 in 2021 to 58".
        r.state = Reading::State::excluded;
        return r;
      }
    }
    const bool is_word_one = !n.has_digits && n.value == 1;

    // The counted noun after the number: modifiers, then a listed noun.
    std::size_t j = r.after;
    const NounInfo* info = nullptr;
    if (j + 1 < t.size() && t[j].lower == "of") {
      // "133 of those children", "five of the men", "30 of the 36 areas".
      if (is_word_one) {
        r.state = Reading::State::excluded;
        return r;
      }
      std::size_t k = j + 1;
      // "Seven of those arrested were under 18", "Eleven of those
      // arrested have since been charged": the later verb wins.
      std::size_t verb_last = 0;
      // "Two of the accused, X and Y, were remanded": a group named by
      // a participle, as "those arrested".
      const VerbInfo* participle = t[k].lower == "the" && k + 1 < t.size() ? match_forward(verbs_, t, k + 1) : nullptr;
      const bool named_by_participle = participle && participle->acts_on(NounClass::person) &&
                                       !match_forward(nouns_, t, k + 1);
      if ((subset_pronoun(t[k].lower) || named_by_participle) && k + 1 < t.size()) {
        const VerbInfo* v = nullptr;
        if (const VerbInfo* first = match_forward(verbs_, t, k + 1, &verb_last); first && first->acts_on(NounClass::person)) {
          const VerbInfo* later = verb_after(t, verb_last, NounClass::person);
          v = later && later->acts_on(NounClass::person) ? later : first;
        } else {
          // "40 people, 12 of whom were later charged": the verb after the
          // pronoun, past auxiliaries, says what the part are.
          v = verb_after(t, k, NounClass::person, false);
        }
        if (v) {
          r.state = Reading::State::count;
          r.category = r.predicate_category = v->category;
          r.cls = NounClass::person;
          r.verb_found = true;
          return r;
        }
      }
      if (is_word(t, k) && (role(t[k]) & kStop)) ++k;
      k = past_financial_year(t, k);
      if (k < t.size() && t[k].kind != Token::Kind::number) {
        if (auto noun = find_noun(t, k, &info)) {
          // "Two of his brothers": a part of what is never a statistic.
          if (info && info->category == kNotCounted) {
            r.state = Reading::State::excluded;
            return r;
          }
          if (info) {
            r.partitive_subject = span_text(text, t, *noun);
            r.partitive_noun = noun;
            r.partitive_info = info;
          }
          // "nine counts of burglary and four of fraud": with no
          // determiner, a crime after "of" is what the counts are of, and
          // the links below read the number.
          const bool elliptical = info && info->cls == NounClass::fixed && k == j + 1;
          if (info && !subset_pronoun(t[j + 1].lower) && !elliptical) {
            set_noun(text, t, r, *noun, info);
            r.noun.reset();  // the noun is not next to the number: keep the span short
          }
          // A part of a group no lexicon lists, when a verb says what befell
          // it: "Three of his couriers, aged 22 to 29, were jailed".
          if (!info) {
            Reading people = r;
            set_plain_noun(text, t, people, *noun);
            take_person_verb(t, people);
            if (people.verb_found) {
              r = people;
              r.noun.reset();
            }
          }
        }
      }
    } else if (r.container) {
      set_plain_noun(text, t, r, *r.container);
    } else if (auto noun = find_noun(t, j, &info); noun && !(t[noun->second].capitalised && !title_case())) {
      // A capitalised noun in running text names something: "1400 Main
      // Street", not 1,400 streets.
      if (info && info->category == kNotCounted) {
        r.state = Reading::State::excluded;
        return r;
      }
      if (info) {
        set_noun(text, t, r, *noun, info);
      } else {
        set_plain_noun(text, t, r, *noun);
        take_person_verb(t, r);
        if (!r.verb_found) take_seizing_verb(t, r);
      }
    } else if (auto demonym = demonym_at(t, j); demonym && !title_case()) {
      // People named by where they are from, when a verb says what befell
      // them: "Two Britons were arrested", "1,029 New Mexicans died".
      Reading people = r;
      set_plain_noun(text, t, people, *demonym);
      take_person_verb(t, people);
      if (people.verb_found) r = people;
    } else if (auto label = labelled_by(t, i, &info)) {
      // A results list: "Arrests: 45", "Knives seized: 12".
      set_noun(text, t, r, *label, info);
      r.noun.reset();  // the noun is not next to the number: keep the span short
    }
    if (r.state == Reading::State::count) {
      // "one" is a count only where the noun or a verb makes it a
      // statistic ("one arrest", "one man was charged"), not in "one
      // officer said".
      if (is_word_one && r.cls != NounClass::fixed && !r.verb_found) r.state = Reading::State::excluded;
      // "In one case, ...", "on one occasion": a story told, not a count.
      if (is_word_one && r.lead > 0 && (t[r.lead - 1].lower == "in" || t[r.lead - 1].lower == "on")) {
        r.state = Reading::State::excluded;
      }
      // "charged with one count of fraud", "admitted one charge of theft":
      // the charge a person faces, a count only in a tally of charges
      // (read_sentence).
      r.single_charge = is_word_one && r.cls == NounClass::fixed && r.noun && r.noun->second + 1 < t.size() &&
                        t[r.noun->second + 1].lower == "of";
      // "One stabbing is one too many": a saying.
      if (is_word_one && r.noun && one_too_many(t, r.noun->second + 1)) r.state = Reading::State::excluded;
      return r;
    }
    // An age in apposition: "the victim, 34, of Harlow", "Jane Doe (34)";
    // not a number no one lives to: "West Yorkshire (129)".
    const bool apposed = i >= 2 && i + 1 < t.size() &&
                         ((t[i - 1].lower == "," && (t[i + 1].lower == "," || t[i + 1].lower == ".")) ||
                          (t[i - 1].lower == "(" && t[i + 1].lower == ")" && t[i - 2].capitalised &&
                           n.value <= kOldestAge && !in_ranked_list(t, i)));
    // "at 87" is a limit or a time, unless a ranking or a rate leads to
    // it: "the most murders of any station, at 87", "the murder rate, at
    // 45 per 100,000".
    if (blocks_bare && (rank_before(t, r.lead) || rate_numerator(t, r.after))) blocks_bare = false;
    // "were broadly flat at 3,081": a level (`level` in count_links.tsv);
    // a decimal is let in only near a rate, and "on 80.5" is its value.
    if (blocks_bare && ((r.lead > 1 && t[r.lead - 1].lower == "at" && match_backward(level_links_, t, r.lead - 1)) ||
                        !is_integer(n.value))) {
      blocks_bare = false;
    }
    // "20 people between 18 and 25": ages of the group just counted.
    const bool ages_between = r.lead >= 2 && t[r.lead - 1].lower == "between" && n.value <= kOldestAge && [&] {
      const NounInfo* owner = match_backward(nouns_, t, r.lead - 2);
      return owner && owner->cls == NounClass::person;
    }();
    if (ages_between) r.spreads = true;
    if (blocks_bare || is_word_one || apposed || ages_listed_in_apposition(t, i) || unit_after_modifiers(t, r.after) ||
        ages_between) {
      r.state = Reading::State::excluded;
      return r;
    }
    r.state = Reading::State::bare;
    return r;
  }

  // True if the words from token `j` are "is one too many" (or "was").
  static bool one_too_many(const std::vector<Token>& t, std::size_t j) {
    return j + 3 < t.size() && (t[j].lower == "is" || t[j].lower == "was") && t[j + 1].lower == "one" &&
           t[j + 2].lower == "too" && t[j + 3].lower == "many";
  }

  // True if a unit of measure or of a drug follows within two modifiers
  // from token `j`: "280,000 individual doses" is an amount, no count.
  bool unit_after_modifiers(const std::vector<Token>& t, std::size_t j) const {
    for (std::size_t k = j; k < t.size() && k <= j + 2 && is_word(t, k) && !(role(t[k]) & kStop); ++k) {
      if (const ContextInfo* unit = word_value(context_after_, t[k]); unit && unit->unit) return k > j;
    }
    return false;
  }

  // True if the bracketed number at token `i` follows a name in a list
  // that a ranking phrase opens (`follow` in count_links.tsv): "followed
  // by Umlazi (74), Nyanga in Cape Town (69) and Delft (66)".
  bool in_ranked_list(const std::vector<Token>& t, std::size_t i) const {
    for (std::size_t k = i - 1, back = 0; k-- > 0 && back < kRankedListReach; ++back) {
      const Token& tok = t[k];
      if (tok.kind == Token::Kind::word && match_backward(follow_links_, t, k)) return true;
      const std::string_view w = tok.lower;
      const bool in_list = tok.capitalised || tok.kind == Token::Kind::number || w == "(" || w == ")" || w == "," ||
                           w == "and" || w == "in" || w == "of" || w == "the";
      if (!in_list) return false;
    }
    return false;
  }
  static constexpr std::size_t kRankedListReach = 24;

  // True if number token `i` is one of a list of ages between commas after
  // the people they belong to: "Two men, 19 and 23, were arrested",
  // "the brothers, 15, 16 and 18, were".
  bool ages_listed_in_apposition(const std::vector<Token>& t, std::size_t i) const {
    auto joins = [&](std::size_t k) { return t[k].lower == "," || t[k].lower == "and"; };
    std::size_t first = i;
    std::size_t last = i;
    while (first >= 2 && joins(first - 1) && t[first - 2].kind == Token::Kind::number) first -= 2;
    while (last + 2 < t.size() && joins(last + 1) && t[last + 2].kind == Token::Kind::number) last += 2;
    if (first == last || first < 2 || last + 1 >= t.size()) return false;
    if (t[first - 1].lower != "," || (t[last + 1].lower != "," && t[last + 1].lower != ".")) return false;
    const Token& owner = t[first - 2];
    if (owner.kind != Token::Kind::word) return false;
    const NounInfo* info = match_backward(nouns_, t, first - 2);
    return owner.capitalised || (info && info->cls == NounClass::person);
  }

  // The listed noun of a label that opens a line or list item and ends in
  // a colon just before number token `i`: "Arrests: 45", "Drug arrests: 9",
  // "Knives seized: 12" (the noun, then at most a verb).
  std::optional<std::pair<std::size_t, std::size_t>> labelled_by(const std::vector<Token>& t, std::size_t i,
                                                                 const NounInfo** info) const {
    if (i < 2 || t[i - 1].lower != ":" || t[i - 2].kind != Token::Kind::word) return std::nullopt;
    std::size_t end = i - 2;
    std::size_t first = 0;
    const NounInfo* found = match_backward(nouns_, t, end, &first);
    if (!found && end > 0 && word_value(verbs_, t[end])) found = match_backward(nouns_, t, --end, &first);
    if (!found || found->category == kNotCounted) return std::nullopt;
    std::size_t start = first;
    auto modifier = [&](std::size_t k) {
      return t[k].kind == Token::Kind::word && (role(t[k]) & ~kAcquired) == 0 && !word_value(verbs_, t[k]);
    };
    for (int modifiers = 0; modifiers < 2 && start > 0 && modifier(start - 1); ++modifiers) --start;
    if (start > 0 && t[start - 1].kind != Token::Kind::punct) return std::nullopt;
    *info = found;
    return std::make_pair(first, end);
  }

  // A plural demonym of one or two capitalised words at token `j`
  // ("Britons", "Albanians", "New Mexicans").
  std::optional<std::pair<std::size_t, std::size_t>> demonym_at(const std::vector<Token>& t, std::size_t j) const {
    const auto plural_demonym = [&](std::size_t k) {
      const std::string_view w = t[k].lower;
      return is_word(t, k) && t[k].capitalised && w.size() > 4 && (w.ends_with("ans") || w.ends_with("ons"));
    };
    if (j < t.size() && plural_demonym(j)) return std::make_pair(j, j);
    if (j + 1 < t.size() && is_word(t, j) && t[j].capitalised && plural_demonym(j + 1)) return std::make_pair(j, j + 1);
    return std::nullopt;
  }

  // "city's", "Scotland’s", "officers'".
  static bool is_possessive(const Token& tok) {
    const std::string_view w = tok.lower;
    return tok.kind == Token::Kind::word && (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || w.ends_with("s'"));
  }

  // Typographic quotes are folded to ASCII in `lower`.
  static bool is_quote(std::string_view w) { return w == "\"" || w == "'"; }

  static bool is_possessive_pronoun(std::string_view w) {
    return w == "its" || w == "their" || w == "his" || w == "her" || w == "our" || w == "your";
  }

  static bool subset_pronoun(std::string_view w) {
    return w == "those" || w == "them" || w == "these" || w == "whom" || w == "which";
  }

  // The counted noun starting within a few modifiers of token `j`: a
  // listed noun (sets *info), or a plain plural (leaves *info null).
  std::optional<std::pair<std::size_t, std::size_t>> find_noun(const std::vector<Token>& t, std::size_t j,
                                                              const NounInfo** info) const {
    *info = nullptr;
    // An age between a count and its noun is one of the noun's modifiers:
    // "two 17-year-old boys", "three 15 year old girls".
    std::size_t first = j;
    if (first < t.size() && t[first].kind == Token::Kind::number) {
      std::size_t w = first + 1;
      if (w < t.size() && t[w].lower == "-") ++w;
      if (is_word(t, w) && (role(t[w]) & kAgeWord)) first = w;
    }
    for (std::size_t k = first, modifiers = 0; k < t.size() && modifiers <= 3; ++k, ++modifiers) {
      // A quoted modifier: six "deal line" phones.
      if (is_quote(t[k].lower) && k + 1 < t.size() && t[k + 1].kind == Token::Kind::word) continue;
      if (t[k].lower == "," && k > first && plain_word(t, k - 1)) {
        if (auto noun = coordinated_noun(t, k, info)) return noun;
        break;
      }
      if (t[k].kind != Token::Kind::word) break;
      // An abbreviation with full stops is one modifier: "two U.S. citizens".
      if (t[k].capitalised && t[k].lower.size() == 1 && k + 2 < t.size() && t[k + 1].lower == "." &&
          t[k + 1].span.begin == t[k].span.end) {
        while (k + 2 < t.size() && t[k + 1].lower == "." && t[k + 1].span.begin == t[k].span.end &&
               t[k + 2].span.begin == t[k + 1].span.end && t[k + 2].capitalised && t[k + 2].lower.size() == 1) {
          k += 2;
        }
        if (k + 1 < t.size() && t[k + 1].lower == ".") ++k;
        continue;
      }
      if (auto noun = listed_noun_at(t, k, info)) {
        // An opening quote (glued to the word after it) opens the noun phrase.
        if (k > first && is_quote(t[k - 1].lower) && t[k - 1].span.end == t[k].span.begin) --noun->first;
        return noun;
      }
      if (role(t[k]) & kStop) break;
      // A verb ends the search ("19 arrested in raids on homes") unless it
      // is a participle before a listed noun: "4 stolen cars", "3 injured
      // officers".
      if (word_value(verbs_, t[k]) && !match_forward(nouns_, t, k + 1)) break;
    }
    *info = nullptr;
    return plain_plural_at(t, j);
  }

  // The noun after a coordinated list of modifiers whose first comma is
  // token `comma`: "140 hotel, taxi and rail staff".
  std::optional<std::pair<std::size_t, std::size_t>> coordinated_noun(const std::vector<Token>& t, std::size_t comma,
                                                                     const NounInfo** info) const {
    std::size_t m = comma;
    while (m + 1 < t.size() && t[m].lower == "," && plain_word(t, m + 1)) m += 2;
    if (m + 1 >= t.size() || (t[m].lower != "and" && t[m].lower != "or") || !plain_word(t, m + 1)) return std::nullopt;
    if (auto noun = listed_noun_at(t, m + 1, info)) return noun;
    if (auto noun = listed_noun_at(t, m + 2, info)) return noun;
    *info = nullptr;
    return std::nullopt;
  }

  static std::string_view span_text(std::string_view text, const std::vector<Token>& t,
                                    std::pair<std::size_t, std::size_t> range) {
    const std::size_t b = t[range.first].span.begin;
    return text.substr(b, t[range.second].span.end - b);
  }

  static void set_plain_noun(std::string_view text, const std::vector<Token>& t, Reading& r,
                             std::pair<std::size_t, std::size_t> noun) {
    r.state = Reading::State::count;
    r.category = r.predicate_category = "other";
    r.subject = span_text(text, t, noun);
    r.noun = noun;
    r.cls = NounClass::place;
    r.by_default = true;
  }

  // What a verb that seizes governs is seized, whatever it is: "seized 36
  // lamps, two fans and a generator". The verb stands before the number,
  // or before the first member of its list.
  // Only a member of a list or the end of a clause is read so: in "seized
  // cash, and two men fled" the men have a verb of their own. The noun
  // ends at token `last`.
  // `before`: the verb just before the number, if any.
  const VerbInfo* seizing_verb(const std::vector<Token>& t, std::size_t lead, std::size_t last,
                               const VerbInfo* before) const {
    if (last + 1 < t.size() && t[last + 1].lower != "," && t[last + 1].lower != "and" && t[last + 1].lower != ".") {
      return nullptr;
    }
    if (before) return before->takes_anything ? before : nullptr;
    // Past earlier members: "seized 36 lamps, two fans".
    if (lead == 0 || (t[lead - 1].lower != "," && t[lead - 1].lower != "and")) return nullptr;
    for (std::size_t k = lead, back = 0; k-- > 0 && back < kSeizedListReach; ++back) {
      const Token& w = t[k];
      if (w.kind == Token::Kind::punct && w.lower != "," && !inside_word(t, k)) return nullptr;
      if (w.kind != Token::Kind::word) continue;
      if (const VerbInfo* v = match_backward(verbs_, t, k)) return v->takes_anything ? v : nullptr;
    }
    return nullptr;
  }
  static constexpr std::size_t kSeizedListReach = 14;

  void take_seizing_verb(const std::vector<Token>& t, Reading& r) const {
    if (const VerbInfo* v = seizing_verb(t, r.lead, r.noun->second, verb_before(t, r.lead))) {
      r.category = r.predicate_category = v->category;
      r.cls = NounClass::item;
      r.verb_found = true;
      r.by_default = false;
    }
  }

  // A noun no lexicon lists, governed by a verb that acts on people
  // alone, names people: "charged 1,100 line holders", "12 ringleaders
  // were jailed".
  void take_person_verb(const std::vector<Token>& t, Reading& r) const {
    const auto people_only = [](const VerbInfo* v) {
      return v && v->classes.size() == 1 && v->classes.front() == NounClass::person;
    };
    const VerbInfo* before = verb_before(t, r.lead);
    const VerbInfo* after = verb_after(t, r.noun->second, NounClass::person);
    const VerbInfo* verb = people_only(before) ? before : people_only(after) ? after : nullptr;
    if (!verb) return;
    r.category = r.predicate_category = verb->category;
    r.cls = NounClass::person;
    r.verb_found = true;
    r.after_verb = verb == after && verb != before;
    r.by_default = false;
  }

  void set_noun(std::string_view text, const std::vector<Token>& t, Reading& r,
                std::pair<std::size_t, std::size_t> noun, const NounInfo* info) const {
    r.state = Reading::State::count;
    r.noun = noun;
    r.subject = span_text(text, t, noun);
    r.cls = info->cls;
    r.category = info->category;
    r.predicate_category = info->category;
    r.by_default = false;
    if (info->cls == NounClass::fixed) {
      // Offences laid against someone are charges: "charged 14 people
      // with a combined 312 offences", "has been charged with 47 offences".
      if (r.category == "offences" && charged_with(t, r.lead)) r.category = r.predicate_category = "charges";
      // Charges admitted or proved are convictions: "admitted 16 counts of
      // fraud", "pleaded guilty to three charges".
      if (r.category == "charges") {
        if (const VerbInfo* v = proving_verb_before(t, r.lead)) {
          r.category = r.predicate_category = v->category;
          r.proved = true;
        }
      }
      return;
    }
    if (info->cls == NounClass::report) {
      if (const NounInfo* crime = reported_crime(t, noun, r.lead)) r.category = r.predicate_category = crime->category;
      return;
    }
    // Staff of a business are no police staff: "two staff of a cold store",
    // "three staff at a takeaway".
    if (r.category == "officers" && noun.second + 2 < t.size() &&
        (t[noun.second + 1].lower == "of" || t[noun.second + 1].lower == "at") &&
        (t[noun.second + 2].lower == "a" || t[noun.second + 2].lower == "an")) {
      r.category = r.predicate_category = "people";
    }
    bool past_in = false;
    const VerbInfo* before = verb_before(t, r.lead, &past_in);
    // Premises are seized as the verb's object ("seized 37 houses"); drugs
    // "seized in 12 homes" were found there.
    if (before && past_in && info->cls == NounClass::premises && before->category == "seizures") before = nullptr;
    const VerbInfo* after = verb_after(t, noun.second, info->cls);
    // The verb of a list's first member reaches the later ones: "raided his
    // home and four other properties", "using couriers and 17 phones".
    if (!(before && before->acts_on(info->cls)) && !(after && after->acts_on(info->cls))) {
      before = verb_of_first_conjunct(t, r.lead);
    }
    // People seized are things that share a name: "seized 36 lamps and two
    // fans".
    if (info->cls == NounClass::person && !(before && before->acts_on(info->cls)) &&
        !(after && after->acts_on(info->cls))) {
      if (const VerbInfo* v = seizing_verb(t, r.lead, noun.second, before)) {
        r.cls = NounClass::item;
        r.category = r.predicate_category = v->category;
        r.verb_found = true;
        r.by_default = false;
        return;
      }
    }
    // Things searched, stopped or checked are no seizures: "1,940 vehicles
    // were searched" (a verb that acts on premises alone gives warrants).
    const auto inspects = [&](const VerbInfo* v) {
      return v && info->cls == NounClass::item && !v->acts_on(NounClass::item) && v->acts_on(NounClass::premises) &&
             v->category == "warrants";
    };
    if (inspects(before) ||
        (!before && !after && info->cls == NounClass::item && noun.second + 1 < t.size() &&
         (role(t[noun.second + 1]) & kAux) && inspects(verb_after(t, noun.second, NounClass::premises)))) {
      r.category = r.predicate_category = "other";
      r.verb_found = true;
      r.by_default = false;
      return;
    }
    if (before && before->acts_on(info->cls)) r.category = before->category;
    else if (after && after->acts_on(info->cls)) r.category = after->category;
    r.verb_found = (before && before->acts_on(info->cls)) || (after && after->acts_on(info->cls));
    r.after_verb = !(before && before->acts_on(info->cls)) && after && after->acts_on(info->cls);
    r.by_default = !r.verb_found;
    r.predicate_category = (after && after->acts_on(info->cls)) ? after->category : r.category;
    // Premises where warrants named just before were served: "executed
    // warrants at the takeaway and at 4 homes", "served search warrants on
    // Jan. 5 at two homes".
    if (!r.verb_found && info->cls == NounClass::premises && r.lead > 0 && t[r.lead - 1].lower == "at") {
      for (std::size_t k = r.lead - 1, back = 0; k-- > 0 && back < kWarrantReach; ++back) {
        if (t[k].lower == ";" || t[k].lower == ":") break;
        if (const NounInfo* named = match_backward(nouns_, t, k); named && named->category == "warrants") {
          r.category = r.predicate_category = named->category;
          r.verb_found = true;
          r.by_default = false;
          break;
        }
      }
    }
    // With no verb of the clause, a participle before a thing says what
    // befell it: "the largest numbers of stolen vehicles" are thefts.
    if (!r.verb_found && info->cls == NounClass::item) {
      for (std::size_t k = noun.first, modifiers = 0; k-- > 0 && modifiers < 3 && is_word(t, k) && role(t[k]) == 0;
           ++modifiers) {
        if (const VerbInfo* v = word_value(verbs_, t[k]); v && v->acts_on(info->cls)) {
          r.category = r.predicate_category = v->category;
          break;
        }
      }
      // Things bought, not seized: "300 new patrol cars" (`acquired` in
      // count_grammar.tsv).
      for (std::size_t k = r.tok + 1; k < noun.first; ++k) {
        if (role(t[k]) & kAcquired) {
          r.category = r.predicate_category = "other";
          break;
        }
      }
    }
  }

  // The verb before the first member of a list whose later member starts
  // at token `lead`, after "and" or a comma: "raided his home and four
  // other properties". The first member is a short noun phrase: a
  // determiner, modifiers and its noun, with no number.
  const VerbInfo* verb_of_first_conjunct(const std::vector<Token>& t, std::size_t lead) const {
    if (lead < 3 || (t[lead - 1].lower != "and" && t[lead - 1].lower != ",")) return nullptr;
    for (std::size_t k = lead - 1, back = 0; k-- > 0 && back < kConjunctReach; ++back) {
      if (t[k].kind != Token::Kind::word) return nullptr;
      if (std::size_t first = k; const VerbInfo* v = match_backward(verbs_, t, k, &first)) {
        // A participle after a number or determiner modifies the noun: "4
        // stolen trucks and 2 handguns", "a used car and 3 phones".
        const bool modifier = first > 0 && (t[first - 1].kind == Token::Kind::number || is_determiner(t[first - 1].lower));
        return k + 2 < lead && !v->by_object && !modifier ? v : nullptr;
      }
      if ((role(t[k]) & ~kAcquired) != 0 && !is_determiner(t[k].lower)) return nullptr;
    }
    return nullptr;
  }
  static constexpr std::size_t kConjunctReach = 6;

  static bool is_determiner(std::string_view w) {
    return w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" || w == "its";
  }

  // The offence that reports at tokens `noun` are of: a listed offence
  // noun before "reports" ("412 hate crime reports"), after "of" ("8,036
  // reports of romance fraud"), else the nearest listed noun before the
  // number at token `lead` in the sentence, if it is one ("victims of
  // fraud lost £92.8m, with 8,036 reports made"). Null if none is.
  const NounInfo* reported_crime(const std::vector<Token>& t, std::pair<std::size_t, std::size_t> noun,
                                 std::size_t lead) const {
    auto offence = [](const NounInfo* info) { return info && info->category == "offences" ? info : nullptr; };
    if (noun.second > noun.first) return offence(match_backward(nouns_, t, noun.second - 1));
    if (noun.second + 2 < t.size() && t[noun.second + 1].lower == "of") {
      const NounInfo* info = nullptr;
      if (find_noun(t, noun.second + 2, &info)) return offence(info);
    }
    for (std::size_t k = std::min(lead, noun.first); k-- > 0;) {
      if (const NounInfo* info = match_backward(nouns_, t, k)) return offence(info);
    }
    return nullptr;
  }

  // A verb acting on fixed nouns (count_verbs.tsv) just before token
  // `lead`, past "to", "of", "on" and lead words: "pleaded guilty to",
  // "was convicted of all", "found guilty on".
  const VerbInfo* proving_verb_before(const std::vector<Token>& t, std::size_t lead) const {
    for (std::size_t j = lead, skipped = 0; j > 0 && skipped <= 3; --j, ++skipped) {
      if (t[j - 1].kind != Token::Kind::word) return nullptr;
      if (const VerbInfo* v = match_backward(verbs_, t, j - 1); v && v->acts_on(NounClass::fixed)) return v;
      const std::string_view w = t[j - 1].lower;
      if (w != "to" && w != "on" && !(role(t[j - 1]) & kLead)) return nullptr;
    }
    return nullptr;
  }

  // How far before "at N homes" the warrants served there may be named.
  static constexpr std::size_t kWarrantReach = 12;

  // True if "with" stands a few words before token `lead`, after a verb
  // of charging in the same clause: "charged 63 people with more than".
  bool charged_with(const std::vector<Token>& t, std::size_t lead) const {
    for (std::size_t k = lead, words = 0; k-- > 0 && words < 4; ++words) {
      if (t[k].kind != Token::Kind::word) return false;
      if (t[k].lower != "with") continue;
      for (std::size_t v = k, back = 0; v-- > 0 && back < 6; ++back) {
        if (t[v].kind == Token::Kind::punct) return false;
        if (const VerbInfo* verb = match_backward(verbs_, t, v); verb && verb->category == "charges") return true;
      }
      return false;
    }
    return false;
  }

  // --- numbers with no noun of their own ---------------------------------

  static bool is_list_word(std::string_view w) {
    return w == "," || w == "and" || w == "or" || w == "to" || w == "-" || w == "nor";
  }

  // True if readings a and b (a before b) are neighbours in a list of
  // numbers: "19 and 22", "five, six".
  static bool listed_together(const std::vector<Token>& t, const Reading& a, const Reading& b) {
    return b.lead == a.after + 1 && is_list_word(t[a.after].lower);
  }

  static void inherit(Reading& r, const Reading& from, bool predicate) {
    r.state = Reading::State::count;
    r.by_default = false;
    r.category = predicate ? from.predicate_category : from.category;
    r.predicate_category = r.category;
    r.subject = r.partitive_subject.value_or(from.subject);
    r.cls = from.cls;
  }

  static void inherit(Reading& r, const Counted& from) {
    r.state = Reading::State::count;
    r.by_default = false;
    r.category = from.category;
    r.predicate_category = from.category;
    r.subject = r.partitive_subject.value_or(from.subject);
  }

  // Settles a bare number by the readings around it; returns true if it
  // changed state.
  bool resolve(std::string_view text, std::vector<Reading>& rs, std::size_t ri, const std::vector<Token>& t,
               const ArticleState& state) const {
    Reading& r = rs[ri];
    // An exclusion carried along a list: "aged 19 and 22"; a day only to
    // days and years: "September 30, 4,763 fewer" starts a count.
    const bool day_or_year_here = day_or_year(*t[r.tok].number);
    if (ri > 0 && rs[ri - 1].state == Reading::State::excluded && rs[ri - 1].spreads &&
        !(rs[ri - 1].date && !day_or_year_here) && listed_together(t, rs[ri - 1], r)) {
      r.state = Reading::State::excluded;
      r.spreads = true;
      r.date = rs[ri - 1].date;
      return true;
    }
    if (ri + 1 < rs.size() && rs[ri + 1].state == Reading::State::excluded && rs[ri + 1].spreads &&
        !(rs[ri + 1].date && !day_or_year_here) && listed_together(t, r, rs[ri + 1])) {
      r.state = Reading::State::excluded;
      r.spreads = true;
      r.date = rs[ri + 1].date;
      return true;
    }
    // A verb of its own: "police arrested 19 in raids", "five were charged".
    const bool ends_phrase = r.after >= t.size() || t[r.after].kind == Token::Kind::punct || (role(t[r.after]) & kStop);
    // "14 people were arrested and 23 were given warnings": a number after
    // "and" with an auxiliary and a verb of its own is the subject of its
    // own clause ("and 1,014 were adults" names a part of the group).
    // "and a further 11 were reported to the fiscal" too.
    std::size_t joiner = r.lead;
    if (joiner >= 3 && t[joiner - 1].lower == "further" && t[joiner - 2].lower == "a") joiner -= 2;
    const bool own_clause = joiner > 0 && t[joiner - 1].lower == "and" && r.after + 1 < t.size() &&
                            (role(t[r.after]) & kAux) && is_word(t, r.after + 1) && role(t[r.after + 1]) == 0 &&
                            !match_forward(nouns_, t, r.after + 1);
    if (const VerbInfo* v = verb_before(t, r.lead); v && v->acts_on(NounClass::person) && ends_phrase && !own_clause) {
      r.state = Reading::State::count;
      r.category = r.predicate_category = v->category;
      r.cls = NounClass::person;
      return true;
    }
    if (const VerbInfo* v = verb_after(t, r.after - 1, NounClass::person, false)) {
      // A state of people ("remain outstanding") said of a part of a group
      // of things: "Of the 50 warrants, 12 remain outstanding".
      if (v->category == "people" && t[0].lower == "of") {
        std::size_t comma = 1;
        while (comma < r.lead && t[comma].lower != ",") ++comma;
        if (auto group = fronted_of_group(text, t, comma + 1); group && group->cls != NounClass::person) {
          inherit(r, *group, false);
          return true;
        }
      }
      r.state = Reading::State::count;
      r.category = r.predicate_category = v->category;
      r.cls = NounClass::person;
      r.subject = r.partitive_subject.value_or(std::string_view{});
      return true;
    }
    // The count a bare number refers back to; never the group a ranking
    // is taken over ("118 murders, the highest of the country's 19
    // divisions and six fewer than last year" compares murders).
    auto antecedent_before = [&]() -> const Reading* {
      for (std::size_t k = ri; k-- > 0;) {
        if (rs[k].state == Reading::State::count && !ranking_base(t, rs[k])) return &rs[k];
      }
      return nullptr;
    };
    // With no verb the lexicon lists, a group of people stays people.
    if (own_clause) {
      if (const Reading* a = antecedent_before(); a && a->cls == NounClass::person) {
        inherit(r, *a, false);
        r.category = r.predicate_category = "people";
        return true;
      }
    }
    // "30 out of 36 areas", "between 10 and 15 people".
    std::size_t last = 0;
    // A possessive may stand before the whole: "19 of the city's 21 districts".
    if (match_forward(ahead_links_, t, r.after, &last) && ri + 1 < rs.size() &&
        (rs[ri + 1].lead == last + 1 || (rs[ri + 1].lead == last + 2 && (is_possessive(t[last + 1]) || is_possessive_pronoun(t[last + 1].lower))))) {
      const Reading& next = rs[ri + 1];
      if (next.state == Reading::State::count) {
        inherit(r, next, true);
        return true;
      }
      if (next.state == Reading::State::excluded && next.spreads) {
        r.state = Reading::State::excluded;
        r.spreads = true;
        return true;
      }
    }
    // A ranking or a rate whose noun stands earlier: "recorded the most
    // murders of any station, at 87", "had the most with 74", "a rate of
    // 13,201 per 100,000 people", "an average of 22 a day".
    if (const std::optional<std::size_t> rank = rank_before(t, r.lead)) {
      if (auto thing = ranked_thing(text, t, *rank, r.lead)) {
        inherit(r, *thing, false);
        return true;
      }
      // With no noun after the superlative, the last count: "had the
      // most with 74", "had the lowest, at 56".
      std::size_t after_rank = *rank + 1;
      if (after_rank + 1 < r.lead && is_total_word(t[after_rank].lower)) ++after_rank;  // "the highest number, at"
      // "had the lowest rate in Wales, at 52.6": the rate of the last count.
      const bool no_noun = after_rank + 1 >= r.lead || t[after_rank].kind == Token::Kind::punct ||
                           (role(t[after_rank]) & kRateWord);
      if (!no_noun) return false;
      if (const Reading* a = antecedent_before()) {
        inherit(r, *a, false);
        return true;
      }
      if (!state.counts.empty() && state.counts.back().span.end + kPlaceLinkReach >= t[r.tok].span.begin) {
        inherit(r, state.counts.back());
        return true;
      }
    }
    if (rate_numerator(t, r.after)) {
      if (auto thing = rate_thing(text, t, r.lead)) {
        inherit(r, *thing, false);
        return true;
      }
      if (const Reading* a = antecedent_before()) {
        inherit(r, *a, false);
        return true;
      }
      // "Burglaries averaged 14 a day": the subject of the clause, unless
      // people, who do what is counted ("Dealers sold 30 a day").
      if (auto subject = subject_before(text, t, r.lead); subject && subject->cls != NounClass::person) {
        inherit(r, *subject, false);
        return true;
      }
    }
    // "375 offences in 2018, up from 298 in 2013"; but "... while
    // arrests were down from 1,180" names its own subject.
    std::size_t link_first = 0;
    if (r.lead > 0 && match_backward(back_links_, t, r.lead - 1, &link_first)) {
      if (const Reading* a = antecedent_before()) {
        const NounInfo* info = nullptr;
        const auto own = noun_just_before(t, link_first, &info, true);
        const std::size_t a_end = a->noun ? a->noun->second : a->tok;
        if (own && own->first > a_end && !(info && info->category == kNotCounted)) {
          if (auto subject = subject_before(text, t, link_first)) {
            inherit(r, *subject, false);
            return true;
          }
        }
        // A later clause with a subject of its own: "..., while the number
        // of people charged with supply offences rose to 388".
        const NounInfo* later_info = nullptr;
        if (const auto later = number_of_noun(t, a_end + 1, link_first, &later_info);
            later && !(later_info && later_info->category == kNotCounted)) {
          inherit(r, noun_reading(text, t, *later, later_info), false);
          return true;
        }
        // "... 13 divisions to record a rise, with crime up 1.8 per cent
        // to 10,215": a later clause names its own subject.
        if (clause_subject_between(t, a_end + 1, link_first)) {
          if (auto subject = subject_before(text, t, link_first)) {
            inherit(r, *subject, false);
            return true;
          }
        }
        inherit(r, *a, false);
        return true;
      }
      // "That compares with 247 in 2022/23": what the sentence before counted.
      if (link_first == 1 && (t[0].lower == "that" || t[0].lower == "this" || t[0].lower == "it") &&
          !state.counts.empty() && counted_in_sentence_before(text, state.counts.back(), t)) {
        inherit(r, state.counts.back());
        return true;
      }
    }
    // "760 people have been arrested, 133 of those children"; with no
    // count before it in the sentence, the group's own noun: "Cocaine was
    // implicated in 371 of those deaths".
    if (match_forward(subset_links_, t, r.after)) {
      if (const Reading* a = antecedent_before()) {
        inherit(r, *a, false);
        return true;
      }
      if (r.partitive_info && r.partitive_info->category != kNotCounted) {
        set_noun(text, t, r, *r.partitive_noun, r.partitive_info);
        r.noun.reset();  // the noun is not next to the number: keep the span short
        return true;
      }
      // "Thirty-seven of them were ...", "accounted for 5,871 of them":
      // the group counted in the sentence just before.
      if (r.after + 1 < t.size() && t[r.after].lower == "of" && subset_pronoun(t[r.after + 1].lower) &&
          !state.counts.empty() && counted_in_sentence_before(text, state.counts.back(), t)) {
        inherit(r, state.counts.back());
        return true;
      }
    }
    // A list split by name: "Blackpool recorded 804 offences, Preston
    // 611 and Burnley 358", "followed by West Yorkshire (129) and Greater
    // Manchester (118)".
    const bool bracketed = r.lead > 1 && t[r.lead - 1].lower == "(" && r.after < t.size() && t[r.after].lower == ")";
    if (bracketed && in_ranked_list(t, r.tok)) {
      if (const Reading* a = antecedent_before()) {
        inherit(r, *a, false);
        return true;
      }
    }
    if (std::size_t c = bracketed ? r.lead - 1 : r.lead; c > 0 && t[c - 1].capitalised) {
      const std::size_t name_end = c;
      while (c > 0 && t[c - 1].capitalised && name_end - c < kNameWords) --c;
      // "..., the Eastern Cape 1,384"
      if (c > 1 && t[c - 1].lower == "the") --c;
      const std::string_view before_name = c > 0 ? t[c - 1].lower : std::string_view{};
      if (before_name == "," || before_name == "and" || before_name == "while" || (bracketed && before_name == "by")) {
        if (const Reading* a = antecedent_before()) {
          inherit(r, *a, false);
          return true;
        }
      }
    }
    // "Of the 3,600 suspects, 90 were ...": a part of a group counted in
    // the fronted "of" phrase takes that count's category.
    if (r.lead >= 3 && t[0].lower == "of" && t[r.lead - 1].lower == ",") {
      if (const Reading* a = antecedent_before(); a && a->lead > 0 && a->lead < 3 && a->tok + 1 < r.lead) {
        inherit(r, *a, false);
        return true;
      }
    }
    // "Of the knives seized, 40 were zombie knives": a part of the group
    // that a fronted "of" phrase names.
    if (auto group = fronted_of_group(text, t, r.lead)) {
      inherit(r, *group, false);
      return true;
    }
    // "The number of people charged rose by 7 per cent to 1,086": the
    // level of a noun named before it in the sentence.
    std::size_t first = 0;
    bool total_past_aside = false;
    if (r.lead > 0 && match_backward(level_links_, t, r.lead - 1, &first)) {
      // "The total, published today by the agency, is 128 higher": a
      // participle phrase between commas after a total is no subject.
      // "Drug offences, recorded by the force, rose to 512": the subject
      // stands before the aside.
      const std::optional<std::size_t> comma = participle_aside_before(t, first);
      if (comma && *comma > 0 && is_total_word(t[*comma - 1].lower)) {
        total_past_aside = true;
      } else if (auto subject = subject_before(text, t, comma ? *comma : first)) {
        inherit(r, *subject, false);
        return true;
      }
    }
    // "36 from Southend and 30 from Basildon", "Gwent's total was 2,903",
    // "the 2,611 recorded in 2019/20": the last count reported just before.
    // A league table by name: "Clarendon, with 96, and St Andrew South,
    // with 91, are next" counts what the last count counted.
    const bool named_with = r.lead >= 3 && t[r.lead - 1].lower == "with" && t[r.lead - 2].lower == "," &&
                            t[r.lead - 3].capitalised &&
                            (r.after >= t.size() || t[r.after].lower == "," || t[r.after].lower == "and");
    const bool recalls = named_with || total_past_aside || (r.lead > 0 && match_backward(recall_before_, t, r.lead - 1)) ||
                         match_forward(recall_after_, t, r.after) ||
                         (match_forward(place_links_, t, r.after, &last) && last + 1 < t.size() && t[last + 1].capitalised);
    if (recalls) {
      if (const Reading* a = antecedent_before()) {
        inherit(r, *a, false);
        return true;
      }
      // "Shootings are also down, with 984 recorded so far": the subject
      // of the clause before ", with", not the last count of an earlier
      // sentence.
      if (r.lead >= 3 && t[r.lead - 1].lower == "with" && t[r.lead - 2].lower == ",") {
        if (auto subject = subject_before(text, t, r.lead - 2); subject && subject->cls != NounClass::person) {
          inherit(r, *subject, false);
          return true;
        }
      }
      if (!state.counts.empty() && state.counts.back().span.end + kPlaceLinkReach >= t[r.tok].span.begin) {
        inherit(r, state.counts.back());
        return true;
      }
    }
    // "Twenty-six were already in custody": a number that opens the
    // sentence before a plural verb, its noun left out, is a part of the
    // group of people counted just before; what befell them no verb of
    // ours says.
    if (r.lead == 0 && r.after < t.size() && is_plural_verb(t[r.after].lower) && !state.counts.empty() &&
        state.counts.back().person && state.counts.back().span.end + kPlaceLinkReach >= t[r.tok].span.begin) {
      r.state = Reading::State::count;
      r.category = r.predicate_category = "people";
      r.cls = NounClass::person;
      return true;
    }
    // A decimal with no link of its own, let in only near a decimal rate
    // (extract): another entry of that rate's table, "with Conwy in
    // between on 80.5", "had the lowest rate in Wales, at 52.6".
    if (!is_integer(t[r.tok].number->value)) {
      if (const Reading* a = antecedent_before(); a && !is_integer(t[a->tok].number->value)) {
        inherit(r, *a, false);
        return true;
      }
      if (!state.counts.empty() && !is_integer(state.counts.back().value) &&
          state.counts.back().span.end + kRateTableReach >= t[r.tok].span.begin) {
        inherit(r, state.counts.back());
        return true;
      }
    }
    return false;
  }

  // True if `c` was counted in the sentence just before the one `t` holds
  // (no sentence ends between them).
  static bool counted_in_sentence_before(std::string_view text, const Counted& c, const std::vector<Token>& t) {
    const std::size_t begin = t[0].span.begin;
    if (c.span.end > begin || begin - c.span.end > kPlaceLinkReach) return false;
    const std::string_view between = text.substr(c.span.end, begin - c.span.end);
    const std::size_t ender = between.find_first_of(".!?");
    return ender == std::string_view::npos || between.find_first_of(".!?", ender + 1) == std::string_view::npos;
  }

  static bool is_plural_verb(std::string_view w) {
    return w == "are" || w == "were" || w == "have" || w == "had" || w == "remain" || w == "remained";
  }

  // The opening comma of a participle phrase between commas that ends
  // just before token `before`: ", published today by the agency,".
  static std::optional<std::size_t> participle_aside_before(const std::vector<Token>& t, std::size_t before) {
    if (before < 3 || t[before - 1].lower != ",") return std::nullopt;
    for (std::size_t k = before - 1, back = 0; k-- > 0 && back < kAsideReach; ++back) {
      if (t[k].kind != Token::Kind::punct) continue;
      if (t[k].lower == "(" || t[k].lower == ")") continue;  // "(NRS)"
      if (t[k].lower != "," || k + 1 >= before - 1) return std::nullopt;
      const std::string_view w = t[k + 1].lower;
      if (t[k + 1].kind == Token::Kind::word && w.size() > 4 && w.ends_with("ed")) return k;
      return std::nullopt;
    }
    return std::nullopt;
  }
  static constexpr std::size_t kAsideReach = 14;

  // True if the count read in `r` is the group a ranking is taken over:
  // "the highest of the country's 19 divisions", "the most of any of the
  // 43 forces".
  bool ranking_base(const std::vector<Token>& t, const Reading& r) const {
    std::size_t k = r.lead;
    if (k > 0 && is_possessive(t[k - 1])) --k;
    if (k > 0 && t[k - 1].lower == "the") --k;
    if (k > 0 && t[k - 1].lower == "of") --k;
    else return false;
    for (std::size_t back = 0; k > 0 && back < 3; ++back, --k) {
      if (role(t[k - 1]) & kRank) return true;
    }
    return false;
  }

  // The superlative of a ranking whose number follows "at" or "with" at
  // token `lead`: "the most" in "recorded the most murders of any
  // station, at 87" (`rank` in count_grammar.tsv, after "the").
  std::optional<std::size_t> rank_before(const std::vector<Token>& t, std::size_t lead) const {
    if (lead < 3 || (t[lead - 1].lower != "at" && t[lead - 1].lower != "with")) return std::nullopt;
    for (std::size_t k = lead - 1, back = 0; k-- > 1 && back < kRankReach; ++back) {
      if (t[k].kind == Token::Kind::number || t[k].lower == ";" || t[k].lower == ":") return std::nullopt;
      if ((role(t[k]) & kRank) && t[k - 1].lower == "the") return k;
    }
    return std::nullopt;
  }
  static constexpr std::size_t kRankReach = 20;

  // What a ranking counts: the noun after its superlative at token `rank`,
  // past "number of", "rate of" and the like, ending before `lead`; a
  // plural, or a mass noun after "rate of": "the most senior officer, at
  // 58" is an age.
  std::optional<Reading> ranked_thing(std::string_view text, const std::vector<Token>& t, std::size_t rank,
                                      std::size_t lead) const {
    std::size_t m = rank + 1;
    const bool measured =
        m + 1 < lead && t[m + 1].lower == "of" && (is_total_word(t[m].lower) || (role(t[m]) & kRateWord));
    if (measured) m += 2;
    const NounInfo* info = nullptr;
    const auto noun = find_noun(t, m, &info);
    if (!noun || noun->second + 1 >= lead || (info && info->category == kNotCounted)) {
      return std::nullopt;
    }
    if (!measured && !t[noun->second].lower.ends_with('s')) return std::nullopt;
    return noun_reading(text, t, *noun, info);
  }

  static bool is_total_word(std::string_view w) {
    return w == "number" || w == "numbers" || w == "total" || w == "count" || w == "level";
  }

  // True if the tokens from `after` make the number before them a rate's
  // numerator: "per 100,000", "a day", "every week".
  bool rate_numerator(const std::vector<Token>& t, std::size_t after) const {
    if (after + 1 >= t.size()) return false;
    const std::string_view w = t[after].lower;
    if (w == "per") return t[after + 1].kind == Token::Kind::number || (role(t[after + 1]) & kPeriod);
    return (w == "a" || w == "an" || w == "each" || w == "every") && (role(t[after + 1]) & kPeriod);
  }

  // What a rate with no noun of its own counts, named before token `lead`
  // in the clause: "a rate of burglaries of 13,201", "the murder rate,
  // now about 45" (`rate` in count_grammar.tsv).
  std::optional<Reading> rate_thing(std::string_view text, const std::vector<Token>& t, std::size_t lead) const {
    for (std::size_t k = lead, back = 0; k-- > 0 && back < kRateReach; ++back) {
      if (t[k].kind == Token::Kind::number || t[k].lower == ";") return std::nullopt;
      if (!(role(t[k]) & kRateWord)) continue;
      const NounInfo* info = nullptr;
      std::optional<std::pair<std::size_t, std::size_t>> noun;
      if (k + 2 < lead && t[k + 1].lower == "of") {
        noun = find_noun(t, k + 2, &info);
        if (noun && noun->second >= lead) noun.reset();
      } else if (k > 0) {
        std::size_t first = 0;
        if ((info = match_backward(nouns_, t, k - 1, &first))) noun = std::make_pair(first, k - 1);
      }
      if (!noun || (info && info->category == kNotCounted)) return std::nullopt;
      return noun_reading(text, t, *noun, info);
    }
    return std::nullopt;
  }
  static constexpr std::size_t kRateReach = 8;

  // The group named by a phrase that opens the sentence with "of" and
  // ends with a comma just before token `lead`: "Of the vehicles
  // recovered, 214 ...", "Of the 90 people arrested, 75 ...".
  std::optional<Reading> fronted_of_group(std::string_view text, const std::vector<Token>& t, std::size_t lead) const {
    if (lead < 3 || t[lead - 1].lower != "," || t[0].lower != "of") return std::nullopt;
    for (std::size_t k = 1; k + 1 < lead; ++k) {
      if (t[k].kind == Token::Kind::punct) return std::nullopt;
    }
    std::size_t m = 1;
    if (t[m].lower == "the" || t[m].lower == "those" || t[m].lower == "these" || t[m].lower == "all") ++m;
    if (m < lead && t[m].kind == Token::Kind::number) ++m;
    // "Of those arrested, 212 ...": the people a verb of ours names.
    std::size_t verb_last = 0;
    if (const VerbInfo* v = match_forward(verbs_, t, m, &verb_last);
        m > 1 && v && !v->by_object && v->acts_on(NounClass::person) && verb_last + 2 == lead) {
      Reading reading;
      reading.lead = m;
      reading.state = Reading::State::count;
      reading.by_default = false;
      reading.category = reading.predicate_category = v->category;
      reading.cls = NounClass::person;
      return reading;
    }
    const NounInfo* info = nullptr;
    const auto noun = find_noun(t, m, &info);
    if (!noun || noun->second + 1 >= lead || (info && info->category == kNotCounted)) return std::nullopt;
    return noun_reading(text, t, *noun, info);
  }

  // True if token `k` is the comma that closes an aside after a subject:
  // "Knife offences, however, rose to 50,489".
  bool closes_aside(const std::vector<Token>& t, std::size_t k) const {
    return k >= 2 && t[k].lower == "," && (role(t[k - 1]) & kAside) && t[k - 2].lower == ",";
  }

  static bool is_preposition(std::string_view w) {
    return w == "in" || w == "of" || w == "for" || w == "from" || w == "at" || w == "across" || w == "within" ||
           w == "on" || w == "by" || w == "with" || w == "to" || w == "into" || w == "against" || w == "among";
  }

  // The subject noun of a level verb ending just before token `before`,
  // within a few words: "arrests were down slightly from", "Drug seizure
  // incidents rose to". A noun inside a prepositional phrase ("in the
  // county") is not the subject. With `needs_verb`, at least one word (the
  // verb) must stand between the noun and `before`, and no name or
  // preposition: "burglaries increased to", not "adults and".
  std::optional<std::pair<std::size_t, std::size_t>> noun_just_before(const std::vector<Token>& t, std::size_t before,
                                                                      const NounInfo** info,
                                                                      bool needs_verb = false) const {
    bool verb_between = false;
    for (std::size_t k = before, words = 0; k-- > 0 && words < 4; ++words) {
      if (closes_aside(t, k)) {
        k -= 2;
        continue;
      }
      if (t[k].kind != Token::Kind::word) return std::nullopt;
      std::optional<std::pair<std::size_t, std::size_t>> noun;
      std::size_t first = k;
      if (const NounInfo* listed = match_backward(nouns_, t, k, &first)) {
        *info = listed;
        noun = std::make_pair(first, k);
      } else if (plain_plural(t, k)) {
        *info = nullptr;
        noun = std::make_pair(k, k);
      }
      if (!noun) {
        if (needs_verb && (t[k].capitalised || is_preposition(t[k].lower))) return std::nullopt;
        verb_between = true;
        continue;
      }
      if (needs_verb && !verb_between) return std::nullopt;
      // Modifiers and an article may stand between the preposition and the
      // noun: "abuse against shop staff rose to 1,300".
      std::size_t p = noun->first;
      // Names too: "offences recorded in the Limerick division rose to".
      for (std::size_t modifiers = 0; p > 0 && modifiers < 3 && t[p - 1].kind == Token::Kind::word &&
                                      !(role(t[p - 1]) & kAux) && !is_preposition(t[p - 1].lower);
           ++modifiers) {
        --p;
      }
      if (p > 0 && is_preposition(t[p - 1].lower)) return std::nullopt;
      return noun;
    }
    return std::nullopt;
  }

  // True if a clause in tokens [from, before) opens with "with", "while",
  // "whereas" or "but" and a listed noun as its subject: ", with crime up".
  bool clause_subject_between(const std::vector<Token>& t, std::size_t from, std::size_t before) const {
    for (std::size_t k = before; k-- > from;) {
      const std::string_view w = t[k].lower;
      if (w == "," || w == ";") return false;
      if (w != "with" && w != "while" && w != "whereas" && w != "but") continue;
      const NounInfo* info = nullptr;
      const auto noun = find_noun(t, k + 1, &info);
      return noun && noun->second < before && info && info->category != kNotCounted;
    }
    return false;
  }

  // The noun after the first "number of" / "total of" / "count of" in
  // tokens [from, before), ending before `before`.
  std::optional<std::pair<std::size_t, std::size_t>> number_of_noun(const std::vector<Token>& t, std::size_t from,
                                                                    std::size_t before, const NounInfo** info) const {
    for (std::size_t k = from; k + 2 < before; ++k) {
      if ((t[k].lower == "number" || t[k].lower == "total" || t[k].lower == "count") && t[k + 1].lower == "of") {
        std::size_t m = k + 2;
        if (t[m].lower == "the") ++m;
        if (auto noun = find_noun(t, m, info); noun && noun->second < before) return noun;
      }
    }
    return std::nullopt;
  }

  // The counted thing named before token `before` in the sentence: the
  // noun after "number of" / "total of", else the subject just before the
  // verb, else the first listed noun of the clause, else its first plain
  // plural; with its verbs.
  std::optional<Reading> subject_before(std::string_view text, const std::vector<Token>& t, std::size_t before) const {
    std::size_t clause = before;
    // "had more than doubled, to 187"; but the comma closing an aside
    // ("The number of burglaries, however, rose to 300") is stepped over
    // with the aside below.
    if (clause > 0 && t[clause - 1].lower == "," && !closes_aside(t, clause - 1)) --clause;
    while (clause > 0) {
      if (closes_aside(t, clause - 1)) {
        clause -= 3;
        continue;
      }
      const std::string_view w = t[clause - 1].lower;
      if (w == "," || w == ";" || w == ":" || w == "while" || w == "whereas" || w == "but") break;
      --clause;
    }
    // A reported clause is searched first: in "Figures show that drug
    // offences rose by 17% last year to 512" and "The sheriff said overdose
    // deaths fell to 781" the subject is what was reported.
    std::size_t reported = clause;
    for (std::size_t k = clause; k + 1 < before; ++k) {
      if (role(t[k]) & kReportOpener) reported = k + 1;
    }
    const NounInfo* info = nullptr;
    std::optional<std::pair<std::size_t, std::size_t>> noun;
    for (const std::size_t from : {reported, clause}) {
      noun = number_of_noun(t, from, before, &info);
      if (!noun) noun = noun_just_before(t, before, &info);
      for (std::size_t k = from; k < before && !noun; ++k) {
        // A label before a number names no subject: "Group 1 crimes".
        if (auto n = listed_noun_at(t, k, &info);
            n && n->second < before && !(n->second + 1 < before && t[n->second + 1].kind == Token::Kind::number)) {
          noun = n;
        }
      }
      for (std::size_t k = from; k < before && !noun; ++k) {
        if (plain_plural(t, k)) {
          noun = std::make_pair(k, k);
          info = nullptr;
        }
      }
      if (noun || from == clause) break;
    }
    if (!noun) return std::nullopt;
    if (info && info->category == kNotCounted) return std::nullopt;
    return noun_reading(text, t, *noun, info);
  }

  // The reading of a counted thing named by the noun at tokens `noun`: a
  // listed noun (`info`) with the verbs around it, else a plain plural.
  Reading noun_reading(std::string_view text, const std::vector<Token>& t, const std::pair<std::size_t, std::size_t>& noun,
                       const NounInfo* info) const {
    Reading reading;
    reading.lead = noun.first;
    if (info) set_noun(text, t, reading, noun, info);
    else set_plain_noun(text, t, reading, noun);
    return reading;
  }

  // "N others" after a count of things in the sentence are more of those
  // things: "19 of the 40 wards were declared safe, while 21 others
  // remained at risk". After people ("arrested 5 men and charged 3
  // others") the noun's own reading stands.
  static void others_of_things(std::vector<Reading>& rs, const std::vector<Token>& t) {
    for (std::size_t ri = 1; ri < rs.size(); ++ri) {
      Reading& r = rs[ri];
      if (r.state != Reading::State::count || !r.noun || r.noun->first != r.noun->second ||
          t[r.noun->first].lower != "others") {
        continue;
      }
      for (std::size_t k = ri; k-- > 0;) {
        const Reading& a = rs[k];
        if (a.state != Reading::State::count) continue;
        if (a.cls != NounClass::person) {
          r.category = r.predicate_category = a.category;
          r.subject = a.subject;
          r.cls = a.cls;
        }
        break;
      }
    }
  }

  // Counts of the same kind side by side share what a verb or link says
  // of one of them: "15 children and 6 vulnerable adults were
  // safeguarded", "charged 14 people, including 5 visitors and 3 members
  // of staff".
  void share_categories(std::vector<Reading>& rs, const std::vector<Token>& t) const {
    auto is_count = [](const Reading& r) { return r.state == Reading::State::count; };
    for (std::size_t i = 0; i < rs.size(); ++i) {
      Reading& r = rs[i];
      if (!is_count(r) || !r.by_default || r.lead == 0) continue;
      if (r.cls != NounClass::person && r.cls != NounClass::place) continue;
      if (t[r.lead - 1].lower != "including" && t[r.lead - 1].lower != "among") continue;
      for (std::size_t k = i; k-- > 0;) {
        if (is_count(rs[k]) && rs[k].cls == NounClass::person) {
          r.category = rs[k].category;
          r.by_default = false;
          break;
        }
      }
    }
    // The verb reaches every charge of its list: "admitted 16 counts of
    // fraud and two counts of money laundering".
    for (std::size_t i = 0; i + 1 < rs.size(); ++i) {
      const Reading& a = rs[i];
      Reading& b = rs[i + 1];
      if (!a.proved || !is_count(b) || b.proved || b.cls != NounClass::fixed || b.category != "charges" || b.lead == 0) continue;
      if (t[b.lead - 1].lower != "and" && t[b.lead - 1].lower != ",") continue;
      bool same_clause = true;
      for (std::size_t k = a.after; k + 1 < b.lead && same_clause; ++k) {
        same_clause = t[k].kind == Token::Kind::word && !word_value(verbs_, t[k]);
      }
      if (!same_clause) continue;
      b.category = b.predicate_category = a.category;
      b.proved = true;
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = 0; i + 1 < rs.size(); ++i) {
        Reading& a = rs[i];
        Reading& b = rs[i + 1];
        if (!is_count(a) || !is_count(b) || !a.noun || a.cls == NounClass::fixed || b.cls == NounClass::fixed) continue;
        const std::size_t gap = a.noun->second + 1;
        if (b.lead != gap + 1 || !is_list_word(t[gap].lower)) continue;
        // Property listed with things seized was seized too: "two cars and
        // three houses" among assets frozen.
        if (seized_with(a, b) || seized_with(b, a)) continue;
        const bool same_kind = a.cls == b.cls || (a.by_default && a.cls == NounClass::place) ||
                               (b.by_default && b.cls == NounClass::place);
        if (!same_kind) continue;
        if (a.by_default && !b.by_default && (b.after_verb || t[a.lead > 0 ? a.lead - 1 : 0].lower == "including")) {
          a.category = b.category;
          a.by_default = false;
        } else if (b.by_default && !a.by_default) {
          b.category = a.category;
          b.by_default = false;
        }
      }
    }
  }

  // Gives premises counted with no verb of their own (`property`) the
  // category of items seized (`item`) listed next to them; true if it did.
  static bool seized_with(Reading& property, const Reading& item) {
    if (property.cls != NounClass::premises || !property.by_default || item.cls != NounClass::item ||
        item.category != "seizures") {
      return false;
    }
    property.category = item.category;
    property.by_default = false;
    return true;
  }

  // "charged with one count of trafficking" is what one person faces, no
  // statistic; "three counts of theft and one count of fraud" is a tally,
  // and counts every charge in it.
  static void drop_single_charges(std::vector<Reading>& rs) {
    auto is_charge = [](const Reading& r) {
      return r.state == Reading::State::count && r.cls == NounClass::fixed &&
             (r.category == "charges" || r.category == "convictions");
    };
    bool tally = false;
    for (const Reading& r : rs) tally |= is_charge(r) && !r.single_charge;
    if (tally) return;
    for (Reading& r : rs) {
      if (r.single_charge && is_charge(r)) r.state = Reading::State::excluded;
    }
  }

  // The most words of a name that splits a list: "Te Tai Tokerau Northland 19".
  static constexpr std::size_t kNameWords = 4;

  // How far back (bytes) a split by place may look for the count it splits.
  static constexpr std::size_t kPlaceLinkReach = 600;
  static constexpr std::size_t kRateTableReach = 500;

  // `rs`: scratch for the readings, reused across sentences.
  void read_sentence(std::string_view text, const std::vector<Token>& t, std::vector<Reading>& rs, ArticleState& state,
                     Facts& out) const {
    TitleCase title_case(t);
    rs.clear();
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i].kind == Token::Kind::number) rs.push_back(read_number_at(text, t, i, title_case));
    }
    // Chains ("10, 20 and 30 people") settle over a few passes.
    for (int pass = 0; pass < 3; ++pass) {
      bool changed = false;
      for (std::size_t ri = 0; ri < rs.size(); ++ri) {
        if (rs[ri].state == Reading::State::bare) changed |= resolve(text, rs, ri, t, state);
      }
      if (!changed) break;
    }
    others_of_things(rs, t);
    share_categories(rs, t);
    drop_single_charges(rs);
    for (const Reading& r : rs) {
      if (r.state != Reading::State::count) continue;
      Counted c;
      c.value = t[r.tok].number->value;
      c.category = r.category;
      c.subject = r.subject;
      c.person = r.cls == NounClass::person;
      // A definite repeat of a group counted before ("the 14 suspects")
      // keeps the category it was first given.
      if (r.cls == NounClass::person && r.lead > 0 && t[r.lead - 1].lower == "the") {
        for (const Counted& before : state.counts) {
          if (before.value == c.value && before.person) {
            c.category = before.category;
            break;
          }
        }
      }
      const std::size_t end = r.noun ? t[r.noun->second].span.end : t[r.tok].span.end;
      c.span = Span{t[r.lead].span.begin, end};
      state.counts.push_back(c);
      Count& count = out.counts.emplace_back();
      count.value = c.value;
      count.category = c.category;
      count.subject = c.subject;
      count.qualifier = r.qualifier;
      count.span = c.span;
    }
  }

  template <typename V>
  void index_words(const PhraseTable<V>& table) {
    for (const std::string& phrase : table.phrases()) {
      const std::size_t first_space = phrase.find(' ');
      const std::size_t last_space = phrase.rfind(' ');
      WordBits& first = words_[phrase.substr(0, first_space)];
      first.starts |= table.bit();
      WordBits& last = words_[last_space == std::string::npos ? phrase : phrase.substr(last_space + 1)];
      last.ends |= table.bit();
      if (first_space == std::string::npos) {
        first.whole[table.index()] = table.find(phrase);
      } else {
        first.longer_after |= table.bit();
        last.longer_before |= table.bit();
      }
    }
  }

  PhraseTable<NounInfo> nouns_{1u << 0};
  PhraseTable<VerbInfo> verbs_{1u << 1};
  PhraseTable<ContextInfo> context_before_{1u << 2}, context_after_{1u << 3}, dates_before_{1u << 4},
      dates_after_{1u << 5}, year_words_{1u << 6}, bare_blocks_{1u << 7}, bare_hedged_blocks_{1u << 15},
      containers_{1u << 17};
  PhraseTable<Link> back_links_{1u << 8}, subset_links_{1u << 9}, ahead_links_{1u << 10}, place_links_{1u << 11},
      level_links_{1u << 12}, recall_before_{1u << 13}, recall_after_{1u << 14}, follow_links_{1u << 16};
  WordMap<Qualifier> hedges_;  // qualifier_phrases(), in lower case
  WordMap<bool> service_numbers_;  // "999 calls": count_context.tsv rows of side `number`
  std::size_t longest_service_phrase_ = 0;
  WordMap<WordBits> words_;  // every word of every table, and grammar roles
  WordIndex word_index_;     // words_, for lookups
};

}  // namespace

ExtractorPtr make_counts_extractor(const std::filesystem::path& data_dir) {
  return std::make_unique<CountsExtractor>(data_dir);
}

}  // namespace crimestats
