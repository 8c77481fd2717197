// The gazetteer (data/gazetteer.tsv, built by scripts/build_gazetteer.py):
// every place of the UK, and places abroad, with its county, police force,
// region, country and coordinates, and an index of all its names by their
// first word, so a single pass over an article's words finds every name that
// starts there.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crimestats {

struct GazetteerEntry {
  std::string name;  // canonical: "Southend-on-Sea"
  // country, region, county, police_area, city, town, village, borough; or
  // force: a police force's name that names no place ("Gardai", "NYPD"),
  // which is never a place but tells which country an article is about.
  std::string type;
  std::string county, police_force, region, country;
  std::optional<double> lat, lon;
  long population = 0;  // 0 where unknown
  bool home = false;    // in the United Kingdom (country England, Scotland, Wales, Northern Ireland or the UK)
};

// One way of writing a place's name, as words. Words are folded (ASCII lower
// case, apostrophes dropped, "Saint" as "st", "&" as "and") so that "King's
// Lynn", "Kings Lynn" and "KING'S LYNN" share one key.
struct GazetteerName {
  std::string text;                // as written in the gazetteer: "Southend"
  std::vector<std::string> words;  // folded: {"southend"}
  std::vector<bool> capitalised;   // the word must start with a capital in text
  std::vector<bool> abbreviation;  // the word is written in capitals (UK): match exactly
  std::vector<bool> comma_after;   // a comma may follow the word ("Washington, D.C.")
  // Places of this name, in the order a name means them when the article
  // does not say: UK places first, most populous first, except that a place
  // abroad comes first if it is a settlement 100 times as populous as any UK
  // namesake (Melbourne, Australia before Melbourne, Derbyshire); then, of
  // places abroad, countries (Georgia) and the most populous.
  std::vector<std::uint32_t> entries;
};

class Gazetteer {
 public:
  static constexpr std::size_t kMaxFirstWord = 40;

  // Reads the gazetteer file. Throws std::runtime_error naming the file if it
  // cannot be read or a row is malformed.
  explicit Gazetteer(const std::filesystem::path& file);

  std::size_t size() const { return entries_.size(); }
  // The most words in any name ("Isle of Wight" has three).
  std::size_t max_words() const { return max_words_; }
  const GazetteerEntry& entry(std::uint32_t i) const { return entries_[i]; }
  const GazetteerName& name(std::uint32_t i) const { return names_[i]; }
  std::size_t name_count() const { return names_.size(); }

  // Names whose first folded word is `first_word`, most words first (so the
  // first that matches is the longest). Null if none.
  const std::vector<std::uint32_t>* names_starting_with(std::string_view first_word) const;
  // The same for a word as written in text ("King's", "SAINT"), folded on
  // the fly without allocating: the matcher calls this for every capitalised
  // word. First words are at most kMaxFirstWord bytes (checked on loading).
  const std::vector<std::uint32_t>* names_starting_with_word(std::string_view word) const;

  // The same for a word already folded (as fold_word) and hashed: hash_step
  // over its bytes, from kHashBasis (FNV-1a, as fnv1a64), so a caller can
  // fold and hash a word while reading it.
  const std::vector<std::uint32_t>* names_starting_with_folded(std::string_view folded, std::uint64_t hash) const;
  static constexpr std::uint64_t kHashBasis = 0xcbf29ce484222325ULL;
  static std::uint64_t hash_step(std::uint64_t hash, char c) {
    return (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }

  // Entries called exactly `name` (canonical names only), in the order above.
  std::vector<std::uint32_t> find(std::string_view name) const;
  // Index of the name written `text` (or any spelling that folds the same).
  std::optional<std::uint32_t> find_name(std::string_view text) const;

  // Folds one word as names are folded; "&" folds to "and".
  static std::string fold_word(std::string_view word);
  // The same into `buffer`, without allocating; nullopt if it does not fit.
  static std::optional<std::string_view> fold_word(std::string_view word, std::span<char> buffer);
  // Splits a name into its words (at spaces, hyphens, full stops, commas).
  static std::vector<std::string_view> split_name(std::string_view name);

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  void add_name(std::string_view text, std::uint32_t entry);

  std::vector<GazetteerEntry> entries_;
  std::vector<GazetteerName> names_;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> name_index_;  // full key -> name
  std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>> by_first_word_;

  // The first-word index again as a flat open-addressing table, probed for
  // every capitalised word of every article: most words are no place's
  // first word and are turned away by an empty slot or a hash mismatch.
  struct Slot {
    std::uint64_t hash = 0;
    const std::string* word = nullptr;  // null: empty slot
    const std::vector<std::uint32_t>* names = nullptr;
  };
  std::vector<Slot> first_word_slots_;
  std::size_t max_words_ = 0;
  std::uint64_t slot_mask_ = 0;
};

}  // namespace crimestats
