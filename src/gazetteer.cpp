// The gazetteer: loaded once, looked up by first word.
#include "crimestats/gazetteer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "crimestats/text.hpp"

namespace crimestats {
namespace {

constexpr std::size_t kColumns = 10;  // name type county police_force region country lat lon population alt_names

// Splits a row at its tabs into `fields`; returns how many there are (one
// more than kColumns means too many).
std::size_t split_tabs(std::string_view line, std::array<std::string_view, kColumns + 1>& fields) {
  std::size_t count = 0;
  std::size_t start = 0;
  while (count < fields.size()) {
    const std::size_t tab = line.find('\t', start);
    fields[count++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return count;
}

std::optional<double> parse_coordinate(std::string_view s) {
  if (s.empty()) return std::nullopt;
  // Coordinates are short decimals ("-2.9000"): read as a whole number and
  // divided once by a power of ten, both exact as doubles, so the quotient is
  // rounded as from_chars rounds; anything else goes to from_chars.
  constexpr std::array<double, 16> kPowersOfTen = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  std::uint64_t whole = 0;
  std::size_t digits = 0, decimals = 0;
  bool point = false, plain = true;
  for (std::size_t i = s[0] == '-' ? 1 : 0; i < s.size() && plain; ++i) {
    if (is_ascii_digit(static_cast<unsigned char>(s[i]))) {
      whole = whole * 10 + static_cast<std::uint64_t>(s[i] - '0');
      ++digits;
      decimals += point;
    } else if (s[i] == '.' && !point) {
      point = true;
    } else {
      plain = false;
    }
  }
  if (plain && digits > decimals && (!point || decimals > 0) && digits < kPowersOfTen.size()) {  // "d+(.d+)?"
    const double quotient = static_cast<double>(whole) / kPowersOfTen[decimals];
    return s[0] == '-' ? -quotient : quotient;
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
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

bool is_abbreviation_word(std::string_view word, bool dotted_name) {
  bool any_letter = false;
  for (const char c : word) {
    if (is_ascii_alpha(static_cast<unsigned char>(c))) {
      if (!is_ascii_upper(static_cast<unsigned char>(c))) return false;
      any_letter = true;
    }
  }
  return any_letter && (word.size() >= 2 || dotted_name);
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

// Calls on_word with each word of a name, as Gazetteer::split_name splits it.
template <class OnWord>
void for_each_word(std::string_view name, OnWord&& on_word) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == ' ' || name[i] == '-' || name[i] == '.' || name[i] == ',') {
      if (i > start) on_word(name.substr(start, i - start));
      start = i + 1;
    }
  }
}

// memchr is many times faster than std::count over the whole file.
std::size_t count_byte(std::string_view s, char c) {
  std::size_t count = 0;
  for (const char* p = s.data(); (p = static_cast<const char*>(std::memchr(p, c, s.data() + s.size() - p))); ++p) {
    ++count;
  }
  return count;
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
  std::string file;                      // for errors
  std::vector<std::uint32_t> first_word;  // per name: where its words start in words_
  std::vector<std::uint32_t> last_entry;  // per name: the entry it was last given
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
  std::array<std::string_view, kMaxWords> words;
  std::size_t count = 0;
  bool too_many = false;
  for_each_word(text, [&](std::string_view word) {
    if (count == words.size()) too_many = true;
    else words[count++] = word;
  });
  if (too_many) throw std::runtime_error(fmt::format("{}: more than {} words in {}", loading.file, kMaxWords, text));
  if (count == 0) return;
  // The key: the folded words, spaced, at the end of folded_ (whose reserve
  // covers every name: folding only grows "&" into "and").
  if (folded_.size() + 3 * text.size() > folded_.capacity()) throw std::logic_error("gazetteer: folded_ reserve too small");
  const std::size_t key_begin = folded_.size();
  std::array<std::size_t, kMaxWords> word_begin, word_end;
  for (std::size_t k = 0; k < count; ++k) {
    if (folded_.size() > key_begin) folded_.push_back(' ');
    word_begin[k] = folded_.size();
    append_folded(folded_, words[k]);
    word_end[k] = folded_.size();
  }
  const std::string_view key(folded_.data() + key_begin, folded_.size() - key_begin);
  const std::uint64_t hash = hash_of(key);
  std::uint32_t index = 0;
  if (const auto found = find_key(key, hash)) {
    index = *found;
    folded_.resize(key_begin);  // another spelling of a name already known
  } else {
    index = static_cast<std::uint32_t>(names_.size());
    GazetteerName name;
    name.text = text;
    const bool dotted = text.find('.') != std::string_view::npos;
    loading.first_word.push_back(static_cast<std::uint32_t>(words_.size()));
    for (std::size_t k = 0; k < count; ++k) {
      words_.emplace_back(folded_.data() + word_begin[k], word_end[k] - word_begin[k]);
      const auto first = static_cast<unsigned char>(words[k].front());
      if (is_ascii_upper(first) || first >= 0x80) name.capitalised_bits |= 1u << k;
      if (is_abbreviation_word(words[k], dotted)) name.abbreviation_bits |= 1u << k;
    }
    max_words_ = std::max(max_words_, count);
    names_.push_back(name);
    keys_.push_back(key);
    key_hashes_.push_back(hash);
    loading.last_entry.push_back(UINT32_MAX);
    const std::size_t mask = key_slots_.size() - 1;
    std::size_t slot = hash & mask;
    while (key_slots_[slot] != 0) slot = (slot + 1) & mask;
    key_slots_[slot] = index + 1;
  }
  // Spellings that fold alike share a name; a comma in any of them is allowed.
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t after = static_cast<std::size_t>(words[k].data() - text.data()) + words[k].size();
    if (after < text.size() && text[after] == ',') names_[index].comma_bits |= 1u << k;
  }
  // Entries come in order, so one given twice is the last one given.
  if (loading.last_entry[index] != entry) {
    loading.last_entry[index] = entry;
    loading.name_entries.emplace_back(index, entry);
  }
}

Gazetteer::Gazetteer(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read gazetteer", file.string()));
  in.seekg(0, std::ios::end);
  content_.resize(static_cast<std::size_t>(in.tellg()));
  in.seekg(0);
  in.read(content_.data(), static_cast<std::streamsize>(content_.size()));
  // Reserve once, from the most rows and names the file can hold.
  const std::size_t lines = count_byte(content_, '\n') + 1;
  const std::size_t most_names = 2 * lines + count_byte(content_, ';');
  entries_.reserve(lines);
  names_.reserve(most_names);
  keys_.reserve(most_names);
  key_hashes_.reserve(most_names);
  words_.reserve(2 * most_names);
  folded_.reserve(3 * content_.size());
  key_slots_.assign(table_size(most_names), 0);
  Loading loading;
  loading.file = file.string();
  loading.first_word.reserve(most_names);
  loading.last_entry.reserve(most_names);
  loading.name_entries.reserve(most_names);
  const std::string_view content = content_;
  std::array<std::string_view, kColumns + 1> f;
  std::size_t pos = 0;
  int line_number = 0;
  while (pos < content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (split_tabs(line, f) != kColumns || f[0].empty() || f[1].empty()) {
      throw std::runtime_error(fmt::format("{}:{}: expected {} tab-separated fields with a name and a type",
                                           file.string(), line_number, kColumns));
    }
    GazetteerEntry e;
    e.name = f[0];
    e.type = f[1];
    e.county = f[2];
    e.police_force = f[3];
    e.region = f[4];
    e.country = f[5];
    e.lat = parse_coordinate(f[6]);
    e.lon = parse_coordinate(f[7]);
    std::from_chars(f[8].data(), f[8].data() + f[8].size(), e.population);
    e.home = is_home_country(e.country);
    const auto index = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back(e);
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
    std::stable_sort(entries_begin, entries_end, [&](std::uint32_t a, std::uint32_t b) {
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
    const std::uint64_t hash = hash_of(word);
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
    if (list_end - list_begin > 1) {  // stable_sort allocates even for one
      std::stable_sort(list_begin, list_end, [&](std::uint32_t a, std::uint32_t b) {
        return names_[a].words.size() > names_[b].words.size();
      });
    }
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
  if (word == "&") return names_starting_with("and");
  if (word.size() == 5 && iequals(word, "saint")) return names_starting_with("st");
  // Fold into a small buffer, hashing as we go; longer words are no place's first word.
  std::array<char, kMaxFirstWord> folded;
  std::size_t n = 0;
  std::uint64_t hash = kHashBasis;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t width = 0;
    if ((word[i] == '\'' || static_cast<unsigned char>(word[i]) == 0xE2) && is_apostrophe_at(word, i, &width)) {
      i += width;
      continue;
    }
    if (n == folded.size()) return nullptr;
    const char c = to_lower_ascii(word[i++]);
    folded[n++] = c;
    hash = hash_step(hash, c);
  }
  const std::string_view first_word(folded.data(), n);
  return first_word_list(hash, [&](std::string_view w) { return w == first_word; });
}

const Gazetteer::NameList* Gazetteer::names_starting_with_word(std::string_view word, std::uint64_t folded_hash) const {
  if (word == "&" || (word.size() == 5 && (word[0] | 0x20) == 's' && iequals(word, "saint"))) {
    return names_starting_with_word(word);
  }
  return first_word_list(folded_hash, [&](std::string_view first_word) {
    // Does `word` fold to first_word? Checked only when the hashes agree.
    std::size_t j = 0;
    for (std::size_t i = 0; i < word.size();) {
      std::size_t width = 0;
      if (is_apostrophe_at(word, i, &width)) {
        i += width;
        continue;
      }
      if (j == first_word.size() || to_lower_ascii(word[i]) != first_word[j]) return false;
      ++i;
      ++j;
    }
    return j == first_word.size();
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
