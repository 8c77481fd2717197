#include "crimestats/text.hpp"

#include <algorithm>
#include <cstdint>
#include <array>

namespace crimestats {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower_ascii(c);
  return out;
}

bool counts_money_in_dollars(std::string_view text) {
  if (text.find("\xC2\xA3") != std::string_view::npos) return false;
  for (std::size_t i = text.find('$'); i != std::string_view::npos; i = text.find('$', i + 1)) {
    std::size_t j = i + 1;
    if (j < text.size() && text[j] == ' ') ++j;
    if (j < text.size() && is_ascii_digit(static_cast<unsigned char>(text[j]))) return true;
  }
  return false;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos; }

std::string normalise_text(std::string_view in) {
  std::string out(in);
  normalise_text_in_place(out);
  return out;
}

void normalise_text_in_place(std::string& text) {
  // Most text has neither: two searches, no writes.
  const std::size_t first = std::min(text.find('\r'), text.find("\xC2\xA0"));
  if (first == std::string::npos) return;
  // Each replacement is no longer than what it replaces, so the text is
  // rewritten in place behind the read position.
  std::size_t out = first;
  for (std::size_t i = first; i < text.size(); ++i) {
    if (text[i] == '\r') {
      text[out++] = '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      text[out++] = ' ';
      ++i;
    } else {
      text[out++] = text[i];
    }
  }
  text.resize(out);
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (to_lower_ascii(a[i]) != to_lower_ascii(b[i])) return false;
  }
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool at_word_start(std::string_view text, std::size_t pos) {
  return pos == 0 || pos > text.size() || !is_word_byte(static_cast<unsigned char>(text[pos - 1]));
}

bool at_word_end(std::string_view text, std::size_t pos) {
  return pos >= text.size() || !is_word_byte(static_cast<unsigned char>(text[pos]));
}

namespace {

// Up to four lower-case ASCII letters as one integer, so that a word is
// compared with each abbreviation in one step (every full stop asks).
constexpr std::uint32_t packed_lower(std::string_view word) {
  std::uint32_t packed = 0;
  for (std::size_t k = 0; k < word.size(); ++k) {
    packed |= static_cast<std::uint32_t>(static_cast<unsigned char>(to_lower_ascii(word[k]))) << (8 * k);
  }
  return packed;
}

// Titles and abbreviations whose full stop does not end a sentence.
bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::uint32_t, 22> kAbbrev{
      packed_lower("mr"),   packed_lower("mrs"),  packed_lower("ms"),  packed_lower("dr"),   packed_lower("st"),
      packed_lower("no"),   packed_lower("insp"), packed_lower("supt"), packed_lower("det"), packed_lower("sgt"),
      packed_lower("pc"),   packed_lower("ds"),   packed_lower("dc"),  packed_lower("cllr"), packed_lower("rev"),
      packed_lower("prof"), packed_lower("jan"),  packed_lower("feb"), packed_lower("aug"),  packed_lower("sept"),
      packed_lower("oct"),  packed_lower("nov")};
  if (word.size() < 2 || word.size() > 4) return false;
  const std::uint32_t folded = packed_lower(word);
  return std::find(kAbbrev.begin(), kAbbrev.end(), folded) != kAbbrev.end();
}

bool inner_joiner(std::string_view text, std::size_t i) {
  // An apostrophe or hyphen between two word bytes stays inside the word.
  const char c = text[i];
  return (c == '\'' || c == '-') && i > 0 && i + 1 < text.size() &&
         is_word_byte(static_cast<unsigned char>(text[i - 1])) &&
         is_word_byte(static_cast<unsigned char>(text[i + 1]));
}

}  // namespace

bool ends_sentence(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c != '.' && c != '!' && c != '?') return false;
  std::size_t j = i + 1;
  while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
  if (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') return false;
  if (c == '.') {
    std::size_t w = i;
    while (w > 0 && is_ascii_alpha(static_cast<unsigned char>(text[w - 1]))) --w;
    if (w < i && is_abbreviation(text.substr(w, i - w))) return false;
    // "1.5" never reaches here; "U.K." style initials: a lone letter.
    if (i - w == 1 && w > 0 && text[w - 1] == '.') return false;
  }
  return true;
}

namespace {

// Bytes at which a sentence can end: only these need a closer look.
constexpr std::array<bool, 256> kMayEndSentence = [] {
  std::array<bool, 256> table{};
  for (const unsigned char c : {'\n', '.', '!', '?'}) table[c] = true;
  return table;
}();

bool may_end_sentence(char c) { return kMayEndSentence[static_cast<unsigned char>(c)]; }

}  // namespace

std::size_t sentence_begin(std::string_view text, std::size_t pos) {
  pos = std::min(pos, text.size());
  std::size_t i = pos;
  while (i > 0) {
    const std::size_t k = i - 1;
    if (may_end_sentence(text[k]) && (text[k] == '\n' || (k < pos && ends_sentence(text, k)))) break;
    --i;
  }
  while (i < pos && (text[i] == ' ' || text[i] == '\t' || text[i] == '"' || text[i] == '\'')) ++i;
  return i;
}

std::size_t sentence_end(std::string_view text, std::size_t pos) {
  for (std::size_t i = pos; i < text.size(); ++i) {
    if (!may_end_sentence(text[i])) continue;
    if (text[i] == '\n') return i;
    if (ends_sentence(text, i)) return i + 1;
  }
  return text.size();
}

std::size_t words_before(std::string_view text, std::size_t pos, std::span<Word> out) {
  std::size_t found = 0;
  std::size_t i = std::min(pos, text.size());
  while (found < out.size() && i > 0) {
    // Skip separators, stopping at a sentence boundary.
    while (i > 0 && !is_word_byte(static_cast<unsigned char>(text[i - 1]))) {
      if (text[i - 1] == '\n' || ends_sentence(text, i - 1)) return found;
      --i;
    }
    if (i == 0) break;
    const std::size_t end = i;
    while (i > 0 && (is_word_byte(static_cast<unsigned char>(text[i - 1])) || inner_joiner(text, i - 1))) --i;
    out[found++] = Word{text.substr(i, end - i), Span{i, end}};
  }
  return found;
}

std::vector<Word> words_before(std::string_view text, std::size_t pos, std::size_t n) {
  std::vector<Word> out(n);
  out.resize(words_before(text, pos, std::span<Word>(out)));
  return out;
}

std::vector<Word> words_after(std::string_view text, std::size_t pos, std::size_t n) {
  std::vector<Word> out;
  std::size_t i = pos;
  while (out.size() < n && i < text.size()) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) {
      if (text[i] == '\n' || (i > pos && ends_sentence(text, i))) return out;
      ++i;
    }
    if (i >= text.size()) break;
    const std::size_t begin = i;
    while (i < text.size() && (is_word_byte(static_cast<unsigned char>(text[i])) || inner_joiner(text, i))) ++i;
    out.push_back(Word{text.substr(begin, i - begin), Span{begin, i}});
    if (i < text.size() && ends_sentence(text, i)) return out;
  }
  return out;
}

}  // namespace crimestats
