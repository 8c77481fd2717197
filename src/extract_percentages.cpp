// Percentages: "25%", "25 per cent", "25 percent", "40pc", "15.7%",
// "twenty per cent", with the hedge before them ("nearly 40pc") and the
// direction of change the words around them give ("increased by 25%", "a
// 15.7% increase", "fell 10 per cent").
//
// The percent markers are the anchors: one pass over the text, 64 bytes at
// a time, finds '%' and 'p' (either case), of which only '%', "pc" and
// "pe"/"Pe" ("per cent", "percent", "pct") are read further; only then is
// the number just before the marker read. "Percentage points"
// are not percentages (a difference between two rates) and are skipped, as
// is "3% points".
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <unordered_map>
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

enum class Direction { increase, decrease, skip, none };

using DirectionMap = WordMap<Direction>;

// True if byte i of `text` may start a percent marker: '%', "pc" (lower
// case only), or "pe" in any case ("per cent", "percent").
bool may_start_marker(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '%') return true;
  if (i + 1 >= text.size() || (c | 0x20) != 'p') return false;
  const char next = text[i + 1];
  return (next | 0x20) == 'e' || (c == 'p' && next == 'c');
}

constexpr std::size_t kChunk = kScanBlock;

#if defined(__SSE2__)
// Bit i set where byte i of the sixteen at p is '%' or 'p' in either case.
std::uint64_t marker_bits16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i percent = _mm_cmpeq_epi8(v, _mm_set1_epi8('%'));
  const __m128i p_any = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('p'));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(percent, p_any)));
}

// The same for the 64 bytes at p: a superset of may_start_marker, which the
// few 'p's are then asked.
std::uint64_t marker_bits(const char* p) {
  return marker_bits16(p) | marker_bits16(p + 16) << 16 | marker_bits16(p + 32) << 32 | marker_bits16(p + 48) << 48;
}
#endif

struct Marker {
  Span span;              // the marker itself: "%", "per cent", "pc"
  std::size_t number_end;  // where the number before it must end
};

bool letter_at(std::string_view text, std::size_t i) {
  return i < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[i]));
}

// The number ending exactly at `end`: digits ("15.7", "1,200") or number
// words ("twenty-five").
std::optional<Number> number_ending_at(std::string_view text, std::size_t end) {
  if (end == 0) return std::nullopt;
  if (is_ascii_digit(static_cast<unsigned char>(text[end - 1]))) {
    std::size_t begin = end;
    while (begin > 0) {
      const char c = text[begin - 1];
      if (is_ascii_digit(static_cast<unsigned char>(c))) {
        --begin;
      } else if ((c == ',' || c == '.') && begin >= 2 && is_ascii_digit(static_cast<unsigned char>(text[begin - 2]))) {
        --begin;
      } else {
        break;
      }
    }
    if (!at_word_start(text, begin)) return std::nullopt;  // "A12%"
    auto n = read_number(text, begin);
    if (!n || n->span.end != end) return std::nullopt;
    return n;
  }
  if (!is_ascii_alpha(static_cast<unsigned char>(text[end - 1]))) return std::nullopt;
  // Number words: the longest reading that ends here.
  std::array<Word, 6> word_store;
  const std::span<const Word> words(word_store.data(), words_before(text, end, word_store));
  for (std::size_t k = words.size(); k-- > 0;) {
    if (auto n = read_number(text, words[k].span.begin); n && n->span.end == end) return n;
  }
  return std::nullopt;
}

class PercentagesExtractor final : public Extractor {
 public:
  explicit PercentagesExtractor(const std::filesystem::path& data_dir) {
    const auto file = data_dir / "lexicons" / "percent_direction.tsv";
    for (const auto& row : read_lexicon(file, 3)) {
      Direction d;
      if (row.fields[1] == "increase") d = Direction::increase;
      else if (row.fields[1] == "decrease") d = Direction::decrease;
      else if (row.fields[1] == "skip") d = Direction::skip;
      else if (row.fields[1] == "none") d = Direction::none;
      else throw std::runtime_error(fmt::format("{}:{}: unknown direction '{}'", file.string(), row.line, row.fields[1]));
      // Words are never empty, so an empty phrase could never match; and
      // an empty key is what an overlong LowerKey reads as.
      if (row.fields[0].empty()) continue;
      if (row.fields[0].size() > LowerKey::kCapacity) {
        throw std::runtime_error(fmt::format("{}:{}: phrase longer than {} bytes", file.string(), row.line, LowerKey::kCapacity));
      }
      if (row.fields[2] == "before") before_.insert_or_assign(lower_ascii(row.fields[0]), d);
      else if (row.fields[2] == "after") after_.insert_or_assign(lower_ascii(row.fields[0]), d);
      else throw std::runtime_error(fmt::format("{}:{}: side must be before or after", file.string(), row.line));
    }
    for (const auto& row : read_lexicon(data_dir / "lexicons" / "percent_slogans.tsv", 1)) {
      slogan_words_.insert(lower_ascii(row.fields[0]));
    }
  }

  std::string_view name() const override { return "percentages"; }

  void extract(const ExtractInput& in, Facts& out) const override {
    const std::string_view text = in.text;
    std::size_t resume = 0;  // end of the last marker taken: nothing starts inside it
    auto try_marker = [&](std::size_t i) {
      if (i < resume) return;
      const auto marker = marker_at(text, i);
      if (!marker) return;
      add_percentage(text, *marker, out);
      resume = marker->span.end;
    };
#if defined(__SSE2__)
    for (std::size_t base = 0; base < text.size(); base += kChunk) {
      std::array<char, kScanBlock> spare;
      const char* chunk = scan_block(text, base, spare);
      for (std::uint64_t bits = marker_bits(chunk); bits != 0; bits &= bits - 1) {
        const std::size_t i = base + static_cast<std::size_t>(std::countr_zero(bits));
        if (may_start_marker(text, i)) try_marker(i);
      }
    }
#else
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (may_start_marker(text, i)) try_marker(i);
    }
#endif
  }

 private:
  // A percent marker starting at `i`, with where its number must end.
  static std::optional<Marker> marker_at(std::string_view text, std::size_t i) {
    // A word marker stands alone or glued to digits ("40pc"), never inside
    // a word ("percentage", "epic", "keeper").
    if (text[i] != '%' && i > 0 && letter_at(text, i - 1)) return std::nullopt;
    std::size_t len = 0;
    const bool e_next = i + 1 < text.size() && (text[i + 1] | 0x20) == 'e';
    if (text[i] == '%') {
      len = 1;
    } else if (!e_next) {
      if (text.substr(i, 3) == "pct") len = 3;
      else if (text.substr(i, 2) == "pc") len = 2;  // lower case only: "PC" is a police constable
      else return std::nullopt;
    } else if (i + 3 >= text.size() || (text[i + 2] | 0x20) != 'r' ||
               (text[i + 3] != ' ' && text[i + 3] != '-' && (text[i + 3] | 0x20) != 'c')) {
      return std::nullopt;  // "people", "period": not "per cent", "per-cent" or "percent"
    } else if (istarts_with(text.substr(i), "per cent") || istarts_with(text.substr(i), "per-cent")) {
      len = 8;
    } else if (istarts_with(text.substr(i), "percent")) {
      len = 7;
    } else {
      return std::nullopt;
    }
    if (text[i] != '%' && letter_at(text, i + len)) return std::nullopt;  // "percentage"
    std::size_t end = i;
    if (end > 0 && text[end - 1] == ' ') --end;
    if (end == 0) return std::nullopt;
    return Marker{Span{i, i + len}, end};
  }

  // True if the marker is followed by "point(s)": "3% points", "3 per cent
  // points" are percentage points.
  static bool followed_by_points(std::string_view text, std::size_t end) {
    // The word must start at `end` or one byte after: most markers have no "point" there.
    if (!istarts_with(text.substr(end), "point") && !(end < text.size() && istarts_with(text.substr(end + 1), "point"))) {
      return false;
    }
    const auto next = words_after(text, end, 1);
    return !next.empty() && next[0].span.begin <= end + 1 &&
           (iequals(next[0].text, "point") || iequals(next[0].text, "points"));
  }

  void add_percentage(std::string_view text, const Marker& marker, Facts& out) const {
    const auto n = number_ending_at(text, marker.number_end);
    if (!n || !n->exact) return;
    if (followed_by_points(text, marker.span.end)) return;
    if (n->value == kSloganValue && in_slogan(text, marker.span.end)) return;
    const Hedge hedge = hedge_before(text, n->span.begin);
    Percentage p;
    p.value = n->value;
    p.qualifier = hedge.qualifier;
    p.direction = direction(text, hedge.begin, marker.span.end);
    p.span = Span{hedge.begin, marker.span.end};
    // A range shares the marker: "20-25%", "between 20 and 30 per cent".
    if (auto first = range_start(text, n->span.begin)) {
      const Hedge first_hedge = hedge_before(text, first->span.begin);
      Percentage q;
      q.value = first->value;
      q.qualifier = first_hedge.qualifier;
      q.direction = direction(text, first_hedge.begin, marker.span.end);
      p.direction = q.direction;
      q.span = Span{first_hedge.begin, first->span.end};
      out.percentages.push_back(std::move(q));
    }
    out.percentages.push_back(std::move(p));
  }

  // The first number of a range whose second number starts at `begin`.
  static std::optional<Number> range_start(std::string_view text, std::size_t begin) {
    std::size_t i = begin;
    while (i > 0 && text[i - 1] == ' ') --i;
    std::size_t link_end = i;
    if (i > 0 && text[i - 1] == '-') {
      --i;
    } else if (i >= 3 && text.substr(i - 3, 3) == "\xE2\x80\x93") {
      i -= 3;
    } else {
      std::array<Word, 1> link;
      if (words_before(text, i, link) == 0 || link[0].span.end != link_end ||
          !(iequals(link[0].text, "to") || iequals(link[0].text, "and"))) {
        return std::nullopt;
      }
      i = link[0].span.begin;
    }
    while (i > 0 && text[i - 1] == ' ') --i;
    auto first = number_ending_at(text, i);
    if (!first || !first->exact) return std::nullopt;
    return first;
  }

  // "Crimestoppers 100% anonymously", "100 per cent confidential": a
  // promise in a call-for-information slogan, not a statistic.
  bool in_slogan(std::string_view text, std::size_t marker_end) const {
    const auto next = words_after(text, marker_end, 1);
    return !next.empty() && next[0].span.begin <= marker_end + 1 &&
           slogan_words_.find(LowerKey(next[0].text).view()) != slogan_words_.end();
  }

  // "increase", "decrease" or "" from the words before the number (and
  // its hedge) or after the marker.
  std::string direction(std::string_view text, std::size_t number_begin, std::size_t marker_end) const {
    std::array<Word, kReach> before;
    if (auto d = scan(before_, std::span<const Word>(before.data(), words_before(text, number_begin, before)), text, true)) {
      return *d;
    }
    if (auto d = scan(after_, words_after(text, marker_end, kReach), text, false)) return *d;
    return {};
  }

  // The nearest direction word among `words` (nearest first), passing over
  // skip words; phrases of two words are tried before single words.
  std::optional<std::string> scan(const DirectionMap& table, std::span<const Word> words, std::string_view text,
                                  bool backwards) const {
    for (std::size_t k = 0; k < words.size(); ++k) {
      // Words must be separated by spaces only: a comma ends the phrase.
      const std::size_t gap_begin = backwards ? words[k].span.end : (k == 0 ? words[k].span.begin : words[k - 1].span.end);
      const std::size_t gap_end = backwards ? (k == 0 ? words[k].span.end : words[k - 1].span.begin) : words[k].span.begin;
      if (k > 0 && !only_spaces(text, gap_begin, gap_end)) break;
      std::optional<Direction> found;
      if (k + 1 < words.size()) {
        const LowerKey two = backwards ? LowerKey(words[k + 1].text, words[k].text) : LowerKey(words[k].text, words[k + 1].text);
        if (auto it = table.find(two.view()); it != table.end() && it->second != Direction::skip) found = it->second;
      }
      if (!found) {
        auto it = table.find(LowerKey(words[k].text).view());
        if (it == table.end()) return std::nullopt;
        found = it->second;
      }
      if (*found == Direction::increase) return "increase";
      if (*found == Direction::decrease) return "decrease";
      if (*found == Direction::none) return std::nullopt;
    }
    return std::nullopt;
  }

  static bool only_spaces(std::string_view text, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      if (text[i] != ' ') return false;
    }
    return true;
  }

  static constexpr std::size_t kReach = 4;  // words looked at on each side
  // Slogans promise all of it: "98% confidential" would be a figure.
  static constexpr double kSloganValue = 100;

  DirectionMap before_, after_;
  WordSet slogan_words_;
};

}  // namespace

ExtractorPtr make_percentages_extractor(const std::filesystem::path& data_dir) {
  return std::make_unique<PercentagesExtractor>(data_dir);
}

}  // namespace crimestats
