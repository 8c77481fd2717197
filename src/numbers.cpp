#include "crimestats/numbers.hpp"

#include <array>
#include <cmath>
#include <utility>

#include "crimestats/text.hpp"

namespace crimestats {
namespace {

constexpr std::size_t kMaxSignificantDigits = 15;

struct WordValue {
  std::string_view word;
  double value;
};

constexpr std::array<WordValue, 20> kUnits{{
    {"zero", 0},     {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
}};
constexpr std::array<WordValue, 8> kTens{{
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
}};
constexpr std::array<WordValue, 3> kScales{{{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}}};
// Plural magnitudes with no exact value: "dozens of", "hundreds of".
constexpr std::array<WordValue, 6> kVague{{
    {"dozens", 12}, {"scores", 20}, {"hundreds", 100}, {"thousands", 1e3}, {"millions", 1e6}, {"billions", 1e9},
}};

template <std::size_t N>
const WordValue* lookup(const std::array<WordValue, N>& table, std::string_view word) {
  for (const auto& entry : table) {
    if (iequals(entry.word, word)) return &entry;
  }
  return nullptr;
}

// A letter-only word starting at `pos`, or empty.
std::string_view letters_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[end]))) ++end;
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

// Scale suffix glued to digits: 79k, 20m, 2bn, 1.5mn. Returns its length.
std::pair<std::size_t, double> glued_scale(std::string_view text, std::size_t pos) {
  const std::string_view word = letters_at(text, pos);
  if (iequals(word, "k")) return {1, 1e3};
  if (iequals(word, "m") || iequals(word, "mn")) return {word.size(), 1e6};
  if (iequals(word, "bn")) return {2, 1e9};
  return {0, 1};
}

// "1.5 million", "2 billion", "10 thousand": a scale word after a space.
std::pair<std::size_t, double> spaced_scale(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || text[pos] != ' ') return {pos, 1};
  const std::size_t word_pos = skip_gap(text, pos, false);
  const std::string_view word = letters_at(text, word_pos);
  if (const WordValue* scale = lookup(kScales, word)) return {word_pos + word.size(), scale->value};
  return {pos, 1};
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
  if (i + 1 < text.size() && text[i] == '.' && is_ascii_digit(static_cast<unsigned char>(text[i + 1]))) {
    ++i;
    double scale = 0.1;
    while (i < text.size() && is_ascii_digit(static_cast<unsigned char>(text[i]))) {
      ++significant;
      value += (text[i] - '0') * scale;
      scale /= 10;
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
  n.value = value;
  n.span = Span{pos, i};
  return n;
}

std::optional<Number> read_words(std::string_view text, std::size_t pos) {
  double total = 0;    // completed thousands/millions groups
  double current = 0;  // the group being read
  bool any = false;
  bool last_was_unit = false, last_was_tens = false;
  bool saw_large = false;  // hundred or a scale: "and" may follow
  std::size_t end = pos;
  std::size_t i = pos;

  std::string_view word = letters_at(text, i);
  // "a hundred", "a dozen", "a million", "half a million".
  if (iequals(word, "a") || iequals(word, "an")) {
    const std::size_t next = skip_gap(text, i + word.size(), false);
    const std::string_view after = letters_at(text, next);
    if (!(iequals(after, "hundred") || iequals(after, "dozen") || lookup(kScales, after))) return std::nullopt;
    current = 1;
    any = true;
    i = next;
    word = after;
  } else if (iequals(word, "half")) {
    const std::size_t a_pos = skip_gap(text, i + 4, false);
    if (!iequals(letters_at(text, a_pos), "a")) return std::nullopt;
    const std::size_t scale_pos = skip_gap(text, a_pos + 1, false);
    const std::string_view scale_word = letters_at(text, scale_pos);
    const WordValue* scale = lookup(kScales, scale_word);
    if (!scale) return std::nullopt;
    Number n;
    n.value = 0.5 * scale->value;
    n.has_scale = true;
    n.span = Span{pos, scale_pos + scale_word.size()};
    return n;
  } else if (const WordValue* vague = lookup(kVague, word)) {
    Number n;
    n.value = vague->value;
    n.exact = false;
    n.span = Span{pos, pos + word.size()};
    return n;
  }

  while (!word.empty()) {
    const std::size_t word_end = i + word.size();
    if (const WordValue* unit = lookup(kUnits, word)) {
      if (last_was_unit || (last_was_tens && unit->value >= 10)) break;
      current += unit->value;
      last_was_unit = true;
      last_was_tens = false;
    } else if (const WordValue* tens = lookup(kTens, word)) {
      if (last_was_unit || last_was_tens) break;
      current += tens->value;
      last_was_tens = true;
    } else if (iequals(word, "hundred")) {
      if (!any) break;
      current = (current == 0 ? 1 : current) * 100;
      saw_large = true;
      last_was_unit = last_was_tens = false;
    } else if (iequals(word, "dozen")) {
      if (!any) break;
      current = (current == 0 ? 1 : current) * 12;
      last_was_unit = last_was_tens = false;
    } else if (const WordValue* scale = lookup(kScales, word)) {
      if (!any) break;
      total += (current == 0 ? 1 : current) * scale->value;
      current = 0;
      saw_large = true;
      last_was_unit = last_was_tens = false;
    } else if (iequals(word, "and") && any) {
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
        last_was_unit = true;
        last_was_tens = false;
        continue;
      }
      if (!saw_large || !(lookup(kUnits, after) || lookup(kTens, after))) break;
      i = next;
      word = after;
      last_was_unit = last_was_tens = false;
      continue;
    } else {
      break;
    }
    any = true;
    end = word_end;
    const bool hyphen = last_was_tens;  // "twenty-five"
    i = skip_gap(text, word_end, hyphen);
    if (i == word_end) break;  // no gap: punctuation or end of text
    word = letters_at(text, i);
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

}  // namespace

std::optional<Number> read_number(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  const auto c = static_cast<unsigned char>(text[pos]);
  if (is_ascii_digit(c)) return read_digits(text, pos);
  if (is_ascii_alpha(c)) return read_words(text, pos);
  return std::nullopt;
}

std::vector<Number> find_numbers(std::string_view text) {
  std::vector<Number> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!is_word_byte(c)) {
      ++i;
      continue;
    }
    // At a word start: try a number, else skip the word.
    if (auto n = read_number(text, i); n && at_word_end(text, n->span.end)) {
      i = n->span.end;
      out.push_back(*n);
      continue;
    }
    while (i < text.size() && (is_word_byte(static_cast<unsigned char>(text[i])) ||
                               ((text[i] == ',' || text[i] == '.') && i + 1 < text.size() &&
                                is_ascii_digit(static_cast<unsigned char>(text[i + 1]))))) {
      ++i;
    }
  }
  return out;
}

}  // namespace crimestats
