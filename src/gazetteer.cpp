// The gazetteer: loaded once, looked up by first word.
#include "crimestats/gazetteer.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <new>
#include <stdexcept>

#include "crimestats/text.hpp"

namespace crimestats {
namespace {

constexpr std::size_t kColumns = 10;  // name type county police_force region country lat lon population alt_names

// The tabs and newlines of the file, in order: one pass finds every row's
// fields and end (a memchr per field cost more than the rest of the parse).
class Delimiters {
 public:
  Delimiters(const char* data, std::size_t size) : data_(data), size_(size) {
#ifdef __SSE2__
    tail_ = size_ & ~std::size_t{15};
    if (tail_ > 0) bits_ = mask_of(data_);
#endif
    at_ = tail_;
  }
  // The offset of the next tab or newline; size when there is none.
  std::size_t next() {
#ifdef __SSE2__
    while (bits_ == 0) {
      if (block_ + 16 >= tail_) return next_in_tail();
      block_ += 16;
      bits_ = mask_of(data_ + block_);
    }
    const std::size_t at = block_ + static_cast<std::size_t>(__builtin_ctz(bits_));
    bits_ &= bits_ - 1;
    return at;
#else
    return next_in_tail();
#endif
  }

 private:
  // The bytes after the last whole block, one at a time (not to read past the file).
  std::size_t next_in_tail() {
    while (at_ < size_ && data_[at_] != '\t' && data_[at_] != '\n') ++at_;
    return at_ < size_ ? at_++ : size_;
  }
#ifdef __SSE2__
  static std::uint32_t mask_of(const char* block) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
    const __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(hits));
  }
  std::size_t block_ = 0;
  std::uint32_t bits_ = 0;  // delimiters in the block at block_ not yet returned
#endif
  const char* data_;
  std::size_t size_;
  std::size_t tail_ = 0;  // where the bytes after the last whole block begin
  std::size_t at_ = 0;    // the next of them to look at
};

// How many bytes of `s` are `a`, and how many are `b`, in one pass.
std::pair<std::size_t, std::size_t> count_bytes(std::string_view s, char a, char b) {
  std::size_t count_a = 0, count_b = 0, i = 0;
#ifdef __SSE2__
  // Byte lanes count up to 255 hits each, then are summed into the totals.
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
  while (i + 16 <= s.size()) {
    __m128i lanes_a = _mm_setzero_si128(), lanes_b = _mm_setzero_si128();
    for (int round = 0; round < 255 && i + 16 <= s.size(); ++round, i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      lanes_a = _mm_sub_epi8(lanes_a, _mm_cmpeq_epi8(bytes, va));
      lanes_b = _mm_sub_epi8(lanes_b, _mm_cmpeq_epi8(bytes, vb));
    }
    const auto total = [](__m128i lanes) {
      const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
      return static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
    };
    count_a += total(lanes_a);
    count_b += total(lanes_b);
  }
#endif
  for (; i < s.size(); ++i) {
    count_a += s[i] == a;
    count_b += s[i] == b;
  }
  return {count_a, count_b};
}

// As from_chars would read a coordinate, but short decimals ("-2.9000", all
// of the file's) are read as a whole number divided once by a power of ten:
// both are exact as doubles, so the quotient is rounded as from_chars rounds.
std::optional<double> parse_coordinate(std::string_view s) {
  if (s.empty()) return std::nullopt;
  static constexpr std::array<double, 16> kPowersOfTen = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                          1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  const char* p = s.data();
  const char* const end = p + s.size();
  const bool negative = *p == '-';
  p += negative;
  std::uint64_t whole = 0;
  const char* const integer = p;
  while (p != end && is_ascii_digit(static_cast<unsigned char>(*p))) whole = whole * 10 + static_cast<std::uint64_t>(*p++ - '0');
  const std::size_t integer_digits = static_cast<std::size_t>(p - integer);
  std::size_t decimals = 0;
  bool point = false;
  if (p != end && *p == '.') {
    point = true;
    const char* const fraction = ++p;
    while (p != end && is_ascii_digit(static_cast<unsigned char>(*p))) whole = whole * 10 + static_cast<std::uint64_t>(*p++ - '0');
    decimals = static_cast<std::size_t>(p - fraction);
  }
  if (p == end && integer_digits > 0 && (!point || decimals > 0) && integer_digits + decimals < kPowersOfTen.size()) {
    const double quotient = static_cast<double>(whole) / kPowersOfTen[decimals];
    return negative ? -quotient : quotient;
  }
  double value = 0;
  const auto [parsed_end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || parsed_end != s.data() + s.size()) return std::nullopt;
  return value;
}

// As from_chars would read a population; plain short numbers (all of the
// file's) without its overhead.
long parse_population(std::string_view s) {
  long value = 0;
  if (!s.empty() && s.size() <= 18 &&
      std::all_of(s.begin(), s.end(), [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); })) {
    for (const char c : s) value = value * 10 + (c - '0');
    return value;
  }
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

bool is_apostrophe_at(std::string_view s, std::size_t i, std::size_t* width) {
  if (s[i] == '\'') {
    *width = 1;
    return true;
  }
  // U+2019 and U+2018, as typeset apostrophes.
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
    *width = 3;
    return true;
  }
  return false;
}

// The gazetteer is the UK's: its places come first among namesakes.
bool is_home_country(std::string_view country) {
  return country == "England" || country == "Scotland" || country == "Wales" || country == "Northern Ireland" ||
         country == "United Kingdom";
}

bool is_settlement(const GazetteerEntry& e) { return e.type == "city" || e.type == "town" || e.type == "village"; }

// A place abroad is taken before its UK namesakes only if it is a settlement
// this many times as populous as the largest of them (Houston, Texas, not
// Houston, Renfrewshire; but Perth, Scotland before Perth, Australia).
constexpr long kWorldCityFactor = 100;

// Appends `word` folded (see Gazetteer::fold_word) to `out`.
void append_folded(std::string& out, std::string_view word) {
  if (word == "&") {
    out += "and";
    return;
  }
  const std::size_t start = out.size();
  out.resize(start + word.size());  // folding only shortens it
  char* folded = out.data() + start;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t width = 0;
    if (is_apostrophe_at(word, i, &width)) {
      i += width;
      continue;
    }
    *folded++ = to_lower_ascii(word[i++]);
  }
  out.resize(static_cast<std::size_t>(folded - out.data()));
  if (std::string_view(out).substr(start) == "saint") {
    out.resize(start);
    out += "st";
  }
}

constexpr bool is_name_separator(char c) { return c == ' ' || c == '-' || c == '.' || c == ','; }

// Calls on_word with each word of a name, as Gazetteer::split_name splits it.
template <class OnWord>
void for_each_word(std::string_view name, OnWord&& on_word) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || is_name_separator(name[i])) {
      if (i > start) on_word(name.substr(start, i - start));
      start = i + 1;
    }
  }
}

std::uint64_t hash_of(std::string_view s) {
  std::uint64_t hash = Gazetteer::kHashBasis;
  for (const char c : s) hash = Gazetteer::hash_step(hash, c);
  return hash;
}

// Slots for an open-addressing table of up to n keys: a power of two, at
// most half full.
std::size_t table_size(std::size_t n) {
  std::size_t slots = 16;
  while (slots < n * 2) slots *= 2;
  return slots;
}

// std::stable_sort, without its buffer allocation for the short runs sorted
// by the thousand at loading (an insertion sort is stable too).
template <class It, class Less>
void stable_sort_short(It begin, It end, Less less) {
  if (end - begin > 16) {
    std::stable_sort(begin, end, less);
    return;
  }
  for (It i = begin + (begin != end); i < end; ++i) {
    auto value = *i;
    It j = i;
    for (; j != begin && less(value, *(j - 1)); --j) *j = *(j - 1);
    *j = value;
  }
}

}  // namespace

std::string Gazetteer::fold_word(std::string_view word) {
  std::string out;
  append_folded(out, word);
  return out;
}

std::optional<std::string_view> Gazetteer::fold_word(std::string_view word, std::span<char> buffer) {
  if (word == "&") return "and";
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t width = 0;
    if (is_apostrophe_at(word, i, &width)) {
      i += width;
      continue;
    }
    if (n == buffer.size()) return std::nullopt;
    buffer[n++] = to_lower_ascii(word[i++]);
  }
  const std::string_view out(buffer.data(), n);
  if (out == "saint") return "st";
  return out;
}

std::vector<std::string_view> Gazetteer::split_name(std::string_view name) {
  std::vector<std::string_view> words;
  for_each_word(name, [&](std::string_view word) { words.push_back(word); });
  return words;
}

struct Gazetteer::Loading {
  std::string file;                          // for errors
  std::vector<std::uint32_t> first_word;     // per name: where its words start in words_
  std::vector<std::uint64_t> first_word_hash;  // per name: the hash of its first word
  std::vector<std::uint32_t> last_entry;     // per name: the entry it was last given
  std::vector<std::pair<std::uint32_t, std::uint32_t>> name_entries;  // (name, entry), in the order given
};

std::optional<std::uint32_t> Gazetteer::find_key(std::string_view key, std::uint64_t hash) const {
  const std::size_t mask = key_slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const std::uint32_t slot = key_slots_[i];
    if (slot == 0) return std::nullopt;
    if (key_hashes_[slot - 1] == hash && keys_[slot - 1] == key) return slot - 1;
  }
}

void Gazetteer::add_name(Loading& loading, std::string_view text, std::uint32_t entry) {
  // One pass over the name splits it into words (as split_name), folds each
  // (as fold_word) onto the end of folded_ to make its key (the words,
  // spaced), hashes the key and notes what each word looks like.
  if (folded_size_ + 3 * text.size() > folded_capacity_) throw std::logic_error("gazetteer: folded_ too small");
  const std::size_t key_begin = folded_size_;
  char* const key = folded_.get() + key_begin;
  char* out = key;
  std::array<std::uint32_t, kMaxWords> word_begin, word_end;  // the folded words, as offsets in the key
  std::uint32_t capitalised_bits = 0, comma_bits = 0;
  std::uint32_t all_capitals_bits = 0;  // letters, all capitals
  std::uint32_t long_bits = 0;          // two bytes or more
  bool dotted = false;
  std::uint64_t hash = kHashBasis, first_word_hash = 0;
  std::size_t count = 0;
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (true) {
    while (i < n && is_name_separator(text[i])) dotted |= text[i++] == '.';
    if (i == n) break;
    if (count == kMaxWords) {
      throw std::runtime_error(fmt::format("{}: more than {} words in {}", loading.file, kMaxWords, text));
    }
    if (count > 0) {
      *out++ = ' ';
      hash = hash_step(hash, ' ');
    }
    const std::uint64_t hash_before_word = hash;
    char* const word = out;
    const std::size_t raw_begin = i;
    bool lower = false, upper = false;
    while (i < n && !is_name_separator(text[i])) {
      const auto c = static_cast<unsigned char>(text[i]);
      std::size_t width = 0;
      if ((c == '\'' || c == 0xE2) && is_apostrophe_at(text, i, &width)) {
        i += width;
        continue;
      }
      lower |= c >= 'a' && c <= 'z';
      upper |= is_ascii_upper(c);
      *out = to_lower_ascii(static_cast<char>(c));
      hash = hash_step(hash, *out++);
      ++i;
    }
    const std::string_view raw = text.substr(raw_begin, i - raw_begin);
    const std::string_view folded(word, static_cast<std::size_t>(out - word));
    // The two words that fold to another.
    const std::string_view other = raw == "&" ? "and" : folded == "saint" ? "st" : std::string_view();
    if (!other.empty()) {
      out = std::copy(other.begin(), other.end(), word);
      hash = hash_before_word;
      for (const char c : other) hash = hash_step(hash, c);
    }
    word_begin[count] = static_cast<std::uint32_t>(word - key);
    word_end[count] = static_cast<std::uint32_t>(out - key);
    if (count == 0) first_word_hash = hash;
    const auto first = static_cast<unsigned char>(raw.front());
    if (is_ascii_upper(first) || first >= 0x80) capitalised_bits |= 1u << count;
    if (upper && !lower) all_capitals_bits |= 1u << count;
    if (raw.size() >= 2) long_bits |= 1u << count;
    if (i < n && text[i] == ',') comma_bits |= 1u << count;
    ++count;
  }
  if (count == 0) return;
  const std::string_view key_text(key, static_cast<std::size_t>(out - key));
  std::uint32_t index = 0;
  if (const auto found = find_key(key_text, hash)) {
    index = *found;  // another spelling of a name already known: its key is dropped
  } else {
    folded_size_ = static_cast<std::size_t>(out - folded_.get());
    index = static_cast<std::uint32_t>(names_.size());
    GazetteerName& name = names_.emplace_back();
    name.text = text;
    name.capitalised_bits = capitalised_bits;
    // A word in capitals (a letter alone only in a dotted name, "D.C.") is an abbreviation.
    name.abbreviation_bits = all_capitals_bits & (dotted ? ~0u : long_bits);
    loading.first_word.push_back(static_cast<std::uint32_t>(words_.size()));
    loading.first_word_hash.push_back(first_word_hash);
    for (std::size_t k = 0; k < count; ++k) words_.emplace_back(key + word_begin[k], word_end[k] - word_begin[k]);
    max_words_ = std::max(max_words_, count);
    keys_.push_back(key_text);
    key_hashes_.push_back(hash);
    loading.last_entry.push_back(UINT32_MAX);
    // At most half full, so that probes stay short.
    if (2 * names_.size() > key_slots_.size()) {
      key_slots_.assign(2 * key_slots_.size(), 0);
      for (std::uint32_t k = 0; k + 1 < names_.size(); ++k) insert_key(k);
    }
    insert_key(index);
  }
  // Spellings that fold alike share a name; a comma in any of them is allowed.
  names_[index].comma_bits |= comma_bits;
  // Entries come in order, so one given twice is the last one given.
  if (loading.last_entry[index] != entry) {
    loading.last_entry[index] = entry;
    loading.name_entries.emplace_back(index, entry);
  }
}

void Gazetteer::insert_key(std::uint32_t name) {
  const std::size_t mask = key_slots_.size() - 1;
  std::size_t slot = key_hashes_[name] & mask;
  while (key_slots_[slot] != 0) slot = (slot + 1) & mask;
  key_slots_[slot] = name + 1;
}

Gazetteer::Gazetteer(const std::filesystem::path& file) {
  // Read whole into a copy: the file mapped would crash a run if it were
  // rewritten meanwhile. The copy is not cleared first; at start-up it
  // lands in the heap reserve_start_up_heap backs with huge pages.
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat status {};
  if (fd < 0 || ::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error(fmt::format("{}: cannot read gazetteer", file.string()));
  }
  const auto capacity = static_cast<std::size_t>(status.st_size);
  content_.reset(new char[capacity]);
  std::size_t size = 0;
  while (size < capacity) {
    const ::ssize_t got = ::read(fd, content_.get() + size, capacity - size);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      ::close(fd);
      throw std::runtime_error(fmt::format("{}: cannot read gazetteer", file.string()));
    }
    if (got == 0) break;
    size += static_cast<std::size_t>(got);
  }
  ::close(fd);
  const std::string_view content(content_.get(), size);
  // Reserve once, from the most rows and names the file can hold (pages
  // reserved but never written cost nothing).
  const auto [newlines, semicolons] = count_bytes(content, '\n', ';');
  const std::size_t lines = newlines + 1;
  const std::size_t most_names = 2 * lines + semicolons;
  entries_.reserve(lines);
  names_.reserve(most_names);
  keys_.reserve(most_names);
  key_hashes_.reserve(most_names);
  words_.reserve(2 * most_names);
  folded_capacity_ = 3 * size;
  folded_.reset(new char[folded_capacity_]);
  // Sized for a name a row; doubled as it fills.
  key_slots_.assign(table_size(lines), 0);
  Loading loading;
  loading.file = file.string();
  loading.first_word.reserve(most_names);
  loading.first_word_hash.reserve(most_names);
  loading.last_entry.reserve(most_names);
  loading.name_entries.reserve(most_names);
  Delimiters delimiters(content.data(), content.size());
  std::array<std::string_view, kColumns> f;
  std::size_t pos = 0;
  int line_number = 0;
  while (pos < content.size()) {
    ++line_number;
    // The row's fields, up to its newline.
    std::size_t fields = 0;
    std::size_t field_begin = pos;
    std::size_t eol = 0;
    while (true) {
      const std::size_t at = delimiters.next();
      if (fields < kColumns) f[fields] = std::string_view(content.data() + field_begin, at - field_begin);
      ++fields;
      field_begin = at + 1;
      if (at == content.size() || content[at] == '\n') {
        eol = at;
        break;
      }
    }
    std::size_t line_size = eol - pos;
    if (line_size > 0 && content[eol - 1] == '\r') {
      --line_size;
      if (fields <= kColumns) f[fields - 1].remove_suffix(1);
    }
    const bool skip = line_size == 0 || content[pos] == '#';
    pos = eol + 1;
    if (skip) continue;
    if (fields != kColumns || f[0].empty() || f[1].empty()) {
      throw std::runtime_error(fmt::format("{}:{}: expected {} tab-separated fields with a name and a type",
                                           file.string(), line_number, kColumns));
    }
    GazetteerEntry& e = entries_.emplace_back();
    e.name = f[0];
    e.type = f[1];
    e.county = f[2];
    e.police_force = f[3];
    e.region = f[4];
    e.country = f[5];
    e.lat = parse_coordinate(f[6]);
    e.lon = parse_coordinate(f[7]);
    e.population = parse_population(f[8]);
    e.home = is_home_country(e.country);
    const auto index = static_cast<std::uint32_t>(entries_.size() - 1);
    add_name(loading, e.name, index);
    std::size_t start = 0;
    const std::string_view alts = f[9];
    while (start < alts.size()) {
      std::size_t semi = alts.find(';', start);
      if (semi == std::string_view::npos) semi = alts.size();
      if (semi > start) add_name(loading, alts.substr(start, semi - start), index);
      start = semi + 1;
    }
  }
  // Each name's entries, one name's after another, in the order given.
  std::vector<std::uint32_t> begin(names_.size() + 1, 0);
  for (const auto& [name, entry] : loading.name_entries) ++begin[name + 1];
  for (std::size_t i = 0; i < names_.size(); ++i) begin[i + 1] += begin[i];
  name_entries_.resize(loading.name_entries.size());
  {
    std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
    for (const auto& [name, entry] : loading.name_entries) name_entries_[next[name]++] = entry;
  }
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const std::size_t first_word = loading.first_word[i];
    const std::size_t words_end = i + 1 < names_.size() ? loading.first_word[i + 1] : words_.size();
    names_[i].words = std::span<const std::string_view>(words_.data() + first_word, words_end - first_word);
    const auto entries_begin = name_entries_.begin() + begin[i];
    const auto entries_end = name_entries_.begin() + begin[i + 1];
    names_[i].entries = std::span<const std::uint32_t>(entries_begin, entries_end);
    // The order a shared name means its places in when the article does not
    // say (the extractor decides when it does): see GazetteerName::entries.
    if (entries_end - entries_begin < 2) continue;
    long largest_home = 0;
    for (auto e = entries_begin; e != entries_end; ++e) {
      if (entries_[*e].home) largest_home = std::max(largest_home, entries_[*e].population);
    }
    const auto tier = [&](std::uint32_t i) {
      const GazetteerEntry& e = entries_[i];
      if (e.home) return 1;
      if (is_settlement(e) && largest_home > 0 && e.population >= kWorldCityFactor * largest_home) return 0;
      return e.type == "country" ? 2 : 3;
    };
    stable_sort_short(entries_begin, entries_end, [&](std::uint32_t a, std::uint32_t b) {
      const int ta = tier(a), tb = tier(b);
      return ta != tb ? ta < tb : entries_[a].population > entries_[b].population;
    });
  }
  index_first_words(loading);
}

// The names by first word: an open-addressing table of the first words,
// each with its names (in the order made, then most words first) in one
// array.
void Gazetteer::index_first_words(Loading& loading) {
  const std::size_t slots = table_size(names_.size());
  first_word_slots_.assign(slots, Slot{});
  slot_mask_ = slots - 1;
  first_words_.reserve(names_.size());
  std::vector<std::uint32_t> list_of_name(names_.size());
  std::vector<std::uint32_t> begin(1, 0);  // names per list, then where each list starts
  begin.reserve(names_.size() + 1);
  for (std::size_t n = 0; n < names_.size(); ++n) {
    const std::string_view word = names_[n].words.front();
    const std::uint64_t hash = loading.first_word_hash[n];
    std::uint64_t i = hash & slot_mask_;
    while (first_word_slots_[i].list != 0 && !(first_word_slots_[i].hash == static_cast<std::uint32_t>(hash) &&
                                               first_words_[first_word_slots_[i].list - 1] == word)) {
      i = (i + 1) & slot_mask_;
    }
    if (first_word_slots_[i].list == 0) {
      if (word.size() > kMaxFirstWord) {
        throw std::runtime_error(fmt::format("{}: a name's first word is longer than {} bytes: {}", loading.file,
                                             kMaxFirstWord, word));
      }
      first_words_.push_back(word);
      begin.push_back(0);
      first_word_slots_[i] = {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(first_words_.size())};
    }
    const std::uint32_t list = first_word_slots_[i].list - 1;
    ++begin[list + 1];
    list_of_name[n] = list;
  }
  for (std::size_t l = 0; l < first_words_.size(); ++l) begin[l + 1] += begin[l];
  first_word_names_.resize(names_.size());
  std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
  for (std::size_t n = 0; n < names_.size(); ++n) first_word_names_[next[list_of_name[n]]++] = static_cast<std::uint32_t>(n);
  first_word_lists_.reserve(first_words_.size());
  for (std::size_t l = 0; l < first_words_.size(); ++l) {
    const auto list_begin = first_word_names_.begin() + begin[l];
    const auto list_end = first_word_names_.begin() + begin[l + 1];
    stable_sort_short(list_begin, list_end, [&](std::uint32_t a, std::uint32_t b) {
      return names_[a].words.size() > names_[b].words.size();
    });
    first_word_lists_.emplace_back(list_begin, list_end);
  }
}

template <class IsWord>
const Gazetteer::NameList* Gazetteer::first_word_list(std::uint64_t hash, IsWord&& is_word) const {
  for (std::uint64_t i = hash & slot_mask_;; i = (i + 1) & slot_mask_) {
    const Slot& slot = first_word_slots_[i];
    if (slot.list == 0) return nullptr;
    if (slot.hash == static_cast<std::uint32_t>(hash) && is_word(first_words_[slot.list - 1])) {
      return &first_word_lists_[slot.list - 1];
    }
  }
}

const Gazetteer::NameList* Gazetteer::names_starting_with_word(std::string_view word) const {
  // Longer words are no place's first word.
  std::array<char, kMaxFirstWord> buffer;
  const auto folded = fold_word(word, buffer);
  return folded ? names_starting_with(*folded) : nullptr;
}

const Gazetteer::NameList* Gazetteer::names_starting_with_word(std::string_view word, std::uint64_t folded_hash) const {
  if (word == "&" || (word.size() == 5 && (word[0] | 0x20) == 's' && iequals(word, "saint"))) {
    return names_starting_with_word(word);
  }
  // Folded only when the hashes agree.
  return first_word_list(folded_hash, [&](std::string_view first_word) {
    std::array<char, kMaxFirstWord> buffer;
    const auto folded = fold_word(word, buffer);
    return folded && *folded == first_word;
  });
}

const Gazetteer::NameList* Gazetteer::names_starting_with(std::string_view first_word) const {
  return first_word_list(hash_of(first_word), [&](std::string_view w) { return w == first_word; });
}

std::optional<std::uint32_t> Gazetteer::find_name(std::string_view text) const {
  std::string key;
  for_each_word(text, [&](std::string_view word) {
    if (!key.empty()) key.push_back(' ');
    append_folded(key, word);
  });
  return find_key(key, hash_of(key));
}

std::vector<std::uint32_t> Gazetteer::find(std::string_view name) const {
  std::vector<std::uint32_t> out;
  const auto found = find_name(name);
  if (!found) return out;
  for (const auto e : names_[*found].entries) {
    if (entries_[e].name == name) out.push_back(e);
  }
  return out;
}

}  // namespace crimestats
