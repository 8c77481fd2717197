// The gazetteer: loaded once, looked up by first word.
#include "crimestats/gazetteer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <stdexcept>

#include "crimestats/text.hpp"

namespace crimestats {
namespace {

constexpr std::size_t kColumns = 10;  // name type county police_force region country lat lon population alt_names

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

std::optional<double> parse_coordinate(std::string_view s) {
  if (s.empty()) return std::nullopt;
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


}  // namespace

std::string Gazetteer::fold_word(std::string_view word) {
  if (word == "&") return "and";
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t width = 0;
    if (is_apostrophe_at(word, i, &width)) {
      i += width;
      continue;
    }
    out.push_back(to_lower_ascii(word[i]));
    ++i;
  }
  if (out == "saint") return "st";
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
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == ' ' || name[i] == '-' || name[i] == '.' || name[i] == ',') {
      if (i > start) words.push_back(name.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

void Gazetteer::add_name(std::string_view text, std::uint32_t entry) {
  const auto words = split_name(text);
  if (words.empty()) return;
  std::string key;
  for (const auto w : words) {
    if (!key.empty()) key.push_back(' ');
    key += fold_word(w);
  }
  auto [it, inserted] = name_index_.emplace(key, static_cast<std::uint32_t>(names_.size()));
  if (inserted) {
    GazetteerName name;
    name.text = std::string(text);
    const bool dotted = text.find('.') != std::string_view::npos;
    for (const auto w : words) {
      name.words.push_back(fold_word(w));
      name.capitalised.push_back(is_ascii_upper(static_cast<unsigned char>(w.front())) ||
                                 static_cast<unsigned char>(w.front()) >= 0x80);
      name.abbreviation.push_back(is_abbreviation_word(w, dotted));
    }
    name.comma_after.assign(words.size(), false);
    max_words_ = std::max(max_words_, name.words.size());
    names_.push_back(std::move(name));
    by_first_word_[names_.back().words.front()].push_back(it->second);
  }
  // Spellings that fold alike share a name; a comma in any of them is allowed.
  auto& comma_after = names_[it->second].comma_after;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::size_t after = static_cast<std::size_t>(words[i].data() - text.data()) + words[i].size();
    if (after < text.size() && text[after] == ',') comma_after[i] = true;
  }
  auto& entries = names_[it->second].entries;
  if (std::find(entries.begin(), entries.end(), entry) == entries.end()) entries.push_back(entry);
}

Gazetteer::Gazetteer(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read gazetteer", file.string()));
  std::string content;
  in.seekg(0, std::ios::end);
  content.resize(static_cast<std::size_t>(in.tellg()));
  in.seekg(0);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  // Reserve once: the load is dominated by allocation, and start-up time matters.
  const auto lines = static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n'));
  entries_.reserve(lines);
  names_.reserve(lines + lines / 4);
  name_index_.reserve(lines + lines / 4);
  by_first_word_.reserve(lines);
  std::size_t pos = 0;
  int line_number = 0;
  while (pos < content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string::npos) eol = content.size();
    std::string_view line(content.data() + pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto f = split_tabs(line);
    if (f.size() != kColumns || f[0].empty() || f[1].empty()) {
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
    entries_.push_back(std::move(e));
    add_name(entries_.back().name, index);
    std::size_t start = 0;
    const std::string_view alts = f[9];
    while (start < alts.size()) {
      std::size_t semi = alts.find(';', start);
      if (semi == std::string_view::npos) semi = alts.size();
      if (semi > start) add_name(alts.substr(start, semi - start), index);
      start = semi + 1;
    }
  }
  // The order a shared name means its places in when the article does not
  // say (the extractor decides when it does): see GazetteerName::entries.
  for (auto& name : names_) {
    if (name.entries.size() < 2) continue;
    long largest_home = 0;
    for (const auto e : name.entries) {
      if (entries_[e].home) largest_home = std::max(largest_home, entries_[e].population);
    }
    const auto tier = [&](std::uint32_t i) {
      const GazetteerEntry& e = entries_[i];
      if (e.home) return 1;
      if (is_settlement(e) && largest_home > 0 && e.population >= kWorldCityFactor * largest_home) return 0;
      return e.type == "country" ? 2 : 3;
    };
    std::stable_sort(name.entries.begin(), name.entries.end(), [&](std::uint32_t a, std::uint32_t b) {
      const int ta = tier(a), tb = tier(b);
      return ta != tb ? ta < tb : entries_[a].population > entries_[b].population;
    });
  }
  std::size_t slots = 16;
  while (slots < by_first_word_.size() * 2) slots *= 2;
  first_word_slots_.assign(slots, Slot{});
  slot_mask_ = slots - 1;
  for (auto& [word, list] : by_first_word_) {
    if (word.size() > kMaxFirstWord) {
      throw std::runtime_error(
          fmt::format("{}: a name's first word is longer than {} bytes: {}", file.string(), kMaxFirstWord, word));
    }
    std::stable_sort(list.begin(), list.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return names_[a].words.size() > names_[b].words.size(); });
    std::uint64_t h = kHashBasis;
    for (const char c : word) h = hash_step(h, c);
    std::uint64_t i = h & slot_mask_;
    while (first_word_slots_[i].word) i = (i + 1) & slot_mask_;
    first_word_slots_[i] = {h, &word, &list};
  }
}

const std::vector<std::uint32_t>* Gazetteer::names_starting_with_word(std::string_view word) const {
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
  return names_starting_with_folded(std::string_view(folded.data(), n), hash);
}

const std::vector<std::uint32_t>* Gazetteer::names_starting_with(std::string_view first_word) const {
  std::uint64_t hash = kHashBasis;
  for (const char c : first_word) hash = hash_step(hash, c);
  return names_starting_with_folded(first_word, hash);
}

const std::vector<std::uint32_t>* Gazetteer::names_starting_with_folded(std::string_view first_word,
                                                                   std::uint64_t hash) const {
  for (std::uint64_t i = hash & slot_mask_;; i = (i + 1) & slot_mask_) {
    const Slot& slot = first_word_slots_[i];
    if (!slot.word) return nullptr;
    if (slot.hash == hash && *slot.word == first_word) return slot.names;
  }
}

std::optional<std::uint32_t> Gazetteer::find_name(std::string_view text) const {
  std::string key;
  for (const auto w : split_name(text)) {
    if (!key.empty()) key.push_back(' ');
    key += fold_word(w);
  }
  const auto it = name_index_.find(key);
  if (it == name_index_.end()) return std::nullopt;
  return it->second;
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
