// Small text helpers shared by the extractors: ASCII case folding, word
// boundaries and sentence limits over UTF-8 text. Bytes >= 0x80 count as
// word characters, so accented letters never split a word.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "crimestats/facts.hpp"

namespace crimestats {

constexpr bool is_ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_word_byte(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || c >= 0x80; }
constexpr char to_lower_ascii(char c) { return is_ascii_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c | 0x20) : c; }

// The two bytes at `p` as one 16-bit load reads them: an index into a
// table of 65,536 word starts, filled through byte_pair, so the same two
// bytes give the same index on any byte order.
inline std::size_t byte_pair_at(const char* p) {
  std::uint16_t pair;
  std::memcpy(&pair, p, 2);
  return pair;
}
inline std::size_t byte_pair(char first, char second) {
  const char pair[2] = {first, second};
  return byte_pair_at(pair);
}

// A block of 64 bytes of `text` from `base`, as 64-byte SIMD scans read
// it: the text itself, or, where fewer than 64 bytes are left, a copy of
// them padded with spaces in `spare`.
constexpr std::size_t kScanBlock = 64;
inline const char* scan_block(std::string_view text, std::size_t base, std::array<char, kScanBlock>& spare) {
  if (base + kScanBlock <= text.size()) return text.data() + base;
  const std::size_t size = text.size() - base;
  std::memcpy(spare.data(), text.data() + base, size);
  std::memset(spare.data() + size, ' ', kScanBlock - size);
  return spare.data();
}

std::string lower_ascii(std::string_view s);
// True if `s` holds only ASCII whitespace (or nothing).
bool is_blank(std::string_view s);
// The text extractors read: CRLF and lone CR become LF, and a no-break
// space (U+00A0) becomes a space, as it does in HTML input, so that "on
// 10<NBSP>March" and "arrested<NBSP>12 men" read like the plain forms.
std::string normalise_text(std::string_view s);
// The same, in place (the text only ever shortens): saves a copy of it.
void normalise_text_in_place(std::string& text);
// 64-bit FNV-1a: stable across machines, compilers and runs (unlike
// std::hash), and cheap on short keys.
constexpr std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return hash;
}

// Hash for tables keyed by std::string and searched with a std::string_view,
// so that a lookup builds no string; FNV-1a is cheap on the short words and
// phrases lexicons hold.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(fnv1a64(s)); }
};
template <typename V>
using WordMap = std::unordered_map<std::string, V, WordHash, std::equal_to<>>;
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

// A lookup key of one or two words in lower case, on the stack, for
// WordMap and WordSet lookups that build no string. Keys longer than
// kCapacity read as empty, which matches nothing: tables that hold longer
// phrases must refuse them when loading.
class LowerKey {
 public:
  static constexpr std::size_t kCapacity = 64;
  LowerKey(std::string_view first, std::string_view second = {}) {
    const std::size_t size = second.empty() ? first.size() : first.size() + 1 + second.size();
    if (size > kCapacity) return;
    append(first);
    if (!second.empty()) {
      buffer_[size_++] = ' ';
      append(second);
    }
  }
  std::string_view view() const { return {buffer_.data(), size_}; }

 private:
  void append(std::string_view word) {
    for (const char c : word) buffer_[size_++] = to_lower_ascii(c);
  }
  std::array<char, kCapacity> buffer_;
  std::size_t size_ = 0;
};

// True if `text` counts money in dollars and never in pounds sterling: a
// "$" straight before a digit, or before a space and a digit ("$5m", "US$
// 40", "A$2m", "HK$840 million"), and no "£". In such a story "pounds" are
// weights ("a $2m haul ... 300 pounds of methamphetamine").
bool counts_money_in_dollars(std::string_view text);

bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);

// True if `pos` is the first byte of a word (no word byte just before it).
bool at_word_start(std::string_view text, std::size_t pos);
// True if `pos` is just past the last byte of a word (no word byte at it).
bool at_word_end(std::string_view text, std::size_t pos);

struct Word {
  std::string_view text;
  Span span;
};

// Up to `n` words (letters, digits, inner apostrophes and hyphens) ending
// at or before `pos`, nearest first. Stops at a sentence boundary.
std::vector<Word> words_before(std::string_view text, std::size_t pos, std::size_t n);
// The same into `out` (nearest first, at most out.size() words), without
// allocating; returns how many.
std::size_t words_before(std::string_view text, std::size_t pos, std::span<Word> out);
// Up to `n` words starting at or after `pos`, nearest first. Stops at a
// sentence boundary.
std::vector<Word> words_after(std::string_view text, std::size_t pos, std::size_t n);

// True if a sentence ends at text[i], a '.', '!' or '?' followed by white
// space or the end of the text (closing quotes and brackets may come
// between), unless it is the full stop of a common abbreviation ("Mr.",
// "No.", "Det.") or of an initial ("U.K."). Line breaks, which always end
// one, are the caller's to check. The one rule every sentence split uses.
bool ends_sentence(std::string_view text, std::size_t i);

// Start of the sentence holding `pos`: just after the previous ". ", "! ",
// "? ", or line break (common abbreviations such as "Mr." and "No." do not
// end a sentence), with leading spaces skipped.
std::size_t sentence_begin(std::string_view text, std::size_t pos);
// End (exclusive) of the sentence holding `pos`, terminator included.
std::size_t sentence_end(std::string_view text, std::size_t pos);

}  // namespace crimestats
