// Money extractor: every amount of money, in major units, with its ISO 4217
// currency, its hedge ("more than £7,000") and its role (what the money is:
// cash seized, the value of drugs, funding, a penalty, criminal proceeds).
//
// One pass over the bytes, 16 at a time, finds where a currency marker can
// start (signs, codes, currency names, a glued "p"): a sign's first byte, a
// letter after a digit, or a word whose first two letters start a code or
// a currency name; only those are read further. The number is read next to
// each marker with the shared number reader. Ranges
// ("£5,000 to £10,000", "£5-10m", "between 5,000 and 10,000 pounds") give
// one fact per end. Roles and hedges come from the words around each
// amount. See docs/extractors/money.md.
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "crimestats/extractor.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/numbers.hpp"
#include "crimestats/over_words.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

enum class MarkerKind { symbol, code, word, glued, letter };

struct CurrencyMarker {
  std::string code;
  double factor = 1;
  MarkerKind kind = MarkerKind::symbol;
  bool singular = false;  // "pound", "euro": money only for an amount of one
  bool weight = false;    // "pounds" is also a unit of weight
  bool generic_dollar = false;  // "$", "dollars": which dollar depends on the article
  bool generic_rupee = false;   // "Rs", "rupees": which rupee depends on the article
  bool space_groups = false;    // thousands may be grouped after spaces: "R450 000"
  bool scaled = false;          // a letter sign read only with a scale or a thousands group
};

enum class Side { before, after, either };

struct RoleCue {
  std::vector<std::string> words;
  std::string role;  // or "value": drugs_value when a drug is named before it
  Side side = Side::either;
  int strength = 1;
};

enum class GoodsKind { drug, substance, money, pronoun };

// A number read next to a currency marker.
struct ReadAmount {
  double base = 0;        // the number without its scale: 1.5 in "1.5m"
  double multiplier = 1;  // its scale: 1e6 in "1.5m"
  Span span;
};

// One amount found in the text, before hedges and roles.
struct Amount {
  ReadAmount number;
  const CurrencyMarker* marker = nullptr;
  Span span;                 // marker and number: "£1.2m", "twenty million pounds"
  bool short_scaled = false;  // "P500": a `scaled` sign's bare three digits, see letter_amount
};

struct Token {
  std::string_view lower;  // into Tokens::lower
  Span span;
  bool punct_before = false;  // a comma, colon, bracket or dash since the previous token
};

// The words of a stretch of text. Kept by the caller and refilled for each
// amount, so that reading the words around an amount allocates nothing
// once the buffers have grown.
struct Tokens {
  std::vector<Token> list;
  std::string lower;  // the words in lower case, one after another
};

// A quick "surely not" before a hash-table lookup of a word: most words
// of a text have a length, first and last byte that no entry has.
class WordFilter {
 public:
  void add(std::string_view word) { slots_[slot(word)] = true; }
  bool may_contain(std::string_view word) const { return slots_[slot(word)]; }

 private:
  static std::size_t slot(std::string_view word) {
    if (word.empty()) return 0;
    const auto low_bits = [](char c) { return static_cast<std::size_t>(static_cast<unsigned char>(c) & 31); };
    return (std::min<std::size_t>(word.size(), 15) * 32 + low_bits(word.front())) * 32 + low_bits(word.back());
  }
  std::array<bool, 16 * 32 * 32> slots_{};
};

// Words that end what is said about an amount after it: "£5,000 in cash
// and cannabis" says nothing about the cannabis's money.
bool ends_after_window(std::string_view word) {
  static const std::unordered_set<std::string_view> kStop{"and", "or",    "but",  "while", "whereas", "after",
                                                          "when", "along", "plus", "with",    "which",
                                                          "who",  "where", "than"};
  static const WordFilter kFilter = [] {
    WordFilter filter;
    for (const std::string_view word : kStop) filter.add(word);
    return filter;
  }();
  return kFilter.may_contain(word) && kStop.contains(word);
}

// Words that may follow the bare second end of a range ("£5,000 to 10,000
// in cash"); any other word ("£50 to 100 people") means it is not money.
bool may_follow_range_end(std::string_view word) {
  static const std::unordered_set<std::string_view> kFollow{
      "a",   "an",  "in",  "of",  "per", "each", "for",  "from", "worth", "and", "or",    "to",  "on",
      "at",  "was", "were", "is", "are", "has", "had",  "have", "will",  "would", "could", "with", "by"};
  return kFollow.contains(word);
}

// A currency name as the lexicon keys it: lower case, single spaces.
std::string normalise_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += to_lower_ascii(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string join(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += tokens[i].lower;
  }
  return out;
}

bool only_spaces(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (text[i] != ' ') return false;
  }
  return true;
}

// Length of the UTF-8 punctuation mark (U+2010 to U+203F: dashes, curly
// quotes, ellipsis) at text[i], or 0. The shared helpers count bytes >= 0x80
// as word bytes, so these would otherwise glue onto words.
std::size_t utf8_punctuation(std::string_view text, std::size_t i) {
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) >= 0x90) {
    return 3;
  }
  return 0;
}

bool is_apostrophe(std::string_view text, std::size_t i) {
  return text[i] == '\'' || (static_cast<unsigned char>(text[i]) == 0xE2 && text.compare(i, 3, "\xE2\x80\x99") == 0);
}

// Where the run of ASCII letters and digits at text[i] ends, at `to` at
// the latest: 16 bytes at a step where SSE2 is there, as most of a word's
// bytes are such.
std::size_t alnum_run_end(std::string_view text, std::size_t i, std::size_t to) {
#if defined(__SSE2__)
  for (; i < to && i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // A range in one signed compare: adding 0x80 - low moves it to the bottom.
    const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                                          _mm_set1_epi8(static_cast<char>(0x80 + 26)));
    const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                         _mm_set1_epi8(static_cast<char>(0x80 + 10)));
    const auto stops = static_cast<std::uint32_t>(~_mm_movemask_epi8(_mm_or_si128(letter, digit)) & 0xFFFF);
    if (stops) return std::min(i + static_cast<std::size_t>(std::countr_zero(stops)), to);
  }
#endif
  while (i < to && (is_ascii_alpha(static_cast<unsigned char>(text[i])) || is_ascii_digit(static_cast<unsigned char>(text[i])))) {
    ++i;
  }
  return std::min(i, to);
}

// Words of text[from, to), with inner apostrophes and hyphens kept. A
// token notes punctuation between it and the previous token (commas,
// colons, brackets, quotes, dashes): it ends what is said about an amount.
// Calls take(span, punct_before) for each word until it returns false.
template <typename Take>
void for_each_word(std::string_view text, std::size_t from, std::size_t to, Take take) {
  bool punct = false;
  std::size_t i = from;
  while (i < to) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ') {  // the commonest byte between words, and no punctuation
      ++i;
      continue;
    }
    if (const std::size_t len = utf8_punctuation(text, i); len > 0 || !is_word_byte(c)) {
      if (len > 0 || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
          c == '"' || (c == '-' && i + 1 < to && text[i + 1] == ' ')) {
        punct = true;
      }
      i += len > 0 ? len : 1;
      continue;
    }
    const std::size_t begin = i;
    while (i < to) {
      // ASCII letters and digits: the commonest bytes, and never joiners or punctuation.
      i = alnum_run_end(text, i, to);
      if (i >= to) break;
      const bool inner_joiner = (is_apostrophe(text, i) || text[i] == '-') && i > begin;
      const std::size_t joiner_len = text[i] == '-' || text[i] == '\'' ? 1 : 3;
      if (inner_joiner) {
        if (i + joiner_len < to && is_word_byte(static_cast<unsigned char>(text[i + joiner_len])) &&
            utf8_punctuation(text, i + joiner_len) == 0) {
          i += joiner_len;
          continue;
        }
        break;
      }
      if (!is_word_byte(static_cast<unsigned char>(text[i])) || utf8_punctuation(text, i) > 0) break;
      ++i;
    }
    if (!take(Span{begin, i}, punct)) return;
    punct = false;
  }
}

#if defined(__SSE2__)
// Bit i set where byte i of the 16 at `p` is '.', '!', '?' or a line break:
// the only bytes at which a sentence can end.
inline std::uint32_t stop_bytes16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(stops));
}
#endif
bool is_stop_byte(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

// The first byte of text[from, size) that may end a sentence, or size.
std::size_t next_stop_byte(std::string_view text, std::size_t from) {
  std::size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= text.size(); i += 16) {
    if (const std::uint32_t m = stop_bytes16(text.data() + i)) return i + static_cast<std::size_t>(std::countr_zero(m));
  }
#endif
  while (i < text.size() && !is_stop_byte(text[i])) ++i;
  return i;
}

// The last byte of text[0, pos) that may end a sentence, or npos.
std::size_t last_stop_byte_before(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
#if defined(__SSE2__)
  for (; i >= 16; i -= 16) {
    if (const std::uint32_t m = stop_bytes16(text.data() + i - 16)) return i - 1 - static_cast<std::size_t>(std::countl_zero(m) - 16);
  }
#endif
  while (i > 0 && !is_stop_byte(text[i - 1])) --i;
  return i == 0 ? std::string_view::npos : i - 1;
}

// sentence_begin and sentence_end of text.hpp, the same to the byte, that
// look for the bytes that may end a sentence 16 at a time: they run for
// every amount, over sentences of a hundred bytes and more.
std::size_t money_sentence_begin(std::string_view text, std::size_t pos) {
  pos = std::min(pos, text.size());
  std::size_t i = 0;
  for (std::size_t at = pos; (at = last_stop_byte_before(text, at)) != std::string_view::npos;) {
    if (text[at] == '\n' || ends_sentence(text, at)) {
      i = at + 1;
      break;
    }
  }
  while (i < pos && (text[i] == ' ' || text[i] == '\t' || text[i] == '"' || text[i] == '\'')) ++i;
  return i;
}

std::size_t money_sentence_end(std::string_view text, std::size_t pos) {
  for (std::size_t i = next_stop_byte(text, pos); i < text.size(); i = next_stop_byte(text, i + 1)) {
    if (text[i] == '\n') return i;
    if (ends_sentence(text, i)) return i + 1;
  }
  return text.size();
}

// ASCII capitals to lower case, 16 bytes at a time where SSE2 is there
// (the compiler does not vectorise the plain loop at this -O level).
void lower_ascii_in_place(std::string& s) {
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    // 'A'..'Z' in one signed compare: adding 0x80 - 'A' moves them to the bottom.
    const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - 'A'))),
                                         _mm_set1_epi8(static_cast<char>(0x80 + 26)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(s.data() + i), _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  }
#endif
  for (; i < s.size(); ++i) s[i] = to_lower_ascii(s[i]);
}

// The first `max_words` words of text[from, to) into `out`.
void tokenize(std::string_view text, std::size_t from, std::size_t to, Tokens& out,
              std::size_t max_words = std::string_view::npos) {
  out.list.clear();
  for_each_word(text, from, to, [&](Span span, bool punct) {
    out.list.push_back(Token{{}, span, punct});
    return out.list.size() < max_words;
  });
  // The words' lower-case forms, from one lower-case copy of the text they span.
  const std::size_t end = out.list.empty() ? from : out.list.back().span.end;
  out.lower.assign(text.substr(from, end - from));
  lower_ascii_in_place(out.lower);
  for (Token& token : out.list) {
    token.lower = std::string_view(out.lower).substr(token.span.begin - from, token.span.end - token.span.begin);
  }
}

double parse_double(const LexiconRow& row, std::size_t field, const std::filesystem::path& file) {
  try {
    return std::stod(row.fields[field]);
  } catch (const std::exception&) {
    throw std::runtime_error(fmt::format("{}:{}: not a number: {}", file.string(), row.line, row.fields[field]));
  }
}

Side parse_side(const LexiconRow& row, const std::filesystem::path& file) {
  return lexicon_choice<Side>(file, row, 2, "side",
                              {{"before", Side::before}, {"after", Side::after}, {"either", Side::either}});
}

class MoneyExtractor final : public Extractor {
  static constexpr std::size_t kWindowBytes = 200;
  static constexpr std::size_t kBlock = 16;
  static constexpr std::size_t kAfterWords = 6;  // words after an amount that can give its role

 private:
  // Names that tell which country's dollar or rupee an article means.
  struct CountryHint {
    std::string name;  // as written: "New South Wales", "U.S.", "Sri Lanka"
    std::string code;
  };
  using WordStarts = std::array<bool, 256 * 256>;  // see byte_pair
  struct CountryHints {
    WordMap<std::vector<CountryHint>> by_first_word;
    WordStarts starts{};  // first two bytes of its keys
  };

 public:
  explicit MoneyExtractor(const std::filesystem::path& data_dir) {
    const auto lexicons = data_dir / "lexicons";
    load_currencies(lexicons / "money_currencies.tsv");
    load_scales(lexicons / "money_scales.tsv");
    load_roles(lexicons / "money_roles.tsv");
    load_goods(lexicons / "money_goods.tsv");
    load_weight_cues(lexicons / "money_pounds_weight.tsv");
    over_words_ = OverWords(lexicons / "money_particle_verbs.tsv");
    load_country_hints(lexicons / "money_dollar_hints.tsv", dollar_hints_);
    load_country_hints(lexicons / "money_rupee_hints.tsv", rupee_hints_);
    load_sign_context(lexicons / "money_sign_context.tsv");
  }

  std::string_view name() const override { return "money"; }

  void extract(const ExtractInput& in, Facts& out) const override {
    const std::string_view text = in.text;
    // Buffers reused from article to article on this thread: they grow once.
    thread_local std::vector<Amount> amounts;
    thread_local std::vector<std::size_t> group_start;
    thread_local Tokens before, after;  // the words around each amount
    find_amounts(text, amounts);
    if (std::any_of(amounts.begin(), amounts.end(), [](const Amount& a) { return a.short_scaled; })) {
      std::erase_if(amounts, [&](const Amount& a) {
        return a.short_scaled && std::none_of(amounts.begin(), amounts.end(), [&](const Amount& b) {
                 return !b.short_scaled && b.marker->code == a.marker->code;
               });
      });
    }
    if (amounts.empty()) return;
    if (counts_money_in_dollars(text)) std::erase_if(amounts, [](const Amount& a) { return a.marker->weight; });
    if (amounts.empty()) return;

    if (std::any_of(amounts.begin(), amounts.end(), [](const Amount& a) { return a.marker->generic_dollar; })) {
      if (const std::string* dollar = article_country(text, dollar_hints_, "USD")) {
        for (std::size_t i = 0; i < amounts.size(); ++i) {
          if (amounts[i].marker->generic_dollar && !conversion_of_other_dollar(text, amounts, i)) {
            amounts[i].marker = &country_markers_.at(*dollar);
          }
        }
      }
    }
    // "Rs" is the rupee of the source's country, INR unless the article
    // names Pakistan, Sri Lanka or Nepal more often than India.
    if (std::any_of(amounts.begin(), amounts.end(), [](const Amount& a) { return a.marker->generic_rupee; })) {
      if (const std::string* rupee = article_country(text, rupee_hints_, "INR")) {
        for (Amount& amount : amounts) {
          if (amount.marker->generic_rupee) amount.marker = &country_markers_.at(*rupee);
        }
      }
    }

    // Ranges: consecutive amounts joined by "-", "to", or "between ... and".
    group_start.resize(amounts.size());
    for (std::size_t i = 0; i < amounts.size(); ++i) {
      group_start[i] = i;
      if (i > 0 && amounts[i - 1].marker->code == amounts[i].marker->code &&
          range_connector(text, amounts[i - 1].span.begin, amounts[i - 1].span.end, amounts[i].span.begin)) {
        group_start[i] = group_start[i - 1];
        inherit_scale(amounts[i - 1].number, amounts[i].number);
      }
    }

    for (std::size_t first = 0; first < amounts.size();) {
      std::size_t last = first;
      while (last + 1 < amounts.size() && group_start[last + 1] == first) ++last;
      const Span whole{amounts[first].span.begin, amounts[last].span.end};
      const std::size_t prev_end = first > 0 ? amounts[first - 1].span.end : 0;  // 0: none
      const std::size_t next_begin = last + 1 < amounts.size() ? amounts[last + 1].span.begin : text.size();
      // Role cues are looked for within a few words, so a long sentence is
      // cut to a window around the amount.
      const std::size_t sentence = money_sentence_begin(text, whole.begin);
      const std::size_t from =
          std::max({prev_end > sentence ? clause_after(text, prev_end, whole.begin) : sentence,
                    whole.begin > kWindowBytes ? whole.begin - kWindowBytes : 0});
      const std::size_t to = std::min({money_sentence_end(text, whole.end), next_begin, whole.end + kWindowBytes});
      tokenize(text, from, whole.begin, before);
      tokenize(text, whole.end, to, after, kAfterWords);
      std::vector<Token>& words_before = before.list;
      const std::vector<Token>& words_after = after.list;

      Qualifier qualifier = hedge(text, words_before, whole.begin);
      if (qualifier == Qualifier::none) qualifier = hedge_after(text, words_after, whole.end);
      const std::string role = role_of(words_before, words_after);

      for (std::size_t i = first; i <= last; ++i) {
        const Amount& a = amounts[i];
        Money m;
        m.amount = major_units(a.number.base * a.number.multiplier * a.marker->factor);
        if (m.amount <= 0) continue;  // "5 000 €" read from its last group, "£0"
        m.currency = a.marker->code;
        m.qualifier = qualifier;
        m.role = role;
        m.span = a.span;
        out.money.push_back(std::move(m));
      }
      first = last + 1;
    }
  }

 private:
  // --- loading -----------------------------------------------------------

  void load_currencies(const std::filesystem::path& file) {
    for (const auto& row : read_lexicon(file, 4)) {
      CurrencyMarker marker;
      marker.code = row.fields[1];
      marker.factor = parse_double(row, 3, file);
      if (row.fields.size() > 4) {
        marker.singular = row.fields[4].find("singular") != std::string::npos;
        marker.weight = row.fields[4].find("weight") != std::string::npos;
        marker.generic_dollar = row.fields[4].find("dollar") != std::string::npos;
        marker.generic_rupee = row.fields[4].find("rupee") != std::string::npos;
        marker.space_groups = row.fields[4].find("space_groups") != std::string::npos;
        marker.scaled = row.fields[4].find("scaled") != std::string::npos;
      }
      const std::string& form = row.fields[0];
      if (form.empty()) continue;
      const auto first = static_cast<unsigned char>(form.front());
      marker.kind = lexicon_choice<MarkerKind>(file, row, 2, "kind",
                                               {{"symbol", MarkerKind::symbol},
                                                {"code", MarkerKind::code},
                                                {"word", MarkerKind::word},
                                                {"glued", MarkerKind::glued},
                                                {"letter", MarkerKind::letter}});
      if (marker.kind == MarkerKind::symbol) {
        // Letter prefixes ("US$", "E£") are found from their sign.
        std::size_t sign = 0;
        while (sign < form.size() && (is_ascii_alpha(static_cast<unsigned char>(form[sign])) || form[sign] == '.')) {
          ++sign;
        }
        if (sign == form.size()) {
          throw std::runtime_error(fmt::format("{}:{}: a symbol needs a sign", file.string(), row.line));
        }
        if (sign == 0) signs_by_first_byte_[first].push_back(form);
        if (sign > 0) prefixed_signs_.push_back(form.substr(sign));
        symbols_[form] = marker;
      } else if (marker.kind == MarkerKind::code) {
        codes_[form] = marker;
        mark_anchor(form, false);
      } else if (marker.kind == MarkerKind::word) {
        const std::string name = normalise_name(form);
        names_[name] = marker;
        // Names are found from their last word ("Australian dollars").
        const std::size_t space = name.rfind(' ');
        const std::string last = name.substr(space == std::string::npos ? 0 : space + 1);
        name_words_.insert(last);
        mark_anchor(last, true);
      } else if (marker.kind == MarkerKind::letter) {
        letter_signs_[form] = marker;
        mark_anchor(form, false);
      } else {
        glued_[form] = marker;
        glued_first_letter_[first] = true;
      }
    }
    // A sign written only after its letters ("GH¢"; a bare "¢" is cents) is
    // found from the sign too, and read only with its letters.
    for (const std::string& sign : prefixed_signs_) {
      if (symbols_.contains(sign) || prefix_only_signs_.contains(sign)) continue;
      signs_by_first_byte_[static_cast<unsigned char>(sign.front())].push_back(sign);
      prefix_only_signs_.insert(sign);
    }
    for (std::size_t c = 0; c < 256; ++c) {
      sign_starts_[c] = !signs_by_first_byte_[c].empty();
      if (!sign_starts_[c] || c >= 0x80) continue;
      if (ascii_sign_count_ == ascii_signs_.size()) {
        throw std::runtime_error(fmt::format("{}: at most {} ASCII bytes may start a sign", file.string(), ascii_signs_.size()));
      }
      ascii_signs_[ascii_sign_count_++] = static_cast<char>(c);
    }
    // Unused slots repeat a sign byte (or hold NUL, which starts no sign), so
    // the scan can compare with every slot.
    for (std::size_t k = ascii_sign_count_; k < ascii_signs_.size(); ++k) ascii_signs_[k] = ascii_signs_[0];
    for (auto& forms : signs_by_first_byte_) {
      // Longer signs first, should one sign begin another.
      std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    }
    if (symbols_.empty() || names_.empty()) {
      throw std::runtime_error(fmt::format("{}: needs at least one symbol and one word", file.string()));
    }
  }

  // Anchor words are filtered by length and first and last letters (case
  // folded) before any hashing: most words of a text fail this test.
  static std::size_t anchor_slot(std::string_view word) {
    const auto letter = [](char c) { return static_cast<std::size_t>((c | 0x20) - 'a') % 26; };
    return (word.size() * 26 + letter(word.front())) * 26 + letter(word.back());
  }

  // `any_case`: names are matched in any case, codes only as written.
  void mark_anchor(std::string_view word, bool any_case) {
    if (word.empty() || word.size() > kMaxAnchorLength ||
        !std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_alpha(static_cast<unsigned char>(c)); })) {
      throw std::runtime_error(fmt::format("currency code or name word must be 1 to {} letters: {}", kMaxAnchorLength, word));
    }
    anchor_slots_[anchor_slot(word)] = true;
    mark_word_start(anchor_starts_, word, any_case);
  }

  // Tables of the first two bytes a word may start with, by byte_pair.

  // Marks the first two bytes of `word` in `starts`, in any case if
  // `any_case`. A one-letter word is followed by anything but a letter.
  static void mark_word_start(WordStarts& starts, std::string_view word, bool any_case) {
    const auto variants = [any_case](char c) {
      return any_case ? std::array<char, 2>{to_lower_ascii(c), static_cast<char>(to_lower_ascii(c) & ~0x20)}
                      : std::array<char, 2>{c, c};
    };
    for (const char first : variants(word[0])) {
      if (word.size() > 1) {
        for (const char second : variants(word[1])) starts[byte_pair(first, second)] = true;
        continue;
      }
      for (int next = 0; next < 256; ++next) {
        if (!is_ascii_alpha(static_cast<unsigned char>(next))) starts[byte_pair(first, static_cast<char>(next))] = true;
      }
    }
  }

  // True if the word at `begin` of `text` may start as `starts` says.
  static bool may_start(const WordStarts& starts, std::string_view text, std::size_t begin) {
    return starts[byte_pair(text[begin], begin + 1 < text.size() ? text[begin + 1] : '\0')];
  }


  // True if the word at `begin` may be a code or the last word of a
  // currency name, from its first two bytes.
  bool may_start_anchor(std::string_view text, std::size_t begin) const { return may_start(anchor_starts_, text, begin); }

  bool might_anchor(std::string_view word) const {
    return word.size() <= kMaxAnchorLength && anchor_slots_[anchor_slot(word)];
  }

  void load_scales(const std::filesystem::path& file) {
    for (const auto& row : read_lexicon(file, 3)) {
      const double multiplier = parse_double(row, 1, file);
      enum class Placement { glued, spaced, both, fraction };
      const auto placement = lexicon_choice<Placement>(file, row, 2, "placement",
                                                       {{"glued", Placement::glued},
                                                        {"spaced", Placement::spaced},
                                                        {"both", Placement::both},
                                                        {"fraction", Placement::fraction}});
      if (placement == Placement::fraction) {
        fractions_[row.fields[0]] = multiplier;
        continue;
      }
      if (placement != Placement::spaced) glued_scales_[row.fields[0]] = multiplier;
      if (placement != Placement::glued) spaced_scales_[row.fields[0]] = multiplier;
    }
  }

  void load_roles(const std::filesystem::path& file) {
    Tokens words;  // reused row after row
    for (const auto& row : read_lexicon(file, 4)) {
      RoleCue cue;
      tokenize(row.fields[0], 0, row.fields[0].size(), words);
      cue.words.reserve(words.list.size());
      for (const Token& word : words.list) cue.words.emplace_back(word.lower);
      if (cue.words.empty()) continue;
      cue.role = row.fields[1];
      cue.side = parse_side(row, file);
      cue.strength = static_cast<int>(parse_double(row, 3, file));
      cue_first_words_.add(cue.words.front());
      cues_by_first_word_[cue.words.front()].push_back(std::move(cue));
    }
  }

  void load_goods(const std::filesystem::path& file) {
    for (const auto& row : read_lexicon(file, 2)) {
      goods_[row.fields[0]] = lexicon_choice<GoodsKind>(file, row, 1, "kind",
                                                        {{"drug", GoodsKind::drug},
                                                         {"substance", GoodsKind::substance},
                                                         {"money", GoodsKind::money},
                                                         {"pronoun", GoodsKind::pronoun}});
      goods_words_.add(row.fields[0]);
    }
  }

  void load_weight_cues(const std::filesystem::path& file) {
    for (const auto& row : read_lexicon(file, 2)) {
      WordSet MoneyExtractor::*const words = lexicon_choice<WordSet MoneyExtractor::*>(
          file, row, 1, "where",
          {{"before", &MoneyExtractor::weight_before_},
           {"after", &MoneyExtractor::weight_after_},
           {"unit", &MoneyExtractor::weight_units_},
           {"compared", &MoneyExtractor::comparison_words_}});
      (this->*words).insert(row.fields[0]);
    }
  }

  void load_country_hints(const std::filesystem::path& file, CountryHints& hints) {
    for (const auto& row : read_lexicon(file, 2)) {
      const std::string& name = row.fields[0];
      if (name.empty() || !is_ascii_upper(static_cast<unsigned char>(name.front()))) {
        throw std::runtime_error(fmt::format("{}:{}: a name starts with a capital", file.string(), row.line));
      }
      std::size_t first_end = 0;
      while (first_end < name.size() && is_ascii_alpha(static_cast<unsigned char>(name[first_end]))) ++first_end;
      hints.by_first_word[name.substr(0, first_end)].push_back(CountryHint{name, row.fields[1]});
      mark_word_start(hints.starts, name.substr(0, first_end), false);
      if (!country_markers_.contains(row.fields[1])) {
        country_markers_.emplace(row.fields[1], CurrencyMarker{row.fields[1], 1, MarkerKind::symbol, false, false, false});
      }
    }
  }

  void load_sign_context(const std::filesystem::path& file) {
    for (const auto& row : read_lexicon(file, 2)) {
      WordSet MoneyExtractor::*const words = lexicon_choice<WordSet MoneyExtractor::*>(
          file, row, 1, "kind", {{"money", &MoneyExtractor::sign_money_words_}, {"not", &MoneyExtractor::sign_not_after_}});
      (this->*words).insert(row.fields[0]);
    }
  }

  // --- finding amounts -----------------------------------------------------

  // The multiplier of the scale a read number ends with ("1.5 million",
  // "79k"), or 1.
  double trailing_scale(std::string_view text, const Span& span) const {
    std::size_t i = span.end;
    while (i > span.begin && is_ascii_alpha(static_cast<unsigned char>(text[i - 1]))) --i;
    if (i == span.end) return 1;
    const LowerKey word(text.substr(i, span.end - i));
    const bool glued = i > span.begin && is_ascii_digit(static_cast<unsigned char>(text[i - 1]));
    const auto& table = glued ? glued_scales_ : spaced_scales_;
    const auto it = table.find(word.view());
    return it == table.end() ? 1 : it->second;
  }

  // The number starting at `pos`, with any scale money is written with
  // that the shared reader leaves out ("£3million", "$2b", "$1.5-million").
  std::optional<ReadAmount> read_amount(std::string_view text, std::size_t pos) const {
    const auto n = read_number(text, pos);
    if (!n || !n->exact) return std::nullopt;
    ReadAmount r;
    r.span = n->span;
    if (n->has_scale) {
      r.multiplier = trailing_scale(text, n->span);
      r.base = n->value / r.multiplier;
      return r;
    }
    r.base = n->value;
    std::size_t i = n->span.end;
    if (i < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[i]))) {
      // Letters glued to the digits: a scale ("£3million"), or left for the
      // caller to judge ("50p", or no amount at all in "£5x").
      std::size_t end = i;
      while (end < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[end]))) ++end;
      const auto it = glued_scales_.find(LowerKey(text.substr(i, end - i)).view());
      if (it != glued_scales_.end() && at_word_end(text, end)) {
        r.multiplier = it->second;
        r.span.end = end;
      }
    } else if (i + 1 < text.size() && (text[i] == ' ' || text[i] == '-')) {
      std::size_t end = i + 1;
      while (end < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[end]))) ++end;
      const auto it = spaced_scales_.find(LowerKey(text.substr(i + 1, end - i - 1)).view());
      if (it != spaced_scales_.end() && at_word_end(text, end)) {
        r.multiplier = it->second;
        r.span.end = end;
      }
    }
    return r;
  }

  // A number that could start at `p`: a digit not inside another number or
  // word, or the first letter of a word.
  static bool number_start(std::string_view text, std::size_t p) {
    const auto c = static_cast<unsigned char>(text[p]);
    if (p == 0) return is_ascii_digit(c) || is_ascii_alpha(c);
    const auto prev = static_cast<unsigned char>(text[p - 1]);
    // Digits may follow a sign or dash written in UTF-8 ("£5", "5–10").
    if (is_ascii_digit(c)) return prev >= 0x80 || (!is_word_byte(prev) && prev != '.' && prev != ',');
    return is_ascii_alpha(c) && !is_word_byte(prev) && prev != '-' && prev != '\'';
  }

  // The number ending just before `end` (spaces between allowed; none
  // needed if `glued_ok`), its longest reading: "two and a half million"
  // rather than "half a million".
  std::optional<ReadAmount> number_ending_at(std::string_view text, std::size_t end, bool glued_ok) const {
    std::size_t gap = end;
    while (gap > 0 && text[gap - 1] == ' ') --gap;
    if (gap == 0 || (gap == end && !glued_ok)) return std::nullopt;
    std::size_t lo = gap > 64 ? gap - 64 : 0;
    const std::size_t line = text.rfind('\n', gap - 1);
    if (line != std::string_view::npos && line + 1 > lo) lo = line + 1;
    for (std::size_t p = lo; p < gap; ++p) {
      if (!number_start(text, p)) continue;
      if (auto r = read_amount(text, p); r && r->span.end == gap) return r;
    }
    return std::nullopt;
  }

  // A currency name of `code` straight after `pos` ("£5m pounds"), to
  // take into the amount's text: returns its end, or `pos`.
  std::size_t currency_word_after(std::string_view text, std::size_t pos, const std::string& code) const {
    if (pos >= text.size() || text[pos] != ' ') return pos;
    const std::size_t begin = pos + 1;
    std::size_t end = begin;
    while (end < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[end]))) ++end;
    const auto it = names_.find(LowerKey(text.substr(begin, end - begin)).view());
    if (it == names_.end() || it->second.code != code || !at_word_end(text, end)) {
      return pos;
    }
    return end;
  }

  // "between" straight before an amount, so that "and" joins a range.
  static bool between_before(std::string_view text, std::size_t pos) {
    const auto words = words_before(text, pos, 1);
    return !words.empty() && iequals(words.front().text, "between");
  }

  // True if text[gap_begin, gap_end) joins two ends of a range.
  static bool range_connector(std::string_view text, std::size_t first_begin, std::size_t gap_begin,
                              std::size_t gap_end) {
    std::size_t b = gap_begin, e = gap_end;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    const std::string_view gap = text.substr(b, e - b);
    if (gap == "-" || gap == "\xE2\x80\x93" || gap == "\xE2\x80\x94" || iequals(gap, "to")) return true;
    return iequals(gap, "and") && between_before(text, first_begin);
  }

  // "£5 to £10 million": the first end takes the second's scale when it has
  // none and is the smaller number.
  static void inherit_scale(ReadAmount& first, const ReadAmount& second) {
    if (first.multiplier == 1 && second.multiplier > 1 && first.base < second.base) {
      first.multiplier = second.multiplier;
    }
  }

  // Where a range connector starting at or after `pos` ends, or npos.
  static std::size_t skip_connector_forward(std::string_view text, std::size_t pos, std::size_t first_begin) {
    std::size_t i = pos;
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t after;
    if (i < text.size() && text[i] == '-') {
      after = i + 1;
    } else if (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0) {
      after = i + 3;
    } else if (i + 2 < text.size() && iequals(text.substr(i, 2), "to") && text[i + 2] == ' ') {
      after = i + 2;
    } else if (i + 3 < text.size() && iequals(text.substr(i, 3), "and") && text[i + 3] == ' ' &&
               between_before(text, first_begin)) {
      after = i + 3;
    } else {
      return std::string_view::npos;
    }
    while (after < text.size() && text[after] == ' ') ++after;
    return after;
  }

  // Where a range connector ending at or before `pos` starts, or npos.
  static std::size_t skip_connector_back(std::string_view text, std::size_t pos) {
    std::size_t i = pos;
    while (i > 0 && text[i - 1] == ' ') --i;
    std::size_t before;
    if (i > 0 && text[i - 1] == '-') {
      before = i - 1;
    } else if (i >= 3 && (text.compare(i - 3, 3, "\xE2\x80\x93") == 0 || text.compare(i - 3, 3, "\xE2\x80\x94") == 0)) {
      before = i - 3;
    } else if (i >= 3 && text[i - 3] == ' ' && iequals(text.substr(i - 2, 2), "to")) {
      before = i - 2;
    } else if (i >= 4 && text[i - 4] == ' ' && iequals(text.substr(i - 3, 3), "and")) {
      before = i - 3;
    } else {
      return std::string_view::npos;
    }
    return before;
  }

  // The bare second end of a range after a marked amount: "£5,000 to
  // 10,000", "£1.2-1.5m". Appended to `out` if found.
  void range_end_after(std::string_view text, const Amount& first, std::vector<Amount>& out) const {
    const std::size_t at = skip_connector_forward(text, first.span.end, first.span.begin);
    if (at == std::string_view::npos || at >= text.size() || !is_ascii_digit(static_cast<unsigned char>(text[at]))) {
      return;
    }
    auto r = read_amount(text, at);
    if (!r || !at_word_end(text, r->span.end)) return;
    ReadAmount head = first.number;
    inherit_scale(head, *r);
    if (r->base * r->multiplier < head.base * head.multiplier) return;
    std::size_t end = currency_word_after(text, r->span.end, first.marker->code);
    if (end == r->span.end) {
      // Not followed by a word that could not follow money ("£50 to 100
      // people"): only grammar words, role words ("fine") or goods.
      const auto next = words_after(text, end, 1);
      if (!next.empty() && next.front().span.begin == end + 1 &&
          is_ascii_alpha(static_cast<unsigned char>(next.front().text[0]))) {
        const LowerKey word(next.front().text);
        if (!may_follow_range_end(word.view()) && !cues_by_first_word_.contains(word.view()) &&
            !goods_.contains(word.view())) {
          return;
        }
      }
    }
    Amount second = first;
    second.number = *r;
    second.span = Span{at, end};
    out.push_back(second);
  }

  // The bare first end of a range before a named amount: "5,000 to 10,000
  // pounds", "between 5 and 10 million euros", "5-10 million dollars".
  void range_start_before(std::string_view text, const Amount& second, std::size_t floor,
                          std::vector<Amount>& out) const {
    const std::size_t connector = skip_connector_back(text, second.number.span.begin);
    if (connector == std::string_view::npos || connector <= floor) return;
    const bool dash = text[connector] == '-' || static_cast<unsigned char>(text[connector]) == 0xE2;
    auto r = number_ending_at(text, connector, dash);
    if (!r || r->span.begin < floor) return;
    if (iequals(text.substr(connector, 3), "and") && !between_before(text, r->span.begin)) return;
    ReadAmount head = *r;
    inherit_scale(head, second.number);
    if (head.base * head.multiplier > second.number.base * second.number.multiplier) return;
    Amount first = second;
    first.number = *r;
    first.span = r->span;
    out.push_back(first);
  }

  // "976 pounds of marijuana", "weighing 300 pounds": a weight, not money.
  // Also the second weight of a comparison whose first is one: "4,000
  // pounds of cannabis, up from 3,100 pounds".
  bool pounds_of_weight(std::string_view text, std::size_t number_begin, std::size_t word_end) const {
    return pounds_weighed(text, number_begin, word_end) || compared_with_weight(text, number_begin);
  }

  // After a comparison word ("compared with", "up from", "fell to"), an
  // earlier amount of pounds in the sentence that is a weight.
  bool compared_with_weight(std::string_view text, std::size_t number_begin) const {
    const std::size_t hedge_begin = hedge_before(text, number_begin).begin;
    const auto previous = words_before(text, hedge_begin, 1);
    if (previous.empty() || !comparison_words_.contains(LowerKey(previous.front().text).view())) return false;
    const std::size_t sentence = money_sentence_begin(text, hedge_begin);
    bool weight = false;
    for_each_word(text, sentence, previous.front().span.begin, [&](Span word, bool) {
      const auto it = names_.find(LowerKey(text.substr(word.begin, word.end - word.begin)).view());
      if (it != names_.end() && it->second.weight) {
        const auto r = number_ending_at(text, word.begin, false);
        weight = r && r->multiplier < 1e6 && pounds_weighed(text, r->span.begin, word.end);
      }
      return !weight;
    });
    return weight;
  }

  // The weight rules of pounds_of_weight that look at the amount's own words.
  bool pounds_weighed(std::string_view text, std::size_t number_begin, std::size_t word_end) const {
    for (const auto& w : words_before(text, number_begin, 2)) {
      if (weight_before_.contains(LowerKey(w.text).view())) return true;
    }
    // A metric conversion in brackets on either side: "907kg (2,000
    // pounds) of cocaine", "2,000 pounds (907kg) of cocaine".
    std::size_t open = number_begin;
    while (open > 0 && text[open - 1] == ' ') --open;
    if (open > 0 && text[open - 1] == '(') {
      const auto unit = words_before(text, open - 1, 1);
      if (!unit.empty() && is_weight_unit(unit.front().text)) return true;
    }
    std::size_t pos = word_end;
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos < text.size() && text[pos] == '(') {
      const std::size_t close = text.find(')', pos);
      if (close == std::string_view::npos || close - pos > 40) return false;
      bool unit = false;
      for_each_word(text, pos + 1, close, [&](Span word, bool) {
        unit = is_weight_unit(text.substr(word.begin, word.end - word.begin));
        return !unit;
      });
      if (unit) return true;
      pos = close + 1;
    } else if (pos < text.size() && text[pos] == ')') {
      ++pos;
    }
    Tokens words;
    tokenize(text, pos, std::min({text.size(), money_sentence_end(text, pos), pos + kWindowBytes}), words, 5);
    const std::vector<Token>& after = words.list;
    if (after.empty() || after.front().punct_before) return false;
    if (weight_after_.contains(after.front().lower)) return true;
    if (after.size() > 1 && !after[1].punct_before && weight_after_.contains(join(after, 0, 2))) return true;
    if (after.front().lower != "of") return false;
    for (std::size_t i = 1; i < after.size() && i <= 4; ++i) {
      if (after[i].punct_before) break;
      const auto it = goods_.find(after[i].lower);
      if (it == goods_.end()) continue;
      // "50,000 pounds of drug money", "of drugs cash": money.
      if (it->second == GoodsKind::drug && i + 1 < after.size() && !after[i + 1].punct_before &&
          is_money_noun(after[i + 1].lower)) {
        return false;
      }
      return it->second == GoodsKind::drug || it->second == GoodsKind::substance;
    }
    // "42,000 pounds of cucumbers": pounds of a thing that is not money-like
    // weigh it.
    return after.size() > 1 && !after[1].punct_before;
  }

  // "kg", "kilos", or a number with its unit glued on ("907kg").
  bool is_weight_unit(std::string_view word) const {
    std::size_t i = 0;
    while (i < word.size() && (is_ascii_digit(static_cast<unsigned char>(word[i])) || word[i] == '.' || word[i] == ',')) {
      ++i;
    }
    return weight_units_.contains(LowerKey(word.substr(i)).view());
  }

#if defined(__SSE2__)
  // Bit i set where byte i of the 64 bytes at p is an ASCII letter, a
  // digit, a byte >= 0x80, or an ASCII sign byte ('$').
  static constexpr std::size_t kChunk = 64;
  struct ByteBits {
    std::uint64_t letters = 0, digits = 0, high = 0, signs = 0;
  };
  struct SignLanes {
    __m128i sign[4];  // ascii_signs_, each in all 16 lanes
    std::size_t count;  // how many are in use (the first is compared even if none)
  };
  SignLanes sign_lanes() const {
    return {{_mm_set1_epi8(ascii_signs_[0]), _mm_set1_epi8(ascii_signs_[1]), _mm_set1_epi8(ascii_signs_[2]),
             _mm_set1_epi8(ascii_signs_[3])},
            ascii_sign_count_};
  }
  // Bytes of v in [low, low + count), in one signed compare: adding
  // 0x80 - low moves the range to the bottom of the signed bytes.
  static __m128i in_range(__m128i v, char low, int count) {
    return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - low))),
                          _mm_set1_epi8(static_cast<char>(0x80 + count)));
  }
  static ByteBits chunk_bits(const char* p, const SignLanes& lanes) {
    ByteBits b;
    const auto bits = [](__m128i m) { return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(m))); };
    // Called for each 16 bytes in straight code: a loop here costs a fifth
    // of the work again.
    const auto block = [&](std::size_t k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
      __m128i signs = _mm_cmpeq_epi8(v, lanes.sign[0]);
      for (std::size_t s = 1; s < lanes.count; ++s) signs = _mm_or_si128(signs, _mm_cmpeq_epi8(v, lanes.sign[s]));
      b.letters |= bits(in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26)) << k;
      b.digits |= bits(in_range(v, '0', 10)) << k;
      b.high |= bits(v) << k;
      b.signs |= bits(signs) << k;
    };
    static_assert(kChunk == 4 * kBlock);
    block(0);
    block(kBlock);
    block(2 * kBlock);
    block(3 * kBlock);
    return b;
  }
#endif

  // Calls visit(i) at every ASCII capital that starts a word, in text order.
  template <typename Visit>
  static void for_each_capital_word_start(std::string_view text, Visit visit) {
    std::size_t base = 0;
#if defined(__SSE2__)
    std::uint32_t word_before = 0;  // the byte before the block is a word byte
    for (; base + kBlock <= text.size(); base += kBlock) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + base));
      // One compare per range (in_range); bytes >= 0x80 are in none.
      const __m128i upper = in_range(v, 'A', 26);
      const __m128i alnum = _mm_or_si128(in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26), in_range(v, '0', 10));
      const auto word = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(alnum, v)));
      std::uint32_t starts = static_cast<std::uint32_t>(_mm_movemask_epi8(upper)) & ~(word << 1 | word_before);
      word_before = word >> (kBlock - 1) & 1;
      for (; starts != 0; starts &= starts - 1) visit(base + static_cast<std::size_t>(std::countr_zero(starts)));
    }
#endif
    for (; base < text.size(); ++base) {
      if (is_ascii_upper(static_cast<unsigned char>(text[base])) && at_word_start(text, base)) visit(base);
    }
  }

  // True if byte i may start a marker: a sign's first byte, or a letter
  // after a byte that is no letter and below 0x80 (a word start, or a unit
  // glued to digits).
  bool may_start_marker(std::string_view text, std::size_t i) const {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!is_ascii_alpha(c)) return sign_starts_[c];
    return i == 0 || !(is_ascii_alpha(static_cast<unsigned char>(text[i - 1])) || static_cast<unsigned char>(text[i - 1]) >= 0x80);
  }

  // The amounts of `text`, in text order, into `found` (cleared first).
  void find_amounts(std::string_view text, std::vector<Amount>& found) const {
    found.clear();
    std::size_t covered = 0;  // end of the last amount taken: markers before it are inside it
    auto try_marker = [&](std::size_t i) {
      const std::size_t taken = found.size();
      marker_at(text, i, covered, found);
      for (std::size_t k = taken; k < found.size(); ++k) covered = std::max(covered, found[k].span.end);
    };
    // 64 bytes at a time (the last bytes one by one): word starts that pass
    // may_start_anchor, letters after digits and sign bytes are tried, in
    // text order.
    std::size_t base = 0;
#if defined(__SSE2__)
    const SignLanes signs_wide = sign_lanes();
    std::uint64_t letter_before = 0, digit_before = 0, high_before = 0;  // the byte before the 64
    for (; base + kChunk < text.size(); base += kChunk) {  // (so that text[i + 1] is there)
      const char* chunk = text.data() + base;
      const ByteBits b = chunk_bits(chunk, signs_wide);
      const std::uint64_t after_letter = b.letters << 1 | letter_before;
      const std::uint64_t after_digit = b.digits << 1 | digit_before;
      const std::uint64_t after_high = b.high << 1 | high_before;
      letter_before = b.letters >> (kChunk - 1);
      digit_before = b.digits >> (kChunk - 1);
      high_before = b.high >> (kChunk - 1);
      std::uint64_t markers = (b.letters & after_digit) | b.high | b.signs;
      // Most words are no code or currency name, as their first two bytes
      // tell, or else their length and last letter (words running past these
      // 64 bytes are left to marker_at).
      // (Unsigned offsets into the chunk keep this loop, run for every word,
      // to a few instructions.)
      for (std::uint64_t starts = b.letters & ~(after_letter | after_digit | after_high); starts != 0; starts &= starts - 1) {
        const auto bit = static_cast<unsigned>(std::countr_zero(starts));
        if (!anchor_starts_[byte_pair_at(chunk + bit)]) continue;
        const auto length = static_cast<unsigned>(std::countr_one(b.letters >> bit));
        if (bit + length < kChunk && !might_anchor(std::string_view(chunk + bit, length))) continue;
        markers |= std::uint64_t{1} << bit;
      }
      for (; markers != 0; markers &= markers - 1) try_marker(base + static_cast<std::size_t>(std::countr_zero(markers)));
    }
#endif
    for (; base < text.size(); ++base) {
      if (may_start_marker(text, base)) try_marker(base);
    }
    std::sort(found.begin(), found.end(), [](const Amount& a, const Amount& b) { return a.span < b.span; });
  }

  // The marker that may start at `i` (see may_start_marker), and its amount.
  void marker_at(std::string_view text, std::size_t i, std::size_t covered, std::vector<Amount>& out) const {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!is_ascii_alpha(c)) {
      if (i >= covered && sign_starts_[c]) sign_anchor(text, i, signs_by_first_byte_[c], covered, out);
      return;
    }
    std::size_t end = i + 1;
    if (i > 0 && is_ascii_digit(static_cast<unsigned char>(text[i - 1]))) {
      // A unit glued to digits: "50p". The digits end here, so they were
      // read unless an amount covers the last of them.
      if (i <= covered || !glued_first_letter_[c]) return;
      while (end < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[end]))) ++end;
      const auto it = glued_.find(text.substr(i, end - i));
      if (it != glued_.end() && at_word_end(text, end)) glued_amount(text, i, end, &it->second, covered, out);
      return;
    }
    // A word start: the letter follows no letter, digit or byte >= 0x80.
    if (i < covered || !may_start_anchor(text, i)) return;
    while (end < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[end]))) ++end;
    if (might_anchor(text.substr(i, end - i))) word_anchor(text, i, end, covered, out);
  }

  // A word that may be a currency code or the last word of a currency name.
  void word_anchor(std::string_view text, std::size_t begin, std::size_t end, std::size_t covered,
                   std::vector<Amount>& out) const {
    const std::string_view word = text.substr(begin, end - begin);
    if (const auto sign = letter_signs_.find(word); sign != letter_signs_.end()) {
      letter_amount(text, begin, end, &sign->second, covered, out);
      return;
    }
    if (const auto code = codes_.find(word); code != codes_.end()) {
      // A code ends at a non-letter: "USD1.5m" and "GBP 500", not "EURO".
      marked_amount(text, begin, end, &code->second, covered, out);
      return;
    }
    if (!at_word_end(text, end)) return;
    if (!name_words_.contains(LowerKey(word).view())) return;
    // The longest name this word ends or starts: "Australian dollars",
    // "Hong Kong dollars", "pounds sterling".
    const CurrencyMarker* best = nullptr;
    Span name{begin, end};
    auto try_name = [&](std::size_t from, std::size_t to) {
      if (best && to - from <= name.end - name.begin) return;
      const auto it = names_.find(normalise_name(text.substr(from, to - from)));
      if (it == names_.end()) return;
      best = &it->second;
      name = Span{from, to};
    };
    try_name(begin, end);
    if (const auto next = chunk_after(text, end)) try_name(begin, next->end);
    if (const auto prev = chunk_before(text, begin)) {
      try_name(prev->begin, end);
      if (const auto prev2 = chunk_before(text, prev->begin)) try_name(prev2->begin, end);
    }
    if (best) named_amount(text, name.begin, name.end, *best, covered, out);
  }

  // A currency sign: "£", "$", "€", or a prefixed one ("US$", "NZ$").
  void sign_anchor(std::string_view text, std::size_t at, const std::vector<std::string>& signs, std::size_t covered,
                   std::vector<Amount>& out) const {
    for (const std::string& sign : signs) {
      if (text.compare(at, sign.size(), sign) != 0) continue;
      const std::size_t end = at + sign.size();
      std::size_t begin = at;
      while (begin > 0 && (is_ascii_alpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '.')) {
        --begin;
      }
      const auto bare = symbols_.find(sign);
      const CurrencyMarker* marker = bare != symbols_.end() ? &bare->second : nullptr;
      if (begin < at) {
        const auto prefixed = symbols_.find(text.substr(begin, end - begin));
        if (prefixed != symbols_.end() && at_word_start(text, begin)) {
          marker = &prefixed->second;
        } else if (sign == "$" || !marker) {
          return;  // "Z$": the dollar of a country not listed
        } else {
          begin = at;
        }
      }
      if (!marker) return;  // a sign read only with its letters
      marked_amount(text, begin, end, marker, covered, out);
      return;
    }
  }

  // The whitespace-separated chunk ending one space before `pos`, without
  // opening brackets or quotes: "U.S." in "U.S. dollars".
  static std::optional<Span> chunk_before(std::string_view text, std::size_t pos) {
    if (pos < 2 || text[pos - 1] != ' ') return std::nullopt;
    const std::size_t end = pos - 1;
    std::size_t begin = end;
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n' && end - begin < 24) --begin;
    while (begin < end && !is_word_byte(static_cast<unsigned char>(text[begin]))) ++begin;
    if (begin == end) return std::nullopt;
    return Span{begin, end};
  }

  // The word one space after `pos` ("sterling" in "pounds sterling").
  static std::optional<Span> chunk_after(std::string_view text, std::size_t pos) {
    if (pos + 1 >= text.size() || text[pos] != ' ') return std::nullopt;
    std::size_t end = pos + 1;
    while (end < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[end]))) ++end;
    if (end == pos + 1) return std::nullopt;
    return Span{pos + 1, end};
  }

  // A sign or code with its number after it ("£5m", "USD 1.5m") or, less
  // often, before it ("500€", "250 EUR").
  void marked_amount(std::string_view text, std::size_t begin, std::size_t end, const CurrencyMarker* marker,
                     std::size_t covered, std::vector<Amount>& out) const {
    if (begin < covered) return;
    Amount a;
    a.marker = marker;
    std::size_t i = end;
    if (marker->kind == MarkerKind::code && i < text.size() && text[i] == '.') ++i;  // "Rs."
    if (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i < text.size() && is_ascii_digit(static_cast<unsigned char>(text[i]))) {
      auto r = read_amount(text, i);
      if (!r || !at_word_end(text, r->span.end)) return;
      // "$AUD 3.4m", "$US 20,000": a sign written before the code is part of it.
      if (marker->kind == MarkerKind::code && begin > covered && text[begin - 1] == '$') --begin;
      a.number = *r;
      a.span = Span{begin, currency_word_after(text, r->span.end, marker->code)};
      out.push_back(a);
      range_end_after(text, out.back(), out);
      return;
    }
    const bool glued = marker->kind == MarkerKind::symbol;
    auto r = number_ending_at(text, begin, glued);
    if (!r || r->span.begin < covered || !is_ascii_digit(static_cast<unsigned char>(text[r->span.begin]))) return;
    a.number = *r;
    a.span = Span{r->span.begin, end};
    out.push_back(a);
  }

  // A letter glued to its number: the South African "R38 million", "R2.5-million", "R450 000",
  // the Nigerian "N4.2bn", the Kenyan "Sh2.5 million".
  // The same letters write road numbers ("the R21", "the N20") and other
  // codes, so an amount with no scale and no thousands group must stand
  // among money words; a `scaled` sign ("P45") is never read without one.
  void letter_amount(std::string_view text, std::size_t begin, std::size_t end, const CurrencyMarker* marker,
                     std::size_t covered, std::vector<Amount>& out) const {
    if (begin < covered || end >= text.size() || !is_ascii_digit(static_cast<unsigned char>(text[end]))) return;
    // Not the tail of a code: "B-R500", "A.R21", "X/R12".
    if (begin > 0 && (text[begin - 1] == '-' || text[begin - 1] == '.' || text[begin - 1] == '/')) return;
    auto r = read_amount(text, end);
    if (!r) return;
    bool grouped = text.substr(r->span.begin, r->span.end - r->span.begin).find(',') != std::string_view::npos;
    if (marker->space_groups && r->multiplier == 1) grouped = take_space_groups(text, *r) || grouped;
    if (!at_word_end(text, r->span.end)) return;
    // A scaled sign's bare three digits among money words ("the P500 bill")
    // stand only in a story with another amount in that currency.
    const bool short_scaled = marker->scaled && r->span.end - r->span.begin == 3 &&
                              std::all_of(text.begin() + r->span.begin, text.begin() + r->span.end,
                                          [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); });
    if (!grouped && r->multiplier == 1 &&
        ((marker->scaled && !short_scaled) || !among_money_words(text, begin, r->span.end))) {
      return;
    }
    Amount a;
    a.short_scaled = !grouped && r->multiplier == 1 && short_scaled;
    a.marker = marker;
    a.number = *r;
    a.span = Span{begin, currency_word_after(text, r->span.end, marker->code)};
    out.push_back(a);
    range_end_after(text, out.back(), out);
  }

  // "450 000": groups of three digits after single spaces continue a
  // number of one to three digits with no decimals. Returns true if any did.
  static bool take_space_groups(std::string_view text, ReadAmount& r) {
    const std::size_t digits = r.span.end - r.span.begin;
    if (digits > 3 || !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(r.span.begin),
                                   text.begin() + static_cast<std::ptrdiff_t>(r.span.end),
                                   [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); })) {
      return false;
    }
    bool took = false;
    std::size_t i = r.span.end;
    while (i + 4 <= text.size() && text[i] == ' ' && is_ascii_digit(static_cast<unsigned char>(text[i + 1])) &&
           is_ascii_digit(static_cast<unsigned char>(text[i + 2])) && is_ascii_digit(static_cast<unsigned char>(text[i + 3])) &&
           (i + 4 == text.size() || !is_ascii_digit(static_cast<unsigned char>(text[i + 4])))) {
      r.base = r.base * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
      r.span.end = i + 4;
      i += 4;
      took = true;
    }
    // "R1 200,50": a decimal comma or point after the groups is not read.
    if (took && i + 1 < text.size() && (text[i] == ',' || text[i] == '.') && is_ascii_digit(static_cast<unsigned char>(text[i + 1]))) {
      return false;
    }
    return took;
  }

  // True if a money word stands within three words before the amount
  // (past its hedge) or after it, in the same clause: a role cue
  // ("fined", "seized", "worth", "in cash") or a word of
  // money_sign_context.tsv ("paid", "bail", "bribe"). Straight after a
  // word such as "the" or "on" ("on the R21") it must be followed by one.
  bool among_money_words(std::string_view text, std::size_t begin, std::size_t end) const {
    constexpr std::size_t kReach = 3;
    // A money word at words[j]: a whole role cue ("towards costs", not
    // "towards Barberton"), a money noun or a word of money_sign_context.tsv.
    const auto money_word_at = [&](const std::vector<Token>& words, std::size_t j) {
      const std::string_view lower = words[j].lower;
      if (sign_money_words_.contains(lower) || is_money_noun(lower)) return true;
      const auto* cues = cues_starting_with(lower);
      return cues && std::any_of(cues->begin(), cues->end(),
                                 [&](const RoleCue& cue) { return matches(cue, words, j, words.size()); });
    };
    Tokens words;
    tokenize(text, end, std::min({text.size(), money_sentence_end(text, end), end + kWindowBytes}), words, kReach + 2);
    bool after = false;
    for (std::size_t j = 0; j < words.list.size() && j < kReach; ++j) {
      if (words.list[j].punct_before || ends_after_window(words.list[j].lower)) break;
      if (money_word_at(words.list, j)) {
        after = true;
        break;
      }
    }
    if (!words.list.empty() && !words.list.front().punct_before && only_spaces(text, end, words.list.front().span.begin) &&
        money_word_at(words.list, 0)) {
      return true;  // "a R500 fine", "the R200 bribe"
    }
    const std::size_t hedge_begin = hedge_before(text, begin).begin;
    const std::size_t sentence = money_sentence_begin(text, hedge_begin);
    tokenize(text, std::max(sentence, hedge_begin > kWindowBytes ? hedge_begin - kWindowBytes : 0), hedge_begin, words);
    const std::vector<Token>& before = words.list;
    if (!before.empty() && sign_not_after_.contains(before.back().lower) && only_spaces(text, before.back().span.end, hedge_begin)) {
      return false;
    }
    if (after) return true;
    for (std::size_t k = before.size(), seen = 0; k > 0 && seen < kReach; --k, ++seen) {
      if (k < before.size() && before[k].punct_before) break;
      if (money_word_at(before, k - 1)) return true;
    }
    return false;
  }

  // A currency name after its number: "500 pounds", "twenty million pounds",
  // "2.5 million euros", "50 pence".
  void named_amount(std::string_view text, std::size_t begin, std::size_t end, const CurrencyMarker& marker,
                    std::size_t covered, std::vector<Amount>& out) const {
    auto r = number_ending_at(text, begin, false);
    // "a two-million-pound haul", "a $10-million-dollar deal": hyphenated
    // names are money only with a scale ("a 300-pound man", "a five-pound
    // note" are a weight and a banknote).
    const bool hyphenated = !r && begin > 1 && text[begin - 1] == '-';
    if (hyphenated) {
      r = number_ending_at(text, begin - 1, true);
      if (r && r->multiplier < 1000) return;
    }
    if (!r || r->span.begin < covered) return;
    take_fraction_before(text, *r);
    if (r->span.begin < covered) return;
    if (marker.singular && !hyphenated) {
      // "one pound", but not "1 Pound Lane".
      if (r->base * r->multiplier != 1) return;
      const auto next = chunk_after(text, end);
      if (is_ascii_upper(static_cast<unsigned char>(text[begin])) && next &&
          is_ascii_upper(static_cast<unsigned char>(text[next->begin]))) {
        return;
      }
    }
    // "the 2024 Euros" is a football tournament.
    if (is_ascii_upper(static_cast<unsigned char>(text[begin])) && r->span.end - r->span.begin == 4 &&
        r->multiplier == 1 && r->base >= 1900 && r->base < 2100) {
      return;
    }
    // Nobody weighs drugs in millions of pounds: "half a million pounds of
    // cannabis" is its value.
    if (marker.weight && r->multiplier < 1e6 && pounds_of_weight(text, r->span.begin, end)) return;
    Amount a;
    a.marker = &marker;
    a.number = *r;
    a.span = Span{r->span.begin, end};
    range_start_before(text, a, covered, out);
    out.push_back(a);
  }

  // "a quarter of a million pounds", "three quarters of a billion": a
  // fraction of a scale written as words scales the amount, which then
  // starts at the fraction. Only before "a"/"an" and a scale, so "a third
  // of the 500 pounds" is left alone.
  void take_fraction_before(std::string_view text, ReadAmount& r) const {
    if (r.multiplier < 1000 || r.base != 1 || !is_ascii_alpha(static_cast<unsigned char>(text[r.span.begin]))) {
      return;
    }
    const auto words = words_before(text, r.span.begin, 3);
    if (words.size() < 3 || !iequals(words[0].text, "of")) return;
    const std::string_view phrase = text.substr(words[2].span.begin, words[1].span.end - words[2].span.begin);
    const auto it = fractions_.find(normalise_name(phrase));
    if (it == fractions_.end()) return;
    r.base *= it->second;
    r.span.begin = words[2].span.begin;
  }

  // A unit letter glued to the digits: "50p".
  void glued_amount(std::string_view text, std::size_t letter, std::size_t end, const CurrencyMarker* marker,
                    std::size_t covered, std::vector<Amount>& out) const {
    if (!marker) return;
    auto r = number_ending_at(text, letter, true);
    if (!r || r->span.begin < covered || r->multiplier != 1 ||
        !is_ascii_digit(static_cast<unsigned char>(text[r->span.begin]))) {
      return;
    }
    Amount a;
    a.marker = marker;
    a.number = *r;
    a.span = Span{r->span.begin, end};
    out.push_back(a);
  }

  // Where the words about the previous amount (at `prev_end`) stop, so
  // that they are not read as cues for the next one: "£300k worth of
  // drugs, £134k in cash" (the comma), "fined £500 and ordered to pay £85"
  // ("and").
  static std::size_t clause_after(std::string_view text, std::size_t prev_end, std::size_t next_begin) {
    std::size_t end = next_begin;
    for_each_word(text, prev_end, next_begin, [&](Span word, bool punct_before) {
      if (punct_before || ends_after_window(LowerKey(text.substr(word.begin, word.end - word.begin)).view())) {
        end = word.begin;
      }
      return end == next_begin;
    });
    return end;
  }

  // "A$1.29 billion ($911 million)": a generic dollar in brackets straight
  // after an amount in another country's dollar converts it to US dollars.
  static bool conversion_of_other_dollar(std::string_view text, const std::vector<Amount>& amounts, std::size_t i) {
    if (i == 0 || amounts[i - 1].marker->generic_dollar || amounts[i - 1].marker->code == "USD") return false;
    const std::size_t open = text.find('(', amounts[i - 1].span.end);
    if (open == std::string_view::npos || open >= amounts[i].span.begin) return false;
    return only_spaces(text, amounts[i - 1].span.end, open) && amounts[i].span.begin - open <= 24;
  }

  // Which country's currency a bare "$" or "Rs" means in this article: the
  // country named most often, `fallback` on a tie or when none is named
  // (nullptr then: the marker's own code stands).
  const std::string* article_country(std::string_view text, const CountryHints& hints, std::string_view fallback) const {
    std::map<std::string, int, std::less<>> votes;
    const std::size_t n = text.size();
    for_each_capital_word_start(text, [&](std::size_t i) {
      if (!may_start(hints.starts, text, i)) return;
      std::size_t j = i + 1;
      while (j < n && is_ascii_alpha(static_cast<unsigned char>(text[j]))) ++j;
      if (const auto it = hints.by_first_word.find(text.substr(i, j - i)); it != hints.by_first_word.end()) {
        for (const CountryHint& hint : it->second) {
          const std::size_t end = i + hint.name.size();
          if (text.compare(i, hint.name.size(), hint.name) == 0 &&
              (!is_ascii_alpha(static_cast<unsigned char>(hint.name.back())) || at_word_end(text, end))) {
            ++votes[hint.code];
            break;
          }
        }
      }
    });
    const std::string* best = nullptr;
    const auto home = votes.find(fallback);
    int best_votes = home != votes.end() ? home->second : 0;
    for (const auto& [code, count] : votes) {
      if (count > best_votes) {
        best = &country_markers_.find(code)->first;
        best_votes = count;
      }
    }
    return best;
  }

  // --- hedges and roles ----------------------------------------------------

  // The hedge written straight before an amount ("more than", "an
  // estimated", "up to"); its words are dropped from `before`, so that
  // role cues are counted from the hedge ("worth an estimated £2m").
  Qualifier hedge(std::string_view text, std::vector<Token>& before, std::size_t amount_begin) const {
    const Hedge h = hedge_before(text, amount_begin);
    if (h.qualifier == Qualifier::none) return Qualifier::none;
    std::size_t kept = before.size();
    while (kept > 0 && before[kept - 1].span.begin >= h.begin) --kept;
    if (kept + 1 == before.size() && before.back().lower == "over" && over_is_not_a_hedge(before, kept)) {
      return Qualifier::none;
    }
    before.resize(kept);
    return h.qualifier;
  }

  // Whether "over" (at `over`) belongs to the words before it ("handed
  // over £500", "jailed for 40 years over £1.2m plot"): see OverWords.
  bool over_is_not_a_hedge(const std::vector<Token>& before, std::size_t over) const {
    std::array<WordBeforeOver, OverWords::kMaxWords> words;
    const std::size_t count = std::min(over, words.size());
    for (std::size_t k = 0; k < count; ++k) {
      words[k] = WordBeforeOver{before[over - 1 - k].lower, !before[over - k].punct_before};
    }
    return over_words_.means_about(std::span<const WordBeforeOver>(words.data(), count));
  }

  // "£5,000 or more", "£1m or so".
  static Qualifier hedge_after(std::string_view text, const std::vector<Token>& after, std::size_t amount_end) {
    if (after.size() < 2 || after[0].lower != "or" || !only_spaces(text, amount_end, after[0].span.begin) ||
        after[1].punct_before) {
      return Qualifier::none;
    }
    if (after[1].lower == "more" || after[1].lower == "over") return Qualifier::at_least;
    if (after[1].lower == "less" || after[1].lower == "under") return Qualifier::at_most;
    if (after[1].lower == "so" || after[1].lower == "thereabouts") return Qualifier::approximately;
    return Qualifier::none;
  }

  bool is_goods(std::string_view word, GoodsKind kind) const {
    if (!goods_words_.may_contain(word)) return false;
    const auto it = goods_.find(word);
    return it != goods_.end() && it->second == kind;
  }
  bool is_drug(std::string_view word) const { return is_goods(word, GoodsKind::drug); }
  bool is_money_noun(std::string_view word) const { return is_goods(word, GoodsKind::money); }

  // The role cues whose first word is `word` (lower case), or null.
  const std::vector<RoleCue>* cues_starting_with(std::string_view word) const {
    if (!cue_first_words_.may_contain(word)) return nullptr;
    const auto it = cues_by_first_word_.find(word);
    return it == cues_by_first_word_.end() ? nullptr : &it->second;
  }

  // True if cue.words match tokens[at ...] within [at, limit).
  static bool matches(const RoleCue& cue, const std::vector<Token>& tokens, std::size_t at, std::size_t limit) {
    if (at + cue.words.size() > limit) return false;
    for (std::size_t k = 0; k < cue.words.size(); ++k) {
      if (tokens[at + k].lower != cue.words[k]) return false;
    }
    return true;
  }

  // The role of an amount from the cues around it: the nearest wins, a
  // strong cue (a noun naming the kind of money) counting two words nearer
  // per point of strength; on a tie, the cue before the amount.
  std::string role_of(const std::vector<Token>& before, const std::vector<Token>& after) const {
    constexpr std::size_t kBeforeWords = 10, kDrugAfterWords = 3, kDrugBeforeValue = 8;
    std::string best_role = "other";
    int best_score = 1000;
    auto consider = [&](const std::string& role, int distance, int strength) {
      const int score = distance - 2 * (strength - 1);
      if (score < best_score) {
        best_score = score;
        best_role = role;
      }
    };

    const std::size_t nb = before.size();
    const std::size_t start = nb > kBeforeWords ? nb - kBeforeWords : 0;
    for (std::size_t j = start; j < nb; ++j) {
      const auto* cues = cues_starting_with(before[j].lower);
      if (!cues) continue;
      for (const RoleCue& cue : *cues) {
        if (cue.side == Side::after || !matches(cue, before, j, nb)) continue;
        // A cue followed by punctuation closed its own clause ("arrests
        // made, and £145m was invested").
        const std::size_t next = j + cue.words.size();
        if (next < nb && before[next].punct_before) continue;
        const int distance = static_cast<int>(nb - (j + cue.words.size() - 1));
        if (cue.role == "value") {
          // "cannabis worth £400k", "the value of the drugs was put at
          // £400k"; "a house worth £400k" says nothing.
          const std::size_t from = j > kDrugBeforeValue ? j - kDrugBeforeValue : 0;
          bool drug = false;
          for (std::size_t k = from; k < nb && !drug; ++k) {
            drug = (k < j || k >= j + cue.words.size()) && is_drug(before[k].lower);
          }
          if (drug) consider("drugs_value", distance, cue.strength);
          continue;
        }
        consider(cue.role, distance, cue.strength);
      }
    }

    std::size_t na = 0;
    while (na < after.size() && na < kAfterWords && !after[na].punct_before && !ends_after_window(after[na].lower)) {
      ++na;
    }
    for (std::size_t j = 0; j < na; ++j) {
      const int distance = static_cast<int>(j + 1);
      // "£2m of cocaine", "£2m worth of drugs": what the amount is of decides,
      // however near a verb before it ("seized £2m of cocaine").
      // "drug money", "drugs cash" and "drug debts" are not the value of drugs.
      const bool drug_money = j + 1 < na && is_money_noun(after[j + 1].lower);
      if (j < kDrugAfterWords && is_drug(after[j].lower) && !drug_money) consider("drugs_value", 1, 2);
      const auto* cues = cues_starting_with(after[j].lower);
      if (!cues) continue;
      for (const RoleCue& cue : *cues) {
        if (cue.side == Side::before || cue.role == "value" || !matches(cue, after, j, na)) continue;
        consider(cue.role, distance, cue.strength);
      }
    }
    return best_role;
  }

  // Major units without the noise of binary fractions (1.2 * 1e6).
  static double major_units(double amount) {
    return amount < 1e11 ? std::round(amount * 1e4) / 1e4 : std::round(amount);
  }


  // Currency markers, by form: signs and codes as written, names lower case.
  WordMap<CurrencyMarker> symbols_, codes_, names_, glued_, letter_signs_;
  std::array<std::vector<std::string>, 256> signs_by_first_byte_;  // unprefixed signs
  std::vector<std::string> prefixed_signs_;  // the signs of prefixed symbols ("¢" of "GH¢"), while loading
  WordSet prefix_only_signs_;                // those with no row of their own
  WordSet name_words_;  // last words of names
  static constexpr std::size_t kMaxAnchorLength = 12;
  std::array<bool, (kMaxAnchorLength + 1) * 26 * 26> anchor_slots_{};  // see anchor_slot
  std::array<bool, 256> glued_first_letter_{};
  WordStarts anchor_starts_{};  // first two bytes of codes and name words; see may_start_anchor
  std::array<bool, 256> sign_starts_{};    // first bytes of unprefixed signs
  std::array<char, 4> ascii_signs_{};      // those below 0x80 ('$'); see load_currencies
  std::size_t ascii_sign_count_ = 0;
  WordMap<CurrencyMarker> country_markers_;  // dollars and rupees, by ISO code
  WordMap<double> glued_scales_, spaced_scales_;
  WordMap<double> fractions_;  // "a quarter" (of a million): 0.25
  WordMap<std::vector<RoleCue>> cues_by_first_word_;
  WordFilter cue_first_words_, goods_words_;  // keys of cues_by_first_word_ and goods_
  WordMap<GoodsKind> goods_;
  WordSet weight_before_, weight_after_, weight_units_, comparison_words_;
  OverWords over_words_;  // when "over" before an amount is no hedge
  WordSet sign_money_words_, sign_not_after_;  // money_sign_context.tsv
  CountryHints dollar_hints_, rupee_hints_;  // money_dollar_hints.tsv, money_rupee_hints.tsv
};

}  // namespace

ExtractorPtr make_money_extractor(const std::filesystem::path& data_dir) {
  return std::make_unique<MoneyExtractor>(data_dir);
}

}  // namespace crimestats
