// Places: names from the gazetteer (the UK, and places abroad) found in one
// pass over the article's words.
//
// Every word that starts with a capital (or a compass word in lower case,
// for "south Wales") is looked up by its folded form among the names that
// begin with it, longest first, so "West Yorkshire" wins over "York" and
// "Southend-on-Sea" over "Southend". Each match is then judged:
//   - streets ("London Road") and people ("Mr Preston", "Ian Blackburn",
//     "Stanley Johnson") are not places;
//   - names that are also common words or given names (Reading, March,
//     Barry) need a place context: a locative word before, an organisation
//     or area word after, or a list with another place;
//   - a name shared by several places is the one whose county, police force
//     or country the article also names or is mostly about, else the UK one.
// See docs/extractors/places.md.
#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "crimestats/extractor.hpp"
#include "crimestats/gazetteer.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

// ---------------------------------------------------------------- words --

// Plain data, left uninitialised until read: one is made for every
// capitalised word of every article.
struct Token {
  std::uint32_t begin;
  std::uint32_t end;       // the whole word, "'s" included
  std::uint32_t stem_end;  // before a possessive "'s" ("Essex's"), else end
  bool capitalised;        // starts with an ASCII capital
  bool all_caps;           // two or more letters, every letter a capital
};

// Byte length of the UTF-8 character at text[i] if it is part of a word
// (ASCII letters and digits, and letters beyond ASCII), else 0. General
// punctuation (dashes, typeset quotes, bullets, no-break space) is not.
std::size_t word_char_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return is_ascii_alpha(c) || is_ascii_digit(c) ? 1 : 0;
  if (c < 0xC0) return 0;  // a stray continuation byte
  const std::size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + len > text.size()) return 0;
  const auto c1 = static_cast<unsigned char>(text[i + 1]);
  if (c == 0xC2) return 0;                              // U+0080..U+00BF: Latin-1 punctuation
  if (c == 0xE2 && c1 >= 0x80 && c1 <= 0x82) return 0;  // U+2000..U+20BF: general punctuation
  if (c == 0xE2 && c1 >= 0x96 && c1 <= 0x9F) return 0;  // boxes, shapes, symbols
  return len;
}

// Width of an apostrophe (' or U+2019) at text[i], else 0.
std::size_t apostrophe_length(std::string_view text, std::size_t i) {
  if (text[i] == '\'') return 1;
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x99) {
    return 3;
  }
  return 0;
}

// ASCII classes for the word reader's fast path.
enum : unsigned char { kOther = 0, kLower = 1, kUpper = 2, kDigit = 3 };
constexpr std::array<unsigned char, 128> kAsciiClass = [] {
  std::array<unsigned char, 128> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kUpper;
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigit;
  return table;
}();

std::size_t word_char_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return kAsciiClass[c] != kOther ? 1 : 0;
  return word_char_length(text, i);
}

// Byte length of the word character ending just before `pos`, else 0.
std::size_t word_char_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  const auto c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return kAsciiClass[c] != kOther ? 1 : 0;
  std::size_t lead = pos - 1;
  while (lead > 0 && pos - lead < 4 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  const std::size_t len = word_char_length(text, lead);
  return lead + len == pos ? len : 0;
}

// Width of an apostrophe ending just before `pos`, else 0.
std::size_t apostrophe_before(std::string_view text, std::size_t pos) {
  if (pos >= 1 && text[pos - 1] == '\'') return 1;
  if (pos >= 3 && apostrophe_length(text, pos - 3) == 3) return 3;
  return 0;
}

// True if a word starts at text[i]: a word character not preceded by one
// (nor by an apostrophe inside a word, as in "O'Neill").
bool word_starts_at(std::string_view text, std::size_t i) {
  if (word_char_before(text, i)) return false;
  const std::size_t apos = apostrophe_before(text, i);
  return !(apos && word_char_before(text, i - apos));
}

// A capital letter at text[i]: ASCII, or Latin-1 accented in UTF-8 ("Èideann",
// "Ó Conaill"): U+00C0..U+00DE except the multiplication sign.
bool capital_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c != 0xC3 || i + 1 >= text.size()) return is_ascii_upper(c);
  const auto d = static_cast<unsigned char>(text[i + 1]);
  return d >= 0x80 && d <= 0x9E && d != 0x97;
}

// Reads the word that starts at text[i]: letters and digits, apostrophes
// between them ("King's"), and a possessive "'s" noted apart ("Essex's").
// "&" is a word of its own ("Brighton & Hove").
Token read_word(std::string_view text, std::size_t i) {
  Token t;
  t.begin = static_cast<std::uint32_t>(i);
  const std::size_t n = text.size();
  if (text[i] == '&') {
    t.end = t.stem_end = t.begin + 1;
    t.capitalised = t.all_caps = false;
    return t;
  }
  std::size_t letters = 0, capitals = 0;
  std::size_t last_apostrophe = std::string_view::npos;
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && kAsciiClass[c] != kOther) {
      letters += kAsciiClass[c] != kDigit;
      capitals += kAsciiClass[c] == kUpper;
      ++i;
      continue;
    }
    const std::size_t len = c < 0x80 ? 0 : word_char_length(text, i);
    if (len == 0) {
      const std::size_t apos = apostrophe_length(text, i);
      if (apos && i + apos < n && word_char_at(text, i + apos)) {
        last_apostrophe = i;
        i += apos;
        continue;
      }
      break;
    }
    i += len;
  }
  t.end = t.stem_end = static_cast<std::uint32_t>(i);
  if (last_apostrophe != std::string_view::npos && (text[i - 1] == 's' || text[i - 1] == 'S') &&
      last_apostrophe + apostrophe_length(text, last_apostrophe) == i - 1) {
    t.stem_end = static_cast<std::uint32_t>(last_apostrophe);
  }
  t.capitalised = capital_at(text, t.begin);
  t.all_caps = letters >= 2 && capitals == letters;
  return t;
}

// The next word starting within `max_gap` bytes after `pos`, if any.
std::optional<Token> word_after(std::string_view text, std::size_t pos, std::size_t max_gap) {
  for (std::size_t i = pos; i < text.size() && i <= pos + max_gap; ++i) {
    if (text[i] == '&' || word_char_at(text, i)) return read_word(text, i);
  }
  return std::nullopt;
}

// The word ending within `max_gap` bytes before `pos`, if any.
std::optional<Token> word_before(std::string_view text, std::size_t pos, std::size_t max_gap) {
  std::size_t end = pos;
  while (end > 0 && pos - end <= max_gap && !word_char_before(text, end) && text[end - 1] != '&') --end;
  if (end == 0 || pos - end > max_gap) return std::nullopt;
  if (text[end - 1] == '&') return read_word(text, end - 1);
  std::size_t begin = end;
  while (true) {
    if (const std::size_t len = word_char_before(text, begin)) {
      begin -= len;
    } else if (const std::size_t apos = apostrophe_before(text, begin); apos && word_char_before(text, begin - apos)) {
      begin -= apos;
    } else {
      break;
    }
  }
  return read_word(text, begin);
}

std::string_view word_of(std::string_view text, const Token& t, bool stem = false) {
  return text.substr(t.begin, (stem ? t.stem_end : t.end) - t.begin);
}

// True if `word` folds (as Gazetteer::fold_word) to `folded`, without allocating.
bool folds_to(std::string_view word, std::string_view folded) {
  if (folded == "st" && word.size() == 5 && iequals(word, "saint")) return true;
  if (folded == "and" && word == "&") return true;
  std::size_t j = 0;
  for (std::size_t i = 0; i < word.size();) {
    if (const std::size_t apos = apostrophe_length(word, i)) {
      i += apos;
      continue;
    }
    if (j == folded.size() || to_lower_ascii(word[i]) != folded[j]) return false;
    ++i;
    ++j;
  }
  return j == folded.size();
}

std::string_view gap_between(std::string_view text, const Token& a, const Token& b) {
  return text.substr(a.end, b.begin - a.end);
}

bool is_space_gap(std::string_view gap) { return gap == " " || gap == "\xC2\xA0"; }

// ------------------------------------------------------------- lexicons --

enum class Need { none, weak, strong };

constexpr std::size_t kMaxNameWords = 8;
// Towns and cities of this many people or more are not read as surnames
// before "said": "London said" speaks for a government, "Carlisle said" is a person.
constexpr long kLargestSurnameTown = 400000;

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

struct Lexicons {
  std::unordered_map<std::uint32_t, Need> ambiguous;  // by name index
  std::vector<std::vector<std::string>> before;       // folded phrases
  WordSet after;                                      // folded words
  WordSet streets;                                    // as written
  WordSet titles;                                     // as written
  WordSet given;                                      // as written
  WordSet speech;                                     // as written: "said", "told"
  std::vector<std::string> directions;                // folded
  WordSet not_after;                                  // as written
};

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= phrase.size(); ++i) {
    if (i == phrase.size() || phrase[i] == ' ') {
      if (i > start) out.push_back(lower_ascii(phrase.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

// -------------------------------------------------------------- matches --

struct Match {
  Token first, last;       // the name's first and last words
  std::uint32_t name = 0;  // index into the gazetteer's names
  Span span;
  Need need = Need::none;
  bool rejected = false;
  bool accepted = false;
  bool force = false;  // a police force's name that names no place ("Gardai"): evidence of the country only
  std::uint32_t entry = 0;
};

class PlacesExtractor final : public Extractor {
 public:
  explicit PlacesExtractor(const std::filesystem::path& data_dir) : gazetteer_(data_dir / "gazetteer.tsv") {
    const auto lex = data_dir / "lexicons";
    for (const auto& row : read_lexicon(lex / "place_ambiguous.tsv", 2)) {
      const auto& need = row.fields[1];
      if (need != "weak" && need != "strong") {
        throw std::runtime_error(lex.string() + "/place_ambiguous.tsv:" + std::to_string(row.line) +
                                 ": need must be weak or strong");
      }
      // Names the gazetteer no longer has (a village below its floor) are skipped.
      if (const auto n = gazetteer_.find_name(row.fields[0])) {
        lex_.ambiguous[*n] = need == "weak" ? Need::weak : Need::strong;
      }
    }
    for (const auto& row : read_lexicon(lex / "place_before.tsv", 1)) lex_.before.push_back(words_of(row.fields[0]));
    for (const auto& row : read_lexicon(lex / "place_after.tsv", 1))
      lex_.after.insert(Gazetteer::fold_word(row.fields[0]));
    for (const auto& row : read_lexicon(lex / "place_street_suffixes.tsv", 1)) lex_.streets.insert(row.fields[0]);
    for (const auto& row : read_lexicon(lex / "place_person_cues.tsv", 2)) {
      const std::string& kind = row.fields[1];
      (kind == "title" ? lex_.titles : kind == "speech" ? lex_.speech : lex_.given).insert(row.fields[0]);
    }
    for (const auto& row : read_lexicon(lex / "place_directions.tsv", 1)) {
      lex_.directions.push_back(lower_ascii(row.fields[0]));
      compass_initial_[static_cast<unsigned char>(lex_.directions.back().front()) & 0x7F] = true;
    }
    for (const auto& row : read_lexicon(lex / "place_not_after.tsv", 1)) lex_.not_after.insert(row.fields[0]);
    if (gazetteer_.max_words() > kMaxNameWords) {
      throw std::runtime_error((data_dir / "gazetteer.tsv").string() + ": a name has more than " +
                               std::to_string(kMaxNameWords) + " words");
    }
  }

  std::string_view name() const override { return "places"; }

  void extract(const ExtractInput& in, Facts& out) const override {
    const std::string_view text = in.text;
    auto matches = find_matches(text);
    if (matches.empty()) return;
    judge(text, matches);
    resolve(text, matches);
    // One fact per place, with all its mentions (the normaliser merges by name too).
    std::unordered_map<std::uint32_t, std::size_t> fact_of_entry;
    for (const auto& m : matches) {
      if (!m.accepted) continue;
      const auto [it, inserted] = fact_of_entry.emplace(m.entry, out.places.size());
      if (!inserted) {
        out.places[it->second].mentions.push_back(m.span);
        continue;
      }
      const GazetteerEntry& e = gazetteer_.entry(m.entry);
      Place place;
      place.name = e.name;
      place.type = e.type;
      place.county = e.county;
      place.police_force = e.police_force;
      place.region = e.region;
      place.country = e.country;
      place.lat = e.lat;
      place.lon = e.lon;
      place.mentions.push_back(m.span);
      out.places.push_back(std::move(place));
    }
  }

 private:
  // ------------------------------------------------------------ finding --

  // A lower-case compass word starts at text[i] (checked before reading the word).
  bool compass_at(std::string_view text, std::size_t i) const {
    for (const auto& d : lex_.directions) {
      const std::size_t end = i + d.size();
      if (end > text.size() || (end < text.size() && word_char_at(text, end))) continue;
      std::size_t k = 0;
      while (k < d.size() && text[i + k] == d[k]) ++k;
      if (k == d.size()) return true;
    }
    return false;
  }

  bool is_compass(std::string_view text, const Token& t) const {
    if (t.end - t.begin > 5 || !compass_initial_[static_cast<unsigned char>(text[t.begin]) & 0x7F]) return false;
    const std::string_view word = word_of(text, t);
    return std::any_of(lex_.directions.begin(), lex_.directions.end(),
                       [&](const std::string& d) { return iequals(word, d); });
  }

  // The words of a candidate name, read as far as a name needs.
  class WordsAhead {
   public:
    WordsAhead(std::string_view text, Token first) : text_(text) { words_[0] = first; }
    // The j-th word from the first (j < kMaxNameWords), or null past the text's end.
    const Token* at(std::size_t j) {
      while (read_ <= j) {
        // Gaps inside a name are at most ". " or a no-break space.
        const auto next = word_after(text_, words_[read_ - 1].end, 2);
        if (!next) return nullptr;
        words_[read_++] = *next;
      }
      return &words_[j];
    }

   private:
    std::string_view text_;
    std::array<Token, kMaxNameWords> words_;  // the first read_ are set
    std::size_t read_ = 1;
  };

  // Does the name `n` match the words ahead? Returns the span's end (0 if not).
  std::size_t try_name(std::string_view text, WordsAhead& ahead, const GazetteerName& n) const {
    for (std::size_t j = 0; j < n.words.size(); ++j) {
      const Token* t = ahead.at(j);
      if (!t) return 0;
      const bool last = j + 1 == n.words.size();
      if (j > 0) {
        const Token& prev = *ahead.at(j - 1);
        const std::string_view gap = gap_between(text, prev, *t);
        const bool abbreviated = n.words[j - 1] == "st" || n.words[j - 1] == "co" || n.words[j - 1].size() == 1;
        const bool comma = n.comma_after[j - 1] && gap == ", ";  // "Washington, D.C."
        if (!(is_space_gap(gap) || gap == "-" || comma || (abbreviated && (gap == "." || gap == ". ")))) return 0;
      }
      if (n.abbreviation[j]) {
        if (!(t->all_caps || (t->end - t->begin == 1 && t->capitalised))) return 0;
      } else if (n.capitalised[j]) {
        const bool lower_compass = j == 0 && n.words.size() > 1 && !t->capitalised && is_compass(text, *t);
        if (!t->capitalised && !lower_compass) return 0;
      }
      if (folds_to(word_of(text, *t), n.words[j])) {
        if (last) return t->end;
        continue;
      }
      if (last && t->stem_end != t->end && folds_to(word_of(text, *t, true), n.words[j])) return t->stem_end;
      return 0;
    }
    return 0;  // unreachable: the loop returns at the last word
  }

  // One pass: at each word that starts with a capital (or is a compass
  // word), the longest name that starts there.
  std::vector<Match> find_matches(std::string_view text) const {
    std::vector<Match> matches;
    matches.reserve(text.size() / 256 + 4);  // news text names a place every few hundred bytes
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
      // Step from word to word: skip what is not a word, then look at a
      // word's first letter only, then skip the rest of it.
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80 ? kAsciiClass[c] == kOther : word_char_length(text, i) == 0) {
        ++i;
        continue;
      }
      const bool capital = capital_at(text, i);
      const bool candidate =
          (capital || (c < 0x80 && compass_initial_[c] && compass_at(text, i))) && word_starts_at(text, i);
      if (!candidate) {
        while (i < n && static_cast<unsigned char>(text[i]) < 0x80 &&
               kAsciiClass[static_cast<unsigned char>(text[i])] != kOther)
          ++i;
        if (i < n && static_cast<unsigned char>(text[i]) >= 0x80)
          i += std::max<std::size_t>(1, word_char_length(text, i));
        continue;
      }
      const Token t = read_word(text, i);
      WordsAhead ahead(text, t);
      std::optional<Match> found;
      for (const bool stem : {false, true}) {
        if (found || (stem && t.stem_end == t.end)) break;
        const auto* candidates = gazetteer_.names_starting_with_word(word_of(text, t, stem));
        if (!candidates) continue;
        for (const auto name_index : *candidates) {
          const GazetteerName& name = gazetteer_.name(name_index);
          std::size_t end = try_name(text, ahead, name);
          if (!end) continue;
          if (name.text.back() == '.' && end < text.size() && text[end] == '.') ++end;  // "U.K."
          // Capitals alone ("SOUTHEND") are a name only if long enough not to be an acronym.
          if (t.all_caps && !name.abbreviation[0] && end - t.begin < 4) continue;
          Match m;
          m.first = t;
          m.last = *ahead.at(name.words.size() - 1);
          m.name = name_index;
          m.span = {t.begin, end};
          const auto amb = lex_.ambiguous.find(name_index);
          m.need = amb == lex_.ambiguous.end() ? Need::none : amb->second;
          found = m;
          break;
        }
      }
      if (found) {
        matches.push_back(*found);
        i = found->last.end;
      } else {
        i = t.end;
      }
    }
    return matches;
  }

  // ------------------------------------------------------------ judging --

  bool place_word_before(std::string_view text, const Match& m) const {
    for (const auto& phrase : lex_.before) {
      bool ok = true;
      std::size_t pos = m.first.begin;
      for (std::size_t p = phrase.size(); p-- > 0 && ok;) {
        const auto t = word_before(text, pos, 2);
        ok = t && t->stem_end == t->end && is_space_gap(text.substr(t->end, pos - t->end)) &&
             folds_to(word_of(text, *t), phrase[p]);
        if (ok) pos = t->begin;
      }
      if (ok) return true;
    }
    return false;
  }

  // The word after the match, if it follows a space (or a hyphen: "Reading-based").
  static std::optional<Token> next_word(std::string_view text, const Match& m, bool hyphen) {
    if (m.span.end != m.last.end) return std::nullopt;  // after a possessive
    auto t = word_after(text, m.span.end, 2);
    if (!t) return std::nullopt;
    const std::string_view gap = text.substr(m.span.end, t->begin - m.span.end);
    if (is_space_gap(gap) || (hyphen && gap == "-")) return t;
    return std::nullopt;
  }

  // The word before the match, if a space (or, after a title, ". ") parts them.
  static std::optional<Token> previous_word(std::string_view text, const Match& m, bool after_title = false) {
    auto t = word_before(text, m.first.begin, 2);
    if (!t || t->stem_end != t->end) return std::nullopt;
    const std::string_view gap = text.substr(t->end, m.first.begin - t->end);
    if (is_space_gap(gap) || (after_title && gap == ". ")) return t;
    return std::nullopt;
  }

  // Two matches next to each other in a list: "Deal, Dover and Margate",
  // "Wells, Somerset", "Reading or Slough".
  static bool listed_together(std::string_view text, const Match& a, const Match& b) {
    std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    if (gap.size() > 8) return false;
    std::string g;
    for (const char c : gap) {
      if (c != ' ') g.push_back(to_lower_ascii(c));
    }
    if (g.starts_with("'s")) g.erase(0, 2);
    return g == "," || g == "and" || g == ",and" || g == "or" || g == ",or" || g == "&" || g == "/";
  }

  void judge(std::string_view text, std::vector<Match>& matches) const {
    std::unordered_set<std::uint32_t> surnames;  // names read as a person's surname in this article
    const auto in = [&](const WordSet& set, const std::optional<Token>& t) {
      return t && set.find(word_of(text, *t)) != set.end();
    };
    for (std::size_t k = 0; k < matches.size(); ++k) {
      Match& m = matches[k];
      const auto next = next_word(text, m, false);
      const auto prev = previous_word(text, m);
      const auto after = next_word(text, m, true);
      const bool org_after = after && lex_.after.count(Gazetteer::fold_word(word_of(text, *after, true))) > 0;
      const bool place_follows = next && k + 1 < matches.size() && matches[k + 1].first.begin == next->begin &&
                                 matches[k + 1].need == Need::none;  // not "Paris Hilton"
      const bool one_word = m.first.begin == m.last.begin;
      const bool given_name_place = one_word && in(lex_.given, m.first);

      const GazetteerEntry& main_entry = gazetteer_.entry(gazetteer_.name(m.name).entries.front());
      const std::string_view type = main_entry.type;
      // Towns a person may be named after; capitals and the largest cities
      // speak for their governments ("London said", "Dublin said").
      const bool surname_like_town = (type == "city" || type == "town" || type == "village") &&
                                     main_entry.population < kLargestSurnameTown;
      if (type == "force") {
        m.force = m.rejected = true;  // never a place, nor a list's member
        continue;
      }
      if (next && next->capitalised && in(lex_.streets, next)) {
        m.rejected = true;  // "London Road"
      } else if (in(lex_.not_after, prev)) {
        m.rejected = true;  // "New Jersey"
      } else if (in(lex_.titles, previous_word(text, m, true)) || (prev && prev->capitalised && in(lex_.given, prev))) {
        m.rejected = true;  // "Mr Preston", "Ian Blackburn"
        surnames.insert(m.name);
      } else if (given_name_place && next && next->capitalised && !org_after && !place_follows &&
                 !place_word_before(text, m)) {
        m.rejected = true;  // "Stanley Johnson"; not "in Kent On Tuesday"
      } else if (one_word && surname_like_town && in(lex_.speech, next) &&
                 !place_word_before(text, m)) {
        m.rejected = true;  // "Carlisle said": towns do not speak, people do
        surnames.insert(m.name);
      } else if (surnames.count(m.name) && !org_after && !place_word_before(text, m)) {
        m.rejected = true;  // "Blackburn said", after "Ian Blackburn"; not "Blackburn police"
      }
      if (m.rejected) continue;
      m.accepted = m.need == Need::none || org_after || (m.need == Need::weak && place_word_before(text, m));
    }
    // A name in a list with an accepted place is a place; lists can chain.
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t k = 0; k < matches.size(); ++k) {
        Match& m = matches[k];
        if (m.accepted || m.rejected) continue;
        const bool with_previous = k > 0 && matches[k - 1].accepted && listed_together(text, matches[k - 1], m);
        const bool with_next =
            k + 1 < matches.size() && matches[k + 1].accepted && listed_together(text, m, matches[k + 1]);
        if (with_previous || with_next) {
          m.accepted = true;
          changed = true;
        }
      }
    }
    // Abbreviations such as "US" are not names inside a line of capitals ("HELP US").
    for (auto& m : matches) {
      const GazetteerName& n = gazetteer_.name(m.name);
      if (!m.accepted || !n.abbreviation[0]) continue;
      const auto prev = previous_word(text, m);
      const auto next = next_word(text, m, false);
      if ((prev && prev->all_caps) || (next && next->all_caps)) m.accepted = false;
    }
  }

  // ---------------------------------------------------------- resolving --

  // A name shared by several places (Newport, Richmond, Perth) is the one
  // whose county, region, force or country the article names or implies
  // through its other places, or whose force is named with it ("Victoria
  // Police"), or which lies in the country most of the article's places are
  // in; on a tie, the gazetteer's order (UK places first).
  void resolve(std::string_view text, std::vector<Match>& matches) const {
    const auto shared = [&](const Match& m) { return gazetteer_.name(m.name).entries.size() > 1; };
    if (std::none_of(matches.begin(), matches.end(), [&](const Match& m) { return m.accepted && shared(m); })) {
      for (auto& m : matches) m.entry = gazetteer_.name(m.name).entries.front();
      return;
    }
    const auto nation = [](const GazetteerEntry& e) -> std::string_view {
      return e.home ? std::string_view("United Kingdom") : std::string_view(e.country);
    };
    // What the article's unambiguous places (and force names) say.
    std::vector<std::string_view> named, counties, forces, regions;
    std::vector<std::pair<std::string_view, int>> places_in;  // nation -> distinct places named
    std::unordered_set<std::uint32_t> counted;
    for (const auto& m : matches) {
      if (!(m.force || (m.accepted && !shared(m)))) continue;
      const std::uint32_t entry = gazetteer_.name(m.name).entries.front();
      const GazetteerEntry& e = gazetteer_.entry(entry);
      if (!m.force) {
        named.push_back(e.name);
        counties.push_back(e.county);
        regions.push_back(e.region);
      }
      forces.push_back(e.police_force);
      if (!counted.insert(entry).second || nation(e).empty()) continue;
      const auto it =
          std::find_if(places_in.begin(), places_in.end(), [&](const auto& p) { return p.first == nation(e); });
      if (it == places_in.end()) {
        places_in.emplace_back(nation(e), 1);
      } else {
        ++it->second;
      }
    }
    int most = 0;
    for (const auto& p : places_in) most = std::max(most, p.second);
    const auto has = [](const std::vector<std::string_view>& set, std::string_view value) {
      return !value.empty() && std::find(set.begin(), set.end(), value) != set.end() ? 1 : 0;
    };
    const auto mostly_in = [&](std::string_view n) {
      const auto is_most = [&](const auto& p) { return p.first == n && p.second == most; };
      return std::any_of(places_in.begin(), places_in.end(), is_most) ? 1 : 0;
    };
    // "Victoria Police": the name is written as the start of the place's force's name.
    const auto force_named = [&](std::uint32_t name, const GazetteerEntry& e) {
      if (e.police_force.empty()) return 0;
      for (const auto& m : matches) {
        if (m.name != name || !m.accepted) continue;
        const std::string_view rest = text.substr(m.span.begin);
        if (rest.starts_with(e.police_force) &&
            (rest.size() == e.police_force.size() || !word_char_at(rest, e.police_force.size()))) {
          return 1;
        }
      }
      return 0;
    };
    std::unordered_map<std::uint32_t, std::uint32_t> chosen;  // name -> entry, one per article
    for (auto& m : matches) {
      if (!m.accepted) continue;
      const auto [it, inserted] = chosen.emplace(m.name, gazetteer_.name(m.name).entries.front());
      if (inserted && shared(m)) {
        int best_score = -1;
        for (const auto e : gazetteer_.name(m.name).entries) {
          const GazetteerEntry& entry = gazetteer_.entry(e);
          const int named_area = has(named, entry.county) + has(named, entry.region) +
                                 std::max(has(named, entry.country), has(named, nation(entry)));
          const int score = 8 * force_named(m.name, entry) + 4 * named_area + 2 * has(counties, entry.county) +
                            2 * has(forces, entry.police_force) + has(regions, entry.region) +
                            2 * mostly_in(nation(entry));
          if (score > best_score) {
            best_score = score;
            it->second = e;
          }
        }
      }
      m.entry = it->second;
    }
  }

  Gazetteer gazetteer_;
  Lexicons lex_;
  std::array<bool, 128> compass_initial_{};  // first letters of the compass words, to skip most words fast
};

}  // namespace

ExtractorPtr make_places_extractor(const std::filesystem::path& data_dir) {
  return std::make_unique<PlacesExtractor>(data_dir);
}

}  // namespace crimestats
