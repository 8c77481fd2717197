// Drugs named in an article, and quantities of drugs ("220 grams of crack
// cocaine", "500 cannabis plants"). See docs/extractors/drugs.md.
//
// A cheap scan finds the words a single hash table built from the lexicons
// knows; only their sentences are split into words, and everything after
// that works on the few words the table knows.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "crimestats/extractor.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/numbers.hpp"
#include "crimestats/over_words.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

// Longest word looked up; longer words are in no lexicon.
constexpr std::size_t kMaxWordLength = 31;
// How far (in words) a drug word, unit or context word may stand from a word
// that is only sometimes a drug name ("crack", "speed").
constexpr std::size_t kContextWindow = 4;
constexpr std::size_t kAdjacentWindow = 2;
// Words that may stand between a unit and its drug ("wraps of suspected
// Class A drugs"), between a number and a packaging unit ("500 cannabis
// plants"), or between a drug and a quantity given after it ("Cannabis:
// 2kg", "cocaine weighing 1kg").
constexpr std::size_t kMaxFillers = 8;
constexpr std::size_t kMaxWordsBetween = 4;
constexpr std::size_t kMaxLookBack = 4;
// How far (in words) a drug named earlier in the sentence may stand from a
// packaging quantity that leaves it out ("the cannabis, worth £36,000, split
// into 40 bags"), and how far a plant count looks for drug talk.
constexpr std::size_t kSentenceLookBack = 30;
constexpr std::size_t kPlantEvidenceWindow = 60;
// Words a number written in words may span ("two and a half").
constexpr std::size_t kMaxNumberWords = 6;

enum class Evidence { always, context, adjacent };
enum class UnitRule { none, drug_after, weight_or_money, implies_drugs, implies_cannabis };
enum class QuantityWord { none, filler, container, aggregate, generic, year_marker, fraction, equipment };
// Words that tie a quantity to a drug named before it (drug_reference_words.tsv).
enum class ReferenceWord : std::uint8_t { none, definite, comparison, weighing, distributive };

struct DrugTerm {
  std::vector<std::string> words;  // lower case
  std::string canonical;
  std::string drug_class;
  Evidence evidence = Evidence::always;
  std::vector<std::string> blocked_before, blocked_after;
  // A family ("benzodiazepines", "opioids"): names no drug, and its
  // quantities are of `drugs` (the canonical name).
  bool family = false;
};

struct UnitAlias {
  std::string unit;
  double factor = 1;
  bool mass = true;
  UnitRule rule = UnitRule::none;
};

// Everything the lexicons say about one lower-case word.
struct WordInfo {
  std::vector<const DrugTerm*> terms;  // terms starting with the word, longest first
  const UnitAlias* unit = nullptr;
  QuantityWord quantity_word = QuantityWord::none;
  double fraction = 0;  // the value of a fraction word ("quarter": 0.25)
  bool context = false;
  ReferenceWord reference = ReferenceWord::none;
  bool follows_bare_weight = false;  // drug_weight_followers.tsv
};

// One word of the text. Kept small: there is one per word of every article.
struct Token {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t digits_end = 0;  // for a word starting with a digit, the end of its number; else 0
  std::uint32_t sentence = 0;
  std::int32_t hit = -1;  // index of the drug-name match covering this word
  bool sentence_start = false;
  // The exact number read_number finds from the word, read when first asked
  // for (the searches back from units ask for the same words again): where
  // it ends (0: none) and its value.
  mutable bool number_read = false;
  mutable std::uint32_t number_end = 0;
  mutable double number_value = 0;
  // A word: what the lexicons say if it may start a drug name or is a unit.
  // A number: the unit glued to it ("179.64g"), if any.
  const WordInfo* info = nullptr;

  bool is_number() const { return digits_end != 0; }
  const UnitAlias* unit() const { return info ? info->unit : nullptr; }
  bool starts_drug_name() const { return info && !is_number() && !info->terms.empty(); }
};

// A word the scan looked up and the lexicons know: where it starts and
// what they say. The tokeniser takes its words' entries from these.
struct KnownWord {
  std::uint32_t begin = 0;
  const WordInfo* info = nullptr;
};

// What this article has given so far: the drugs named and the quantities
// found before the current run of sentences and in it (in text order),
// for quantities that refer back ("870kg of the drug", "up from 12
// tonnes"), and whether its "pounds" are weights.
struct FoundSoFar {
  const std::vector<Drug>& drugs;
  std::size_t drugs_from = 0;  // this article's first
  const std::vector<DrugQuantity>& quantities;
  std::size_t quantities_from = 0;
  bool pounds_weigh = false;
};

struct Hit {
  std::size_t first = 0, last = 0;  // token indexes, inclusive
  const DrugTerm* term = nullptr;
  bool accepted = false;
  bool used = false;  // already the drug of a quantity
};

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    const std::size_t comma = s.find(',');
    const std::string_view item = s.substr(0, comma);
    if (!item.empty()) out.push_back(lower_ascii(item));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t begin = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > begin) out.push_back(lower_ascii(s.substr(begin, i - begin)));
  }
  return out;
}

bool is_alnum(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

// What the scan needs to know about a byte, from one table lookup.
enum ByteClass : std::uint8_t {
  kLetter = 1,
  kDigit = 2,
  kAlnum = kLetter | kDigit,
  kSentenceMark = 4,  // '.', '!', '?': ends a sentence before a space, line break, quote or the end
  kLineBreak = 8,
  kAfterMark = 16,  // ' ', '\n', '"'
};

constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    if (is_ascii_alpha(b)) classes[c] |= kLetter;
    if (is_ascii_digit(b)) classes[c] |= kDigit;
  }
  classes['.'] = classes['!'] = classes['?'] = kSentenceMark;
  classes['\n'] = kLineBreak | kAfterMark;
  classes[' '] = classes['"'] = kAfterMark;
  return classes;
}();

std::uint8_t byte_class(char c) { return kByteClasses[static_cast<unsigned char>(c)]; }

// A letter's place in the alphabet whatever its case; 26 for any other byte.
constexpr std::array<std::uint8_t, 256> kLetterIndexes = [] {
  std::array<std::uint8_t, 256> indexes{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    indexes[c] = static_cast<std::uint8_t>(is_ascii_alpha(b) ? (b | 0x20) - 'a' : 26);
  }
  return indexes;
}();

std::size_t letter_index(char c) { return kLetterIndexes[static_cast<unsigned char>(c)]; }

// True if text[i] ends a sentence, as this extractor splits them: a line
// break, or '.', '!' or '?' before a space, line break, quote or the end.
// Such a byte is never inside a word (a full stop inside "1.5" is before a
// digit), so sentences can be found without splitting words.
[[gnu::always_inline]] inline bool ends_sentence_at(std::string_view text, std::size_t i) {
  const std::uint8_t c = byte_class(text[i]);
  return (c & kLineBreak) || ((c & kSentenceMark) && (i + 1 >= text.size() || byte_class(text[i + 1]) & kAfterMark));
}

#if defined(__SSE2__)
// Bit k set where p[k] is '\n', '.', '!' or '?', for 16 bytes: the bytes
// that may end a sentence, so that sentence limits are found 16 bytes at a step.
unsigned sentence_mark_bits16(const char* p) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')),
                                                  _mm_cmpeq_epi8(bytes, _mm_set1_epi8('.'))),
                                     _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('!')),
                                                  _mm_cmpeq_epi8(bytes, _mm_set1_epi8('?'))));
  return static_cast<unsigned>(_mm_movemask_epi8(marks));
}
#endif

// Where the sentence holding text[pos] starts (just after the byte that
// ended the one before), and where it ends (that byte of its own).
std::size_t sentence_begin(std::string_view text, std::size_t pos) {
#if defined(__SSE2__)
  for (; pos >= 16; pos -= 16) {
    for (unsigned marks = sentence_mark_bits16(text.data() + pos - 16); marks;) {
      const std::size_t i = pos - 16 + 31 - static_cast<std::size_t>(std::countl_zero(marks));
      if (ends_sentence_at(text, i)) return i + 1;
      marks &= ~(1u << (i - (pos - 16)));
    }
  }
#endif
  for (; pos > 0; --pos) {
    if (ends_sentence_at(text, pos - 1)) return pos;
  }
  return 0;
}

std::size_t sentence_end(std::string_view text, std::size_t pos) {
#if defined(__SSE2__)
  for (; pos + 16 <= text.size(); pos += 16) {
    for (unsigned marks = sentence_mark_bits16(text.data() + pos); marks; marks &= marks - 1) {
      const std::size_t i = pos + static_cast<std::size_t>(std::countr_zero(marks));
      if (ends_sentence_at(text, i)) return i;
    }
  }
#endif
  for (; pos < text.size(); ++pos) {
    if (ends_sentence_at(text, pos)) return pos;
  }
  return text.size();
}

// Where the sentence with words before the one holding text[pos] starts
// (empty lines between them hold no words).
std::size_t previous_sentence_begin(std::string_view text, std::size_t pos) {
  std::size_t i = sentence_begin(text, pos);
  while (i > 0 && !(byte_class(text[i - 1]) & kAlnum)) --i;
  return i == 0 ? 0 : sentence_begin(text, i - 1);
}

// Bit k set where text[base + k] is an ASCII letter, for 64 bytes; bytes
// past the end are not.
[[gnu::always_inline]] inline std::uint64_t letter_bits(std::string_view text, std::size_t base) {
  std::uint64_t letters = 0;
  std::size_t k = 0;
#if defined(__SSE2__)
  // (b | 0x20) - 'a' <= 25, unsigned.
  const auto letter_bits16 = [&](std::size_t at) -> std::uint64_t {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    const __m128i letter = _mm_sub_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i is_letter = _mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter);
    return static_cast<std::uint16_t>(_mm_movemask_epi8(is_letter));
  };
  if (base + 64 <= text.size()) {  // the whole block, in straight code
    return letter_bits16(base) | letter_bits16(base + 16) << 16 | letter_bits16(base + 32) << 32 |
           letter_bits16(base + 48) << 48;
  }
  for (; base + k + 16 <= text.size(); k += 16) letters |= letter_bits16(base + k) << k;
#endif
  for (; k < 64 && base + k < text.size(); ++k) {
    if (byte_class(text[base + k]) & kLetter) letters |= std::uint64_t{1} << k;
  }
  return letters;
}

#if defined(__SSE2__)
// Bit k set where p[k] is an ASCII letter or digit, for 16 bytes:
// (b | 0x20) - 'a' <= 25 for letters and b - '0' <= 9 for digits, unsigned.
std::uint64_t alnum_bits16(const char* p) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i letter = _mm_sub_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
  const __m128i digit = _mm_sub_epi8(bytes, _mm_set1_epi8('0'));
  const __m128i alnum = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter),
                                     _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(alnum));
}
#endif

// Finds where runs of ASCII letters and digits end from a bit mask of the
// 64 bytes ahead, so that a word costs a few bit operations instead of a
// loop over its bytes. Positions only go forward from `from`.
class RunEndScanner {
 public:
  RunEndScanner(std::string_view text, std::size_t from) : text_(text) { load(from); }

  // The first byte at or after `i` that is not a letter or digit, or the
  // end of the text.
  std::size_t run_end(std::size_t i) {
    while (true) {
      if (i >= base_ + 64) load(i);
      // Bytes past the end stop a run, so the answer is never past it.
      if (const std::uint64_t stops = stops_ >> (i - base_)) {
        return i + static_cast<std::size_t>(std::countr_zero(stops));
      }
      i = base_ + 64;
    }
  }

 private:
  void load(std::size_t base) {
    base_ = base;
    std::uint64_t alnum = 0;
    std::size_t k = 0;
#if defined(__SSE2__)
    for (; k < 64 && base + k + 16 <= text_.size(); k += 16) alnum |= alnum_bits16(text_.data() + base + k) << k;
#endif
    for (; k < 64 && base + k < text_.size(); ++k) {
      if (byte_class(text_[base + k]) & kAlnum) alnum |= std::uint64_t{1} << k;
    }
    stops_ = ~alnum;  // bytes past the end stop a run too
  }

  std::string_view text_;
  std::size_t base_ = 0;
  std::uint64_t stops_ = 0;  // bit k: text_[base_ + k] is not a letter or digit
};

bool contains_word(const std::vector<std::string>& list, std::string_view word) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& w) { return iequals(w, word); });
}

// True if only spaces and hyphens separate two words ("crack cocaine",
// "high-purity", "2-kilo").
bool plain_gap(std::string_view text, std::size_t from, std::size_t to) {
  if (to <= from) return false;
  for (std::size_t i = from; i < to; ++i) {
    if (text[i] != ' ' && text[i] != '-') return false;
  }
  return true;
}

// The length of an opening quote mark ending at `pos` (', ", or the curly
// U+2018, U+201C), or 0.
std::size_t opening_quote_before(std::string_view text, std::size_t pos) {
  if (pos >= 1 && (text[pos - 1] == '\'' || text[pos - 1] == '"')) return 1;
  if (pos >= 3 && static_cast<unsigned char>(text[pos - 3]) == 0xE2 && static_cast<unsigned char>(text[pos - 2]) == 0x80 &&
      (static_cast<unsigned char>(text[pos - 1]) == 0x98 || static_cast<unsigned char>(text[pos - 1]) == 0x9C)) {
    return 3;
  }
  return 0;
}

// True if a closing quote mark starts at `pos` (', ", or the curly U+2019,
// U+201D).
bool closing_quote_at(std::string_view text, std::size_t pos) {
  if (pos < text.size() && (text[pos] == '\'' || text[pos] == '"')) return true;
  return pos + 2 < text.size() && static_cast<unsigned char>(text[pos]) == 0xE2 &&
         static_cast<unsigned char>(text[pos + 1]) == 0x80 &&
         (static_cast<unsigned char>(text[pos + 2]) == 0x99 || static_cast<unsigned char>(text[pos + 2]) == 0x9D);
}

// plain_gap, or one ending in an opening quote: "1,012g of 'Ice'".
bool plain_gap_to_quote(std::string_view text, std::size_t from, std::size_t to) {
  if (plain_gap(text, from, to)) return true;
  const std::size_t quote = opening_quote_before(text, to);
  return quote != 0 && plain_gap(text, from, to - quote);
}

// A currency sign just before `pos`: "£2,000 of cannabis" is money.
bool after_currency_sign(std::string_view text, std::size_t pos) {
  if (pos >= 1 && text[pos - 1] == '$') return true;
  if (pos >= 2 && static_cast<unsigned char>(text[pos - 2]) == 0xC2 &&
      static_cast<unsigned char>(text[pos - 1]) == 0xA3) {
    return true;  // £
  }
  return pos >= 3 && static_cast<unsigned char>(text[pos - 3]) == 0xE2 &&
         static_cast<unsigned char>(text[pos - 2]) == 0x82 && static_cast<unsigned char>(text[pos - 1]) == 0xAC;  // €
}

class DrugsExtractor final : public Extractor {
 public:
  explicit DrugsExtractor(const std::filesystem::path& data_dir) {
    const auto dir = data_dir / "lexicons";
    load_terms(dir / "drug_names.tsv", dir / "drug_families.tsv");
    load_units(dir / "drug_units.tsv");
    const auto quantity_words_file = dir / "drug_quantity_words.tsv";
    for (const auto& row : read_lexicon(quantity_words_file, 2)) {
      WordInfo& info = words_[lower_ascii(row.fields[0])];
      info.quantity_word = lexicon_choice<QuantityWord>(quantity_words_file, row, 1, "role",
                                                        {{"filler", QuantityWord::filler},
                                                         {"container", QuantityWord::container},
                                                         {"aggregate", QuantityWord::aggregate},
                                                         {"generic", QuantityWord::generic},
                                                         {"year_marker", QuantityWord::year_marker},
                                                         {"equipment", QuantityWord::equipment},
                                                         {"fraction", QuantityWord::fraction}});
      if (info.quantity_word != QuantityWord::fraction) continue;
      try {
        info.fraction = row.fields.size() > 2 ? std::stod(row.fields[2]) : 0;
      } catch (const std::exception&) {
      }
      if (!(info.fraction > 0 && info.fraction < 1)) {
        fail(quantity_words_file, row.line, "a fraction needs a value between 0 and 1");
      }
    }
    for (const auto& row : read_lexicon(dir / "drug_context.tsv", 1)) words_[lower_ascii(row.fields[0])].context = true;
    const auto reference_words_file = dir / "drug_reference_words.tsv";
    for (const auto& row : read_lexicon(reference_words_file, 2)) {
      words_[lower_ascii(row.fields[0])].reference =
          lexicon_choice<ReferenceWord>(reference_words_file, row, 1, "role",
                                        {{"definite", ReferenceWord::definite},
                                         {"comparison", ReferenceWord::comparison},
                                         {"weighing", ReferenceWord::weighing},
                                         {"distributive", ReferenceWord::distributive}});
    }
    over_words_ = OverWords(dir / "money_particle_verbs.tsv");
    for (const auto& row : read_lexicon(dir / "drug_weight_followers.tsv", 1)) {
      words_[lower_ascii(row.fields[0])].follows_bare_weight = true;
    }
    for (const auto& [phrase, qualifier] : qualifier_phrases()) {
      const std::string_view last_word = phrase.substr(phrase.rfind(' ') + 1);
      if (std::find(hedge_last_words_.begin(), hedge_last_words_.end(), last_word) == hedge_last_words_.end()) {
        hedge_last_words_.push_back(last_word);
      }
    }
    // Register each term under its first word, longest term first, so the
    // first term that matches is the longest.
    for (const auto& term : terms_) words_[term.words.front()].terms.push_back(&term);
    third_bytes_by_pair_.assign(1 << 16, 0);
    for (auto& [word, info] : words_) {
      std::stable_sort(info.terms.begin(), info.terms.end(),
                       [](const DrugTerm* a, const DrugTerm* b) { return a->words.size() > b->words.size(); });
      if (!info.terms.empty() || info.unit) {
        // In text a one-letter word is followed by any byte that is no
        // letter, and a word's third byte counts only after a letter.
        const std::uint32_t thirds = word.size() > 2 && is_ascii_alpha(static_cast<unsigned char>(word[1]))
                                         ? std::uint32_t{1} << (word[2] & 31)
                                         : ~std::uint32_t{0};
        for (int second = 0; second < 256; ++second) {
          const auto b = static_cast<char>(second);
          if (word.size() > 1 ? to_lower_ascii(b) != word[1] : is_ascii_alpha(static_cast<unsigned char>(b))) continue;
          third_bytes_by_pair_[byte_pair(word[0], b)] |= thirds;
          third_bytes_by_pair_[byte_pair(static_cast<char>(word[0] & ~0x20), b)] |= thirds;
        }
        shapes_[shape_slot(word)] |= std::uint64_t{1} << word.size() | std::uint64_t{1} << (32 + letter_index(word.back()));
      }
    }
  }

  std::string_view name() const override { return "drugs"; }

  void extract(const ExtractInput& in, Facts& out) const override {
    const std::string_view text = in.text;
    // Word offsets are 32-bit: 4 GiB of text is no news article.
    if (text.size() > std::numeric_limits<std::uint32_t>::max()) return;
    // Every rule stays inside one sentence (plant counts also look at the
    // one before), so only sentences holding a word the lexicons know are
    // split into words, each run of them on its own.
    // Buffers kept per thread (extract is shared by threads), so that an
    // article allocates nothing once they have grown.
    thread_local std::vector<Span> runs;
    thread_local std::vector<KnownWord> known;
    thread_local std::vector<Token> tokens;
    thread_local std::vector<std::uint32_t> anchors;  // tokens that may start a drug name or carry a unit
    thread_local std::vector<Hit> hits;
    runs.clear();
    known.clear();
    find_anchor_sentences(text, runs, known);
    const FoundSoFar found{out.drugs, out.drugs.size(), out.drug_quantities, out.drug_quantities.size(),
                           counts_money_in_dollars(text)};
    // An end marker past every word, so that known_at needs no bounds check.
    known.push_back(KnownWord{std::numeric_limits<std::uint32_t>::max(), nullptr});
    // Runs and known words are both in text order: one cursor serves all runs.
    std::size_t next_known = 0;
    // Slang that opens a quote with nothing to vouch for it ("Ice is doing
    // enormous damage," he said), kept until the article is read.
    thread_local std::vector<Drug> opening_slang;
    thread_local std::vector<const DrugTerm*> opening_slang_terms;  // their terms, in step
    thread_local std::vector<const std::string*> named_always;  // drugs named by an 'always' word
    thread_local std::vector<const DrugTerm*> capitalised;       // terms written as names ("Jason Brown")
    opening_slang.clear();
    opening_slang_terms.clear();
    named_always.clear();
    capitalised.clear();
    for (const Span& run : runs) {
      tokens.clear();
      anchors.clear();
      hits.clear();
      tokenise(text, run, known, next_known, tokens, anchors);
      match_terms(text, tokens, anchors, hits);
      for (auto& hit : hits) {
        hit.accepted = !blocked(text, tokens, hit) &&
                       (hit.term->evidence == Evidence::always || has_evidence(text, tokens, hit));
        if (hit.accepted && !hit.term->family) {
          out.drugs.push_back(Drug{hit.term->canonical, hit.term->drug_class,
                                   {Span{tokens[hit.first].begin, tokens[hit.last].end}}});
          if (hit.term->evidence == Evidence::always) named_always.push_back(&hit.term->canonical);
        } else if (!hit.accepted && !hit.term->family && tokens[hit.first].sentence_start &&
                   opening_quote_before(text, tokens[hit.first].begin) != 0 && !blocked(text, tokens, hit)) {
          opening_slang.push_back(Drug{hit.term->canonical, hit.term->drug_class,
                                       {Span{tokens[hit.first].begin, tokens[hit.last].end}}});
          opening_slang_terms.push_back(hit.term);
        }
        if (!hit.accepted && !tokens[hit.first].sentence_start && title_case(text, tokens[hit.first])) {
          capitalised.push_back(hit.term);
        }
      }
      for (const std::uint32_t i : anchors) {
        if (auto q = quantity_at(text, tokens, hits, i, found)) out.drug_quantities.push_back(*q);
      }
    }
    // Such a word is the drug when the article names that same drug by a
    // word that is never anything else: a story about methamphetamine that
    // opens a quote with "Ice ..." means the drug, one about a cold snap not.
    // A quote, not any sentence start, and not a word the article writes
    // as a name elsewhere: "Coke" and "Brown" are surnames too ("Jason
    // Brown ... 'Brown was a good lad'").
    for (std::size_t s = 0; s < opening_slang.size(); ++s) {
      const Drug& slang = opening_slang[s];
      if (std::any_of(named_always.begin(), named_always.end(),
                      [&](const std::string* name) { return *name == slang.drug; }) &&
          std::find(capitalised.begin(), capitalised.end(), opening_slang_terms[s]) == capitalised.end()) {
        out.drugs.push_back(slang);
      }
    }
  }

 private:
  [[noreturn]] static void fail(const std::filesystem::path& file, int line, std::string_view why) {
    throw std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + std::string(why));
  }

  // The scan splits words at hyphens and looks up only words that start
  // with a letter and fit the prefilter: drug names and units must too.
  static void check_anchor_word(const std::filesystem::path& file, int line, std::string_view word) {
    if (word.empty() || word.size() > kMaxWordLength || !is_ascii_alpha(static_cast<unsigned char>(word[0])) ||
        !std::all_of(word.begin(), word.end(), [](char c) { return is_alnum(static_cast<unsigned char>(c)); })) {
      fail(file, line, "a first word or unit must be letters and digits, starting with a letter, at most 31 bytes");
    }
  }

  // Only the first word of a term is looked up; later ones may be digits ("erimin 5").
  static void check_term_words(const std::filesystem::path& file, int line, const std::vector<std::string>& words) {
    check_anchor_word(file, line, words.front());
    for (const auto& word : words) {
      if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) { return is_alnum(static_cast<unsigned char>(c)); })) {
        fail(file, line, "the words of a term must be letters and digits");
      }
    }
  }

  void load_terms(const std::filesystem::path& file, const std::filesystem::path& families_file) {
    const auto rows = read_lexicon(file, 4);
    const auto family_rows = read_lexicon(families_file, 1);
    terms_.reserve(rows.size() + family_rows.size());  // WordInfo keeps pointers into terms_
    for (const auto& row : family_rows) {
      DrugTerm term;
      term.words = split_words(row.fields[0]);
      if (term.words.empty()) fail(families_file, row.line, "a term is required");
      check_term_words(families_file, row.line, term.words);
      term.canonical = "drugs";
      term.family = true;
      terms_.push_back(std::move(term));
    }
    for (const auto& row : rows) {
      DrugTerm term;
      term.words = split_words(row.fields[0]);
      term.canonical = row.fields[1];
      term.drug_class = row.fields[2];
      if (term.words.empty() || term.canonical.empty()) fail(file, row.line, "term and canonical name are required");
      check_term_words(file, row.line, term.words);
      if (!term.drug_class.empty() && term.drug_class != "A" && term.drug_class != "B" && term.drug_class != "C") {
        fail(file, row.line, "class must be A, B, C or empty");
      }
      term.evidence = lexicon_choice<Evidence>(
          file, row, 3, "evidence",
          {{"always", Evidence::always}, {"context", Evidence::context}, {"adjacent", Evidence::adjacent}});
      if (row.fields.size() > 4) term.blocked_before = split_list(row.fields[4]);
      if (row.fields.size() > 5) term.blocked_after = split_list(row.fields[5]);
      terms_.push_back(std::move(term));
    }
  }

  void load_units(const std::filesystem::path& file) {
    const auto rows = read_lexicon(file, 4);
    units_.reserve(rows.size());  // WordInfo keeps pointers into units_
    for (const auto& row : rows) {
      UnitAlias unit;
      unit.unit = row.fields[1];
      try {
        unit.factor = std::stod(row.fields[2]);
      } catch (const std::exception&) {
        fail(file, row.line, "factor must be a number");
      }
      unit.mass = lexicon_choice<bool>(file, row, 3, "kind", {{"mass", true}, {"count", false}});
      unit.rule = lexicon_choice<UnitRule>(file, row, 4, "rule",
                                           {{"drug_after", UnitRule::drug_after},
                                            {"weight_or_money", UnitRule::weight_or_money},
                                            {"implies_drugs", UnitRule::implies_drugs},
                                            {"implies_cannabis", UnitRule::implies_cannabis},
                                            {"", UnitRule::none}});
      const std::string alias = lower_ascii(row.fields[0]);
      check_anchor_word(file, row.line, alias);
      units_.push_back(std::move(unit));
      words_[alias].unit = &units_.back();
    }
  }

  // Might a word the lexicons know start at text[p] (a letter)? Turns away
  // most words of prose ("the", "can", "more") by their first three bytes,
  // with one table load for the first two and no branch.
  bool may_start_anchor(std::string_view text, std::size_t p) const {
    const std::size_t n = text.size();
    const std::uint32_t thirds = third_bytes_by_pair_[p + 1 < n ? byte_pair_at(text.data() + p) : byte_pair(text[p], ' ')];
    return thirds >> ((p + 2 < n ? text[p + 2] : ' ') & 31) & 1;
  }

  // The word starts of `starts` (bit k: text[base + k], a letter) that
  // may_start_anchor lets through. Most blocks are followed by two more
  // bytes of text, and there its test needs no checks for the end: a few
  // instructions per word of prose, no branch.
  std::uint64_t anchor_candidates(std::string_view text, std::size_t base, std::uint64_t starts) const {
    std::uint64_t candidates = 0;
    if (base + 66 > text.size()) {
      for (; starts; starts &= starts - 1) {
        const int k = std::countr_zero(starts);
        if (may_start_anchor(text, base + static_cast<std::size_t>(k))) candidates |= std::uint64_t{1} << k;
      }
      return candidates;
    }
    const char* block = text.data() + base;
    const std::uint32_t* thirds_by_pair = third_bytes_by_pair_.data();
    // (A 64-bit offset into the block saves widening it for every word.)
    for (; starts; starts &= starts - 1) {
      const auto k = static_cast<std::uint64_t>(std::countr_zero(starts));
      const std::uint32_t thirds = thirds_by_pair[byte_pair_at(block + k)];
      candidates |= std::uint64_t{thirds >> (static_cast<unsigned char>(block[k + 2]) & 31) & 1} << k;
    }
    return candidates;
  }

  // Where a word's first two letters put it in shapes_.
  static std::size_t shape_slot(std::string_view word) {
    return letter_index(word[0]) * 27 + (word.size() > 1 ? letter_index(word[1]) : 26);
  }

  // What the lexicons say about a word that may start a drug term or be a
  // unit; a cheap test on its first two letters, last letter and length
  // skips most words ("the" and "thc" differ only in the last).
  // `word` is a run of letters and digits starting with a letter.
  const WordInfo* lookup_anchor(std::string_view word) const {
    if (word.size() > kMaxWordLength) return nullptr;
    const std::uint64_t shapes = shapes_[shape_slot(word)];
    if (!(shapes & std::uint64_t{1} << word.size()) || !(shapes & std::uint64_t{1} << (32 + letter_index(word.back())))) {
      return nullptr;
    }
    const WordInfo* info = lookup(word);
    return info && (info->unit || !info->terms.empty()) ? info : nullptr;
  }

  const WordInfo* lookup(std::string_view word) const {
    if (word.empty() || word.size() > kMaxWordLength) return nullptr;
    std::array<char, kMaxWordLength> lower;
    for (std::size_t i = 0; i < word.size(); ++i) lower[i] = to_lower_ascii(word[i]);
    const auto it = words_.find(std::string_view(lower.data(), word.size()));
    return it == words_.end() ? nullptr : &it->second;
  }

  // Where an anchor may be: every word the lexicons know starts a run of
  // letters (after a space, punctuation or the digits of "179.64g"), and
  // most runs are turned away by their first two letters alone. Each
  // anchor's sentence (and the one before for a plant count) is added to
  // `runs`, which ends up sorted and without overlaps. Every word found
  // goes to `known`, in text order, so that tokenise need not look up
  // again a word this scan has looked up.
  void find_anchor_sentences(std::string_view text, std::vector<Span>& runs, std::vector<KnownWord>& known) const {
    const std::size_t n = text.size();
    std::size_t taken = 0;  // the end of the last sentence added
    std::uint64_t letter_before = 0;  // 1 if the byte before the block is a letter
    for (std::size_t base = 0; base < n; base += 64) {
      const std::uint64_t letters = letter_bits(text, base);
      const std::uint64_t starts = letters & ~(letters << 1 | letter_before);
      letter_before = letters >> 63;
      for (std::uint64_t candidates = anchor_candidates(text, base, starts); candidates; candidates &= candidates - 1) {
        const unsigned k = static_cast<unsigned>(std::countr_zero(candidates));
        const std::size_t p = base + k;
        // The letters end where the block's letter bits do (bits past the
        // end of the text are clear), or run on past it; digits may follow.
        const std::uint64_t not_letters = ~letters >> k;
        std::size_t end = not_letters ? p + static_cast<std::size_t>(std::countr_zero(not_letters)) : base + 64;
        while (end < n && (byte_class(text[end]) & kAlnum)) ++end;
        const WordInfo* info = lookup_anchor(text.substr(p, end - p));
        if (!info) continue;
        known.push_back(KnownWord{static_cast<std::uint32_t>(p), info});
        const bool plants = info->unit && info->unit->rule == UnitRule::implies_cannabis;
        if (p < taken && !plants) continue;
        const std::size_t begin = plants ? previous_sentence_begin(text, p) : sentence_begin(text, p);
        taken = sentence_end(text, p);
        runs.push_back(Span{begin, taken});
      }
    }
    // A plant count's sentence before may reach back into earlier runs.
    std::sort(runs.begin(), runs.end());
    std::size_t kept = 0;
    for (std::size_t k = 0; k < runs.size(); ++k) {
      if (kept > 0 && runs[k].begin < runs[kept - 1].end) {
        runs[kept - 1].end = std::max(runs[kept - 1].end, runs[k].end);
      } else {
        runs[kept++] = runs[k];
      }
    }
    runs.resize(kept);
  }

  // Words are runs of ASCII letters and digits ("1,000" and "179.64g" stay
  // whole); hyphens, apostrophes and other bytes separate them, so
  // "cannabis-related" names cannabis and "high-speed" is "high" "speed".
  // `run` starts a sentence (or the text) and ends one. `anchors` gets the
  // indexes of the words the lexicons know, so that later passes visit
  // those alone. What the lexicons say about a word comes from `known`
  // (from find_anchor_sentences, which looked up every run of letters that
  // follows no letter: each word starting with a letter and each unit glued
  // to digits), read from `next_known` on.
  static void tokenise(std::string_view text, const Span& run, const std::vector<KnownWord>& known,
                       std::size_t& next_known, std::vector<Token>& tokens, std::vector<std::uint32_t>& anchors) {
    tokens.reserve((run.end - run.begin) / 5);  // about one word in five or six bytes
    std::uint32_t sentence = 0;
    bool new_sentence = true;
    const std::size_t n = text.size();
    RunEndScanner scan(text, run.begin);
    std::size_t i = run.begin;
    while (true) {
      // The bytes before the next word (mostly one space): only line breaks
      // and sentence marks matter.
      // Mostly one space, which neither starts a word nor ends a sentence.
      if (i < run.end && text[i] == ' ') ++i;
      for (; i < run.end; ++i) {
        const std::uint8_t c = byte_class(text[i]);
        if (c & kAlnum) break;
        if ((c & (kLineBreak | kSentenceMark)) && ends_sentence_at(text, i)) new_sentence = true;
      }
      if (i >= run.end) break;
      Token& t = tokens.emplace_back();
      t.begin = static_cast<std::uint32_t>(i);
      if (byte_class(text[i]) & kDigit) {
        while (i < n && (is_ascii_digit(static_cast<unsigned char>(text[i])) ||
                         ((text[i] == '.' || text[i] == ',') && i + 1 < n &&
                          is_ascii_digit(static_cast<unsigned char>(text[i + 1]))))) {
          ++i;
        }
        t.digits_end = static_cast<std::uint32_t>(i);
        i = scan.run_end(i);
        if (i > t.digits_end) {
          const WordInfo* suffix = known_at(known, next_known, t.digits_end);
          if (suffix && suffix->unit) t.info = suffix;
        }
      } else {
        i = scan.run_end(i);
        t.info = known_at(known, next_known, t.begin);
      }
      t.end = static_cast<std::uint32_t>(i);
      if (new_sentence) {
        ++sentence;
        t.sentence_start = true;
        new_sentence = false;
      }
      t.sentence = sentence;
      if (t.info) anchors.push_back(static_cast<std::uint32_t>(tokens.size() - 1));
    }
  }

  // What `known` says about the word starting at `pos`, or null; `next`
  // moves on past it (positions are asked for in text order; `known` ends
  // with a marker past every word).
  static const WordInfo* known_at(const std::vector<KnownWord>& known, std::size_t& next, std::size_t pos) {
    while (known[next].begin < pos) ++next;
    return known[next].begin == pos ? known[next].info : nullptr;
  }

  // Longest drug term starting at each word; matched words are not reused.
  static void match_terms(std::string_view text, std::vector<Token>& tokens, const std::vector<std::uint32_t>& anchors,
                          std::vector<Hit>& hits) {
    std::size_t next_free = 0;  // the first word no match has taken
    for (const std::uint32_t i : anchors) {
      if (i < next_free || !tokens[i].starts_drug_name()) continue;
      const DrugTerm* matched = nullptr;
      for (const DrugTerm* term : tokens[i].info->terms) {
        if (matches(text, tokens, i, *term)) {
          matched = term;
          break;
        }
      }
      if (!matched) continue;
      const std::size_t last = i + matched->words.size() - 1;
      for (std::size_t k = i; k <= last; ++k) tokens[k].hit = static_cast<std::int32_t>(hits.size());
      hits.push_back(Hit{i, last, matched, false, false});
      next_free = last + 1;
    }
  }

  static bool matches(std::string_view text, const std::vector<Token>& tokens, std::size_t i, const DrugTerm& term) {
    if (i + term.words.size() > tokens.size()) return false;
    for (std::size_t k = 1; k < term.words.size(); ++k) {
      const Token& t = tokens[i + k];
      // Words of a term stand next to each other: "crack cocaine", "crack-cocaine".
      if (t.sentence != tokens[i].sentence || !plain_gap(text, tokens[i + k - 1].end, t.begin) ||
          !iequals(text.substr(t.begin, t.end - t.begin), term.words[k])) {
        return false;
      }
    }
    return true;
  }

  static std::string_view word_at(std::string_view text, const Token& t) {
    return text.substr(t.begin, t.end - t.begin);
  }

  // A neighbour that gives the word another sense: "crack down", "high
  // speed", "Spice Girls".
  static bool blocked(std::string_view text, const std::vector<Token>& tokens, const Hit& hit) {
    const std::uint32_t sentence = tokens[hit.first].sentence;
    if (hit.first > 0 && tokens[hit.first - 1].sentence == sentence &&
        contains_word(hit.term->blocked_before, word_at(text, tokens[hit.first - 1]))) {
      return true;
    }
    return hit.last + 1 < tokens.size() && tokens[hit.last + 1].sentence == sentence &&
           contains_word(hit.term->blocked_after, word_at(text, tokens[hit.last + 1]));
  }

  // For a word that is only sometimes a drug ("crack", "coke", "speed"): a
  // drug word, unit or other drug nearby in the same sentence, and not in
  // Title Case unless it starts the sentence ("Coke", "Brown" are names;
  // "K2" is not), is put in quotes as slang is ("'Ice'") or is what a
  // unit measures ("1kg of Ice").
  static bool title_case(std::string_view text, const Token& t) {
    return is_ascii_upper(static_cast<unsigned char>(text[t.begin])) && t.end > t.begin + 1 &&
           text[t.begin + 1] >= 'a' && text[t.begin + 1] <= 'z';
  }

  bool has_evidence(std::string_view text, const std::vector<Token>& tokens, const Hit& hit) const {
    const Token& first = tokens[hit.first];
    if (title_case(text, first) && !first.sentence_start && !quoted(text, tokens, hit) && !measured(text, tokens, hit.first)) {
      return false;
    }
    const std::size_t window = hit.term->evidence == Evidence::adjacent ? kAdjacentWindow : kContextWindow;
    const std::size_t from = hit.first >= window ? hit.first - window : 0;
    const std::size_t to = std::min(tokens.size(), hit.last + window + 1);
    for (std::size_t k = from; k < to; ++k) {
      const Token& t = tokens[k];
      if ((k >= hit.first && k <= hit.last) || t.sentence != first.sentence) continue;
      if (t.info) return true;  // a unit or another drug
      const WordInfo* info = lookup(word_at(text, t));
      if (info && (info->context || info->quantity_word == QuantityWord::generic)) return true;
    }
    return false;
  }

  // The words of `hit` stand between quote marks, straight or curly: "'Ice'".
  static bool quoted(std::string_view text, const std::vector<Token>& tokens, const Hit& hit) {
    return opening_quote_before(text, tokens[hit.first].begin) != 0 && closing_quote_at(text, tokens[hit.last].end);
  }

  // tokens[k] follows "<unit> of" in its sentence: "1,012g of Ice".
  static bool measured(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
    return k >= 2 && tokens[k - 1].sentence == tokens[k].sentence && tokens[k - 2].sentence == tokens[k].sentence &&
           tokens[k - 2].unit() && iequals(word_at(text, tokens[k - 1]), "of") &&
           plain_gap(text, tokens[k - 2].end, tokens[k - 1].begin) && plain_gap(text, tokens[k - 1].end, tokens[k].begin);
  }

  // "a"/"an", or "A"/"An" opening a sentence ("Class A" is no article).
  static bool is_article(std::string_view text, const Token& t) {
    const std::string_view word = word_at(text, t);
    return word == "a" || word == "an" || (t.sentence_start && (word == "A" || word == "An"));
  }

  // True if tokens[j - 1] is in the same sentence and joined to tokens[j] by
  // spaces or a hyphen.
  static bool joined_to_previous(std::string_view text, const std::vector<Token>& tokens, std::size_t j) {
    return j > 0 && tokens[j - 1].sentence == tokens[j].sentence && plain_gap(text, tokens[j - 1].end, tokens[j].begin);
  }

  double fraction_at(std::string_view text, const Token& t) const {
    const WordInfo* info = t.is_number() ? nullptr : lookup(word_at(text, t));
    return info && info->quantity_word == QuantityWord::fraction ? info->fraction : 0;
  }

  // A number read by the shared reader whose last word is tokens[k] ("220",
  // "1,000", "two and a half").
  static std::optional<std::pair<std::size_t, double>> plain_number_ending_at(std::string_view text,
                                                                              const std::vector<Token>& tokens,
                                                                              std::size_t k) {
    const std::size_t from = k >= kMaxNumberWords ? k - kMaxNumberWords : 0;
    for (std::size_t j = from; j <= k; ++j) {
      const Token& t = tokens[j];
      if (t.sentence != tokens[k].sentence || t.unit()) continue;
      if (!t.number_read) {
        const auto n = read_number(text, t.begin);
        t.number_read = true;
        if (n && n->exact) {
          t.number_end = static_cast<std::uint32_t>(n->span.end);
          t.number_value = n->value;
        }
      }
      if (t.number_end != 0 && t.number_end == tokens[k].end) return std::pair{j, t.number_value};
    }
    return std::nullopt;
  }

  // A fraction word at tokens[j] with what counts it: "a quarter" (1/4),
  // "three quarters" (3/4), or the word alone ("half").
  static std::pair<std::size_t, double> counted_fraction(std::string_view text, const std::vector<Token>& tokens,
                                                         std::size_t j, double fraction) {
    if (joined_to_previous(text, tokens, j)) {
      if (is_article(text, tokens[j - 1])) return {j - 1, fraction};
      if (const auto n = plain_number_ending_at(text, tokens, j - 1)) return {n->first, n->second * fraction};
    }
    return {j, fraction};
  }

  // The exact number whose last word is tokens[k] ("220", "two and a half",
  // "a" in "a kilo", "half a", "a quarter of a", "three quarters of an",
  // "a quarter" in "a quarter kilo"); its first token index and value.
  // "Most of a kilo" and "a fraction of a gram" are no number.
  std::optional<std::pair<std::size_t, double>> number_ending_at(std::string_view text,
                                                                 const std::vector<Token>& tokens,
                                                                 std::size_t k) const {
    if (is_article(text, tokens[k])) {
      if (!joined_to_previous(text, tokens, k)) return std::pair{k, 1.0};
      if (const double fraction = fraction_at(text, tokens[k - 1])) return std::pair{k - 1, fraction};
      if (!iequals(word_at(text, tokens[k - 1]), "of")) return std::pair{k, 1.0};
      if (!joined_to_previous(text, tokens, k - 1)) return std::nullopt;
      const double fraction = fraction_at(text, tokens[k - 2]);
      if (fraction == 0) return std::nullopt;
      return counted_fraction(text, tokens, k - 2, fraction);
    }
    if (const auto n = plain_number_ending_at(text, tokens, k)) return n;
    if (const double fraction = fraction_at(text, tokens[k])) return counted_fraction(text, tokens, k, fraction);
    return std::nullopt;
  }

  // What a unit is of. A drug named right after it, past filler words
  // ("grams of crack cocaine", "wraps of suspected Class A drugs", "kg
  // cocaine"); something else named after "of" ("bags of groceries", "a 20kg
  // bag of rice"), when the quantity is of no drug whatever the sentence
  // says; or nothing ("500g in a sock").
  struct UnitOf {
    enum class Kind { nothing, drug, other } kind = Kind::nothing;
    std::string drug;
    std::size_t end = 0;  // where the drug ends
  };

  UnitOf drug_after(std::string_view text, const std::vector<Token>& tokens, std::vector<Hit>& hits,
                    std::size_t unit, const FoundSoFar& found) const {
    bool after_of = false;
    std::size_t k = unit + 1;
    for (std::size_t skipped = 0; k < tokens.size() && skipped <= kMaxFillers; ++skipped, ++k) {
      const Token& t = tokens[k];
      if (t.sentence != tokens[unit].sentence) break;
      // A drug may stand in quotes, as slang does: "212g of 'Ice'".
      const bool drug_here = t.hit >= 0 && hits[t.hit].accepted && hits[t.hit].first == k;
      if (!(drug_here ? plain_gap_to_quote : plain_gap)(text, tokens[k - 1].end, t.begin)) break;
      if (drug_here) {
        hits[t.hit].used = true;
        return UnitOf{UnitOf::Kind::drug, hits[t.hit].term->canonical, tokens[hits[t.hit].last].end};
      }
      const std::string_view word = word_at(text, t);
      const WordInfo* info = lookup(word);
      if (info && info->quantity_word == QuantityWord::generic) {
        return UnitOf{UnitOf::Kind::drug, generic_drug(text, tokens, k, found), t.end};
      }
      // "1,830kg of that total": a part of a total, its drug named before.
      if (after_of && info && info->quantity_word == QuantityWord::aggregate) break;
      if (!info || (info->quantity_word != QuantityWord::filler && info->quantity_word != QuantityWord::container)) {
        if (after_of && !t.is_number()) return UnitOf{UnitOf::Kind::other, {}, 0};
        break;
      }
      // "of" is what ties a unit to the thing measured.
      if (iequals(word, "of")) after_of = true;
    }
    return UnitOf{};
  }

  // A drug named just before the quantity ("Cannabis: 2kg", "heroin (50g)",
  // "cocaine weighing 1kg"), not already given to another quantity. Words
  // away, it must be the only drug named before in the sentence: in "sold
  // heroin and cannabis and kept 20 bags" the bags could hold either. A
  // word such as "drugs" there names none, so the quantity is of `drugs`
  // ("The drugs, weighing 105kg").
  std::optional<std::string> drug_before(std::string_view text, const std::vector<Token>& tokens,
                                         std::vector<Hit>& hits, std::size_t number_first,
                                         const FoundSoFar& found) const {
    for (std::size_t step = 1; step <= kMaxLookBack && step <= number_first; ++step) {
      const Token& t = tokens[number_first - step];
      if (t.sentence != tokens[number_first].sentence || t.digits_end != 0) break;
      if (t.hit >= 0) {
        Hit& hit = hits[t.hit];
        if (!hit.accepted || hit.used) break;
        if (step > 1) return drug_earlier_in_sentence(tokens, hits, number_first);
        hit.used = true;
        return hit.term->canonical;
      }
      if (const WordInfo* info = lookup(word_at(text, t)); info && info->quantity_word == QuantityWord::generic) {
        return generic_drug(text, tokens, number_first - step, found);
      }
    }
    return std::nullopt;
  }

  // The drug a generic word at tokens[k] stands for: "drugs", unless a
  // definite word before it ("the drug", "the drugs", "these drugs") refers
  // back to a drug named earlier in its sentence or in the one before: the
  // last named for a singular word ("870kg of the drug"), the only one named
  // for a plural ("The drugs, weighing 105kg"; after "heroin and cocaine",
  // "the drugs" stay "drugs").
  std::string generic_drug(std::string_view text, const std::vector<Token>& tokens, std::size_t k,
                           const FoundSoFar& found) const {
    const Token& generic = tokens[k];
    if (!joined_to_previous(text, tokens, k)) return "drugs";
    const WordInfo* before = lookup(word_at(text, tokens[k - 1]));
    if (!before || before->reference != ReferenceWord::definite) return "drugs";
    const bool plural = text[generic.end - 1] == 's' || text[generic.end - 1] == 'S';
    const std::size_t from = previous_sentence_begin(text, generic.begin);
    const std::string* named = nullptr;
    for (std::size_t d = found.drugs.size(); d > found.drugs_from; --d) {
      const Drug& drug = found.drugs[d - 1];
      if (drug.mentions.empty()) continue;
      const Span& mention = drug.mentions.front();
      if (mention.end > generic.begin) continue;
      if (mention.begin < from) break;
      if (!plural) return drug.drug;
      if (named && *named != drug.drug) return "drugs";
      named = &drug.drug;
    }
    return named ? *named : "drugs";
  }

  // A weight whose drug goes unsaid because it was named just before:
  //  - after a comparison word ("compared with 3,900 pounds", "up from 12
  //    tonnes", "fell to 19,000 pounds"), the drug of the quantity before it
  //    in the sentence, or the one drug the sentence names before it
  //    ("Methamphetamine seizures fell to 19,000 pounds");
  //  - after a weighing word that follows a package, a count or the drug
  //    ("88 bags weighing 105kg", "1,180 blocks each weighing 1.1kg"), the
  //    drug of the quantity before it in the sentence, or the one drug the
  //    sentence names before it.
  // A weight in pounds that may be money takes a drug after a comparison
  // only from an earlier quantity in pounds.
  std::optional<std::string> elided_drug(std::string_view text, const std::vector<Token>& tokens, std::vector<Hit>& hits,
                                         std::size_t number_first, std::size_t hedge_begin, const UnitAlias& unit,
                                         bool money_too, const FoundSoFar& found) const {
    std::size_t k = number_first;
    while (k > 0 && tokens[k - 1].begin >= hedge_begin) --k;
    if (k == 0 || tokens[k - 1].sentence != tokens[number_first].sentence || tokens[k - 1].is_number()) {
      return std::nullopt;
    }
    const WordInfo* cue = lookup(word_at(text, tokens[k - 1]));
    if (!cue) return std::nullopt;
    if (cue->reference == ReferenceWord::comparison && plain_gap(text, tokens[k - 1].end, tokens[k].begin)) {
      if (const DrugQuantity* previous = quantity_before(tokens, number_first, found);
          previous && (money_too ? previous->unit == unit.unit : previous->unit == "g" || previous->unit == "kg" ||
                                                                     previous->unit == "lb" || previous->unit == "oz")) {
        return previous->drug;
      }
      if (money_too) return std::nullopt;
      if (auto drug = drug_earlier_in_sentence(tokens, hits, number_first)) return drug;
      // "2,300kg of narcotics, including 40kg of cocaine and 9,000 tablets
      // of tramadol, compared with 1,600kg in 2023": the total the sentence
      // opened with.
      if (const DrugQuantity* head = sentence_head_weight(tokens, number_first, found)) return head->drug;
      return std::nullopt;
    }
    if (cue->reference != ReferenceWord::weighing || k < 2) return std::nullopt;
    std::size_t held = k - 2;  // what weighs: "bags weighing", "blocks each weighing"
    while (held > 0 && tokens[held].sentence == tokens[k - 1].sentence && !tokens[held].is_number()) {
      const WordInfo* info = lookup(word_at(text, tokens[held]));
      if (!info || info->reference != ReferenceWord::distributive) break;
      --held;
    }
    const Token& t = tokens[held];
    if (t.sentence != tokens[number_first].sentence) return std::nullopt;
    const WordInfo* info = t.is_number() ? nullptr : lookup(word_at(text, t));
    const bool package = t.hit >= 0 ? hits[t.hit].accepted
                                    : info && (info->quantity_word == QuantityWord::container ||
                                               info->quantity_word == QuantityWord::generic || (info->unit && !info->unit->mass));
    if (!package) return std::nullopt;
    if (const DrugQuantity* previous = quantity_before(tokens, number_first, found)) return previous->drug;
    return drug_earlier_in_sentence(tokens, hits, number_first);
  }

  // A bare weight in a passage about drugs: "seized 1.2 tonnes of heroin,
  // up on the 500kg found a year earlier. In May, 300kg was found in a van"
  // gives heroin 500kg and 300kg. The drug is the one named in the weight's
  // sentence before it or in the sentence before in its paragraph; several
  // named there give `drugs`; none, nothing. Not after a weighing word ("a
  // man weighing 90kg"), a comparison word (elided_drug's rules) or a
  // number, and only before punctuation or a word of
  // drug_weight_followers.tsv: "the 95kg man", "a 40-tonne lorry" measure
  // something else; nor between commas, nor after a weight of no drug in the
  // passage.
  std::optional<std::string> drug_of_the_passage(std::string_view text, const std::vector<Token>& tokens,
                                                 std::size_t number_first, std::size_t hedge_begin,
                                                 std::size_t unit, const FoundSoFar& found) const {
    std::size_t k = number_first;
    while (k > 0 && tokens[k - 1].begin >= hedge_begin) --k;
    if (k > 0 && tokens[k - 1].sentence == tokens[number_first].sentence) {
      if (tokens[k - 1].is_number()) return std::nullopt;
      const WordInfo* cue = lookup(word_at(text, tokens[k - 1]));
      // After a comparison word elided_drug has had its say.
      if (cue && (cue->reference == ReferenceWord::weighing || cue->reference == ReferenceWord::comparison)) {
        return std::nullopt;
      }
    }
    if (unit + 1 < tokens.size() && tokens[unit + 1].sentence == tokens[unit].sentence &&
        plain_gap(text, tokens[unit].end, tokens[unit + 1].begin)) {
      const Token& next = tokens[unit + 1];
      const WordInfo* info = next.is_number() || next.hit >= 0 ? nullptr : lookup(word_at(text, next));
      if (!info || !info->follows_bare_weight) return std::nullopt;
    }
    // Between commas or brackets it describes the noun before: "The dog,
    // 30kg, was unharmed".
    const std::size_t to = tokens[number_first].begin;
    std::size_t before = to;
    while (before > 0 && text[before - 1] == ' ') --before;
    std::size_t after = tokens[unit].end;
    while (after < text.size() && text[after] == ' ') ++after;
    if (before > 0 && after < text.size() && (text[before - 1] == ',' || text[before - 1] == '(') &&
        (text[after] == ',' || text[after] == ')')) {
      return std::nullopt;
    }
    // A weight of something else in the passage may be what this one
    // continues: "900kg of potatoes and a further 300kg in crates".
    const std::size_t from = previous_sentence_begin(text, to);
    for (std::size_t k = number_first; k > 0 && tokens[k - 1].begin >= from;) {
      const Token& t = tokens[--k];
      const UnitAlias* weight = t.unit();
      if (!weight || !weight->mass) continue;
      const bool a_drug_quantity =
          std::any_of(found.quantities.begin() + static_cast<std::ptrdiff_t>(found.quantities_from),
                      found.quantities.end(), [&](const DrugQuantity& q) {
                        return q.span.begin <= t.begin && t.end <= q.span.end;
                      });
      if (!a_drug_quantity) return std::nullopt;
    }
    const std::string* named = nullptr;
    for (std::size_t d = found.drugs.size(); d > found.drugs_from; --d) {
      const Drug& drug = found.drugs[d - 1];
      if (drug.mentions.empty()) continue;
      const Span& mention = drug.mentions.front();
      if (mention.end > to) continue;
      if (mention.begin < from || blank_line_between(text, mention.end, to)) break;
      if (named && *named != drug.drug) return "drugs";
      named = &drug.drug;
    }
    if (!named) return std::nullopt;
    return *named;
  }

  // A paragraph ends between text[from] and text[to]: a line holding only
  // spaces.
  static bool blank_line_between(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t nl = text.find('\n', from); nl < to; nl = text.find('\n', nl + 1)) {
      std::size_t k = nl + 1;
      while (k < to && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
      if (k < to && text[k] == '\n') return true;
    }
    return false;
  }

  // Thousands grouped after single spaces, as South African and many
  // European papers write them: "1 200 kg", "12 000 tablets". The shared
  // reader reads only the last group. Not before a package ("3 500g bags"
  // may be three bags).
  static bool is_digit_run(std::string_view text, const Token& t, std::size_t min, std::size_t max) {
    const std::size_t n = t.digits_end - t.begin;
    return t.is_number() && n >= min && n <= max &&
           std::all_of(text.begin() + t.begin, text.begin() + t.digits_end,
                       [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); });
  }
  void take_space_groups(std::string_view text, const std::vector<Token>& tokens, std::size_t unit,
                         std::size_t& number_first, double& value) const {
    if (unit + 1 < tokens.size() && tokens[unit + 1].sentence == tokens[unit].sentence) {
      const WordInfo* next = lookup(word_at(text, tokens[unit + 1]));
      if (next && next->quantity_word == QuantityWord::container) return;
    }
    double scale = 1000;
    while (number_first > 0 && is_digit_run(text, tokens[number_first], 3, 3)) {
      const Token& group = tokens[number_first];
      const Token& head = tokens[number_first - 1];
      if (head.sentence != group.sentence || head.end + 1 != group.begin || text[head.end] != ' ' ||
          head.digits_end != head.end || !is_digit_run(text, head, 1, 3)) {
        return;
      }
      double head_value = 0;
      for (std::size_t c = head.begin; c < head.end; ++c) head_value = head_value * 10 + (text[c] - '0');
      value += head_value * scale;
      scale *= 1000;
      --number_first;
    }
  }

  // The last quantity found before tokens[number_first] in its sentence, or null.
  static const DrugQuantity* quantity_before(const std::vector<Token>& tokens, std::size_t number_first,
                                             const FoundSoFar& found) {
    std::size_t first = number_first;
    while (first > 0 && tokens[first - 1].sentence == tokens[number_first].sentence) --first;
    const std::size_t sentence_begin = tokens[first].begin, number_begin = tokens[number_first].begin;
    for (std::size_t q = found.quantities.size(); q > found.quantities_from; --q) {
      const DrugQuantity& quantity = found.quantities[q - 1];
      if (quantity.span.begin < sentence_begin) break;
      if (quantity.span.end <= number_begin) return &quantity;
    }
    return nullptr;
  }

  // The first weight of the sentence before `number_first`, if any.
  static const DrugQuantity* sentence_head_weight(const std::vector<Token>& tokens, std::size_t number_first,
                                                  const FoundSoFar& found) {
    std::size_t first = number_first;
    while (first > 0 && tokens[first - 1].sentence == tokens[number_first].sentence) --first;
    const std::size_t sentence_begin = tokens[first].begin, number_begin = tokens[number_first].begin;
    const DrugQuantity* head = nullptr;
    for (std::size_t q = found.quantities.size(); q > found.quantities_from; --q) {
      const DrugQuantity& quantity = found.quantities[q - 1];
      if (quantity.span.begin < sentence_begin) break;
      if (quantity.span.end <= number_begin && (quantity.unit == "g" || quantity.unit == "kg" ||
                                                quantity.unit == "lb" || quantity.unit == "oz")) {
        head = &quantity;
      }
    }
    return head;
  }

  // The one drug named earlier in the sentence, for a packaging quantity that
  // leaves it out ("Police found the heroin, worth £3,000, split into 40
  // bags"). Two different drugs there make it unclear: nothing.
  static std::optional<std::string> drug_earlier_in_sentence(const std::vector<Token>& tokens, std::vector<Hit>& hits,
                                                             std::size_t number_first) {
    const std::uint32_t sentence = tokens[number_first].sentence;
    auto it = std::partition_point(hits.begin(), hits.end(), [&](const Hit& h) { return h.last < number_first; });
    Hit* nearest_unused = nullptr;
    const std::string* canonical = nullptr;
    while (it != hits.begin()) {
      Hit& hit = *--it;
      if (tokens[hit.first].sentence != sentence || number_first - hit.last > kSentenceLookBack) break;
      if (!hit.accepted) continue;
      if (canonical && *canonical != hit.term->canonical) return std::nullopt;
      canonical = &hit.term->canonical;
      if (!nearest_unused && !hit.used) nearest_unused = &hit;
    }
    if (!nearest_unused) return std::nullopt;
    nearest_unused->used = true;
    return nearest_unused->term->canonical;
  }

  // Drug talk near a plant count: a drug or a word such as "drugs" in the
  // same sentence or the one before ("It is the biggest drugs farm found
  // since officers seized 1,600 plants"). A garden centre's plants are not.
  bool drug_talk_near(std::string_view text, const std::vector<Token>& tokens, const std::vector<Hit>& hits,
                      std::size_t i) const {
    const std::uint32_t sentence = tokens[i].sentence;
    const std::size_t from = i >= kPlantEvidenceWindow ? i - kPlantEvidenceWindow : 0;
    const std::size_t to = std::min(tokens.size(), i + kPlantEvidenceWindow + 1);
    for (std::size_t k = from; k < to; ++k) {
      const Token& t = tokens[k];
      if (t.sentence + 1 < sentence || t.sentence > sentence) continue;
      if (t.hit >= 0 && hits[t.hit].accepted) return true;
      const WordInfo* info = t.is_number() ? nullptr : lookup(word_at(text, t));
      if (info && info->quantity_word == QuantityWord::generic) return true;
    }
    return false;
  }

  // "In 2019 cannabis plants were found": a year, not a number of plants.
  bool is_year(std::string_view text, const std::vector<Token>& tokens, std::size_t number) const {
    const Token& t = tokens[number];
    if (!t.is_number()) return false;
    const std::string_view digits = text.substr(t.begin, t.digits_end - t.begin);
    if (digits.size() != 4 || !(digits.starts_with("19") || digits.starts_with("20")) || number == 0 ||
        tokens[number - 1].sentence != t.sentence) {
      return false;
    }
    const WordInfo* before = lookup(word_at(text, tokens[number - 1]));
    return before && before->quantity_word == QuantityWord::year_marker;
  }

  Qualifier qualifier_before(std::string_view text, std::size_t pos, std::size_t& begin) const {
    // Every phrase tried below ends where the spaces before the number start,
    // so one that can match ends with the last word of a known hedge.
    std::size_t phrase_end = pos;
    while (phrase_end > 0 && text[phrase_end - 1] == ' ') --phrase_end;
    if (std::none_of(hedge_last_words_.begin(), hedge_last_words_.end(), [&](std::string_view word) {
          return word.size() <= phrase_end && word.back() == to_lower_ascii(text[phrase_end - 1]) &&
                 iequals(text.substr(phrase_end - word.size(), word.size()), word);
        })) {
      return Qualifier::none;
    }
    const auto words = words_before(text, pos, 3);
    for (std::size_t m = words.size(); m >= 1; --m) {
      const std::size_t from = words[m - 1].span.begin;
      std::string_view phrase = text.substr(from, pos - from);
      while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
      if (const Qualifier q = qualifier_from_phrase(phrase); q != Qualifier::none) {
        if (iequals(phrase, "over") && over_means_about(text, from)) return Qualifier::none;
        begin = from;
        return q;
      }
    }
    return Qualifier::none;
  }

  // "jailed two men for 12 years each over 30kg of resin", "charged over
  // 5kg haul", "handed over 200g": "over" at `over` is "because of" after
  // legal action or a dispute (past its object of one or two words, a
  // prison sentence, or both), or a particle of the verb before it; not
  // "more than". OverWords, shared with money, decides.
  bool over_means_about(std::string_view text, std::size_t over) const {
    std::array<Word, OverWords::kMaxWords> buffer;
    const std::span<Word> found(buffer.data(), words_before(text, over, buffer));
    std::array<std::string, OverWords::kMaxWords> lowered;
    std::array<WordBeforeOver, OverWords::kMaxWords> words;
    for (std::size_t k = 0; k < found.size(); ++k) {
      // Only spaces between the word and what follows it (the next word, or "over").
      const std::size_t next = k == 0 ? over : found[k - 1].span.begin;
      const std::string_view gap = text.substr(found[k].span.end, next - found[k].span.end);
      lowered[k] = lower_ascii(found[k].text);
      words[k] = WordBeforeOver{lowered[k], gap.find_first_not_of(' ') == std::string_view::npos};
    }
    return over_words_.means_about(std::span<const WordBeforeOver>(words.data(), found.size()));
  }

  std::optional<DrugQuantity> quantity_at(std::string_view text, const std::vector<Token>& tokens, std::vector<Hit>& hits,
                                          std::size_t i, const FoundSoFar& found) const {
    const Token& unit_token = tokens[i];
    const UnitAlias* unit = unit_token.unit();
    if (!unit) return std::nullopt;
    // "two pill presses", "a tablet press": the count is of machines.
    if (!unit->mass && i + 1 < tokens.size() && joined_to_previous(text, tokens, i + 1)) {
      const WordInfo* next = tokens[i + 1].hit >= 0 ? nullptr : lookup(word_at(text, tokens[i + 1]));
      if (next && next->quantity_word == QuantityWord::equipment) return std::nullopt;
    }

    // The number: glued to the unit ("179.64g"), just before it ("220
    // grams"), or before a drug named ahead of a packaging unit ("500
    // cannabis plants").
    std::size_t number_first = i;
    double value = 0;
    std::optional<std::string> drug;
    std::size_t end = unit_token.end;
    if (unit_token.is_number()) {
      const auto n = read_number(text.substr(0, unit_token.digits_end), unit_token.begin);
      if (!n || !n->exact || n->span.end != unit_token.digits_end) return std::nullopt;
      value = n->value;
    } else {
      if (i == 0) return std::nullopt;
      std::size_t k = i - 1;
      int between_hit = -1;
      for (std::size_t between = 0;; ++between) {
        const Token& t = tokens[k];
        if (t.sentence != unit_token.sentence || !plain_gap(text, t.end, tokens[k + 1].begin)) {
          return std::nullopt;
        }
        // A digit inside a drug's name is no count: "1,000 Erimin-5 tablets".
        if (const auto n = t.hit >= 0 ? std::nullopt : number_ending_at(text, tokens, k)) {
          number_first = n->first;
          value = n->second;
          break;
        }
        const WordInfo* info = t.hit >= 0 ? nullptr : lookup(word_at(text, t));
        const bool skippable = t.hit >= 0 ? hits[t.hit].accepted : info && info->quantity_word != QuantityWord::none;
        if (unit->mass || between >= kMaxWordsBetween || !skippable) return std::nullopt;
        // "64 parcels containing pills", "12 boxes of tablets": the number
        // counts the packages, not the pills.
        if (info && info->quantity_word == QuantityWord::container) return std::nullopt;
        if (t.hit >= 0) {
          between_hit = t.hit;
          k = hits[t.hit].first;
        }
        if (k == 0) return std::nullopt;
        --k;
      }
      if (between_hit >= 0 && !hits[between_hit].used) {
        hits[between_hit].used = true;
        drug = hits[between_hit].term->canonical;
      }
    }
    take_space_groups(text, tokens, i, number_first, value);
    if (after_currency_sign(text, tokens[number_first].begin) || is_year(text, tokens, number_first)) {
      return std::nullopt;
    }
    // A count of packages of one weight multiplies it: "two 1kg blocks of
    // cocaine" are 2kg.
    if (unit->mass && i + 1 < tokens.size() && joined_to_previous(text, tokens, i + 1) &&
        joined_to_previous(text, tokens, number_first)) {
      const WordInfo* next = lookup(word_at(text, tokens[i + 1]));
      const auto count = plain_number_ending_at(text, tokens, number_first - 1);
      if (next && next->quantity_word == QuantityWord::container && count && count->second >= 1 &&
          count->second == static_cast<double>(static_cast<long long>(count->second)) &&
          !after_currency_sign(text, tokens[count->first].begin) && !is_year(text, tokens, count->first)) {
        number_first = count->first;
        value *= count->second;
      }
    }
    const std::size_t number_begin = tokens[number_first].begin;

    if (!drug) {
      UnitOf after = drug_after(text, tokens, hits, i, found);
      if (after.kind == UnitOf::Kind::other) return std::nullopt;
      if (after.kind == UnitOf::Kind::drug) {
        drug = std::move(after.drug);
        end = after.end;
      }
    }
    // "a bag" with no drug after it is a container ("cannabis in a bag"),
    // and a weight after "a" measures the noun after it ("heroin and a 2kg
    // weight"), not a quantity of a drug named before; "5G" and "4G" are
    // mobile networks, not grams.
    const bool article = is_article(text, tokens[number_first]);
    const bool attributive = joined_to_previous(text, tokens, number_first) && is_article(text, tokens[number_first - 1]);
    const bool network = unit_token.is_number() && unit_token.end == unit_token.digits_end + 1 &&
                         text[unit_token.digits_end] == 'G';
    // "pounds" may be money, except in a story that counts money in dollars.
    const bool money_too = unit->rule == UnitRule::weight_or_money && !found.pounds_weigh;
    const bool drug_must_follow =
        unit->rule == UnitRule::drug_after || money_too || network || attributive || (article && !unit->mass);
    // "£50 a gram of cocaine" is a price, not a gram.
    if (article && number_first > 0 && tokens[number_first - 1].is_number() &&
        after_currency_sign(text, tokens[number_first - 1].begin)) {
      return std::nullopt;
    }
    if (!drug && !drug_must_follow) {
      if (unit->rule == UnitRule::implies_cannabis) {
        // Plants with no drug named next to them are cannabis: it is the
        // drug grown indoors in the UK ("a farm of 220 plants").
        if (drug_talk_near(text, tokens, hits, i)) drug = "cannabis";
      } else {
        drug = drug_before(text, tokens, hits, number_first, found);
        if (!drug && !unit->mass) drug = drug_earlier_in_sentence(tokens, hits, number_first);
      }
    }
    std::size_t begin = number_begin;
    const Qualifier qualifier = qualifier_before(text, number_begin, begin);
    if (!drug && unit->mass && !network && !attributive && !article) {
      drug = elided_drug(text, tokens, hits, number_first, begin, *unit, money_too, found);
      if (!drug && !money_too) drug = drug_of_the_passage(text, tokens, number_first, begin, i, found);
    }
    if (!drug && unit->rule == UnitRule::implies_drugs) drug = "drugs";
    if (!drug) return std::nullopt;

    return DrugQuantity{*drug, value * unit->factor, unit->unit, qualifier, Span{begin, end}};
  }

  OverWords over_words_;  // when "over" before a quantity is no hedge, as in money
  // The last word of every hedge qualifier_from_phrase knows ("than", "over", "c.").
  std::vector<std::string_view> hedge_last_words_;
  std::vector<DrugTerm> terms_;
  std::vector<UnitAlias> units_;
  WordMap<WordInfo> words_;
  // For the first words of terms and the units, by the first two bytes a
  // text word starts with (byte_pair_at, either case): bit (c & 31) is set
  // if one may have c as its third byte (every bit if one has fewer than
  // three letters or no letter second). c & 31 mixes letters with other
  // bytes, which only lets a few more words through to lookup_anchor.
  std::vector<std::uint32_t> third_bytes_by_pair_;
  // For the first words of terms and the units with the first two letters
  // of a slot (see shape_slot): bit n is set if one has n letters (n <=
  // 31), bit 32 + letter_index(c) if one ends in c.
  std::array<std::uint64_t, 26 * 27> shapes_{};
};

}  // namespace

ExtractorPtr make_drugs_extractor(const std::filesystem::path& data_dir) {
  return std::make_unique<DrugsExtractor>(data_dir);
}

}  // namespace crimestats
