// The gazetteer (data/gazetteer.tsv, built by scripts/build_gazetteer.py):
// every place of the UK, and places abroad, with its county, police force,
// region, country and coordinates, and an index of all its names by their
// first word, so a single pass over an article's words finds every name that
// starts there.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crimestats {

// Text fields are views into the gazetteer's copy of its file.
struct GazetteerEntry {
  std::string_view name;  // canonical: "Southend-on-Sea"
  // country, region, county, police_area, city, town, village, borough; or
  // force: a police force's name that names no place ("Gardai", "NYPD"),
  // which is never a place but tells which country an article is about.
  std::string_view type;
  std::string_view county, police_force, region, country;
  std::optional<double> lat, lon;
  long population = 0;  // 0 where unknown
  bool home = false;    // in the United Kingdom (country England, Scotland, Wales, Northern Ireland or the UK)
};

// One way of writing a place's name, as words. Words are folded (ASCII lower
// case, apostrophes dropped, "Saint" as "st", "&" as "and") so that "King's
// Lynn", "Kings Lynn" and "KING'S LYNN" share one key.
struct GazetteerName {
  std::string_view text;                    // as written in the gazetteer: "Southend"
  std::span<const std::string_view> words;  // folded: {"southend"}
  // Bit j of each mask tells of word j (a name has at most Gazetteer::kMaxWords).
  std::uint32_t capitalised_bits = 0;   // the word must start with a capital in text
  std::uint32_t abbreviation_bits = 0;  // the word is written in capitals (UK): match exactly
  std::uint32_t comma_bits = 0;         // a comma may follow the word ("Washington, D.C.")
  // Places of this name, in the order a name means them when the article
  // does not say: UK places first, most populous first, except that a place
  // abroad comes first if it is a settlement 100 times as populous as any UK
  // namesake (Melbourne, Australia before Melbourne, Derbyshire); then, of
  // places abroad, countries (Georgia) and the most populous.
  std::span<const std::uint32_t> entries;

  bool capitalised(std::size_t j) const { return (capitalised_bits >> j) & 1; }
  bool abbreviation(std::size_t j) const { return (abbreviation_bits >> j) & 1; }
  bool comma_after(std::size_t j) const { return (comma_bits >> j) & 1; }
};

class Gazetteer {
 public:
  static constexpr std::size_t kMaxFirstWord = 40;
  static constexpr std::size_t kMaxWords = 16;  // in a name (at most 32: GazetteerName's masks)

  // Reads the gazetteer file. Throws std::runtime_error naming the file if it
  // cannot be read or a row is malformed.
  explicit Gazetteer(const std::filesystem::path& file);
  // Entries and names view the gazetteer's own storage.
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  std::size_t size() const { return entries_.size(); }
  // The most words in any name ("Isle of Wight" has three).
  std::size_t max_words() const { return max_words_; }
  const GazetteerEntry& entry(std::uint32_t i) const { return entries_[i]; }
  const GazetteerName& name(std::uint32_t i) const { return names_[i]; }
  std::size_t name_count() const { return names_.size(); }

  using NameList = std::span<const std::uint32_t>;
  // Names whose first folded word is `first_word`, most words first (so the
  // first that matches is the longest). Null if none.
  const NameList* names_starting_with(std::string_view first_word) const;
  // The same for a word as written in text ("King's", "SAINT"), folded on
  // the fly without allocating: the matcher calls this for every capitalised
  // word. First words are at most kMaxFirstWord bytes (checked on loading).
  const NameList* names_starting_with_word(std::string_view word) const;
  // The same, given the hash of the word's fold (hash_step over its bytes
  // from kHashBasis: FNV-1a, as fnv1a64), so that a caller can fold and hash
  // a word while reading it. "&" and "Saint" may come with any hash.
  const NameList* names_starting_with_word(std::string_view word, std::uint64_t folded_hash) const;
  // Every first word of a name (folded), each once, and in the same order
  // the names that start with it, as names_starting_with gives them: for
  // callers that index names their own way.
  std::span<const std::string_view> first_words() const { return first_words_; }
  std::span<const NameList> first_word_lists() const { return first_word_lists_; }
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
  struct Loading;  // what is needed only while loading
  void add_name(Loading& loading, std::string_view text, std::uint32_t entry);
  void insert_key(std::uint32_t name);  // into key_slots_
  std::optional<std::uint32_t> find_key(std::string_view key, std::uint64_t hash) const;
  // The list of names whose first word hashes to `hash` and is `is_word`.
  template <class IsWord>
  const NameList* first_word_list(std::uint64_t hash, IsWord&& is_word) const;
  void index_first_words(Loading& loading);

  // Everything is built with a handful of allocations, and none is
  // zero-filled or touched beyond need: start-up time counts when the tool
  // runs once per article.
  std::unique_ptr<char[]> content_;  // a copy of the file, viewed by the entries
  std::unique_ptr<char[]> folded_;   // each name's folded words, spaced: its key (never moved)
  std::size_t folded_size_ = 0, folded_capacity_ = 0;
  std::vector<GazetteerEntry> entries_;
  std::vector<GazetteerName> names_;
  std::vector<std::string_view> keys_;          // names_[i]'s key, in folded_
  std::vector<std::uint64_t> key_hashes_;       // and its hash
  std::vector<std::string_view> words_;         // the names' words, in folded_
  std::vector<std::uint32_t> name_entries_;     // the names' entries, one name's after another
  std::vector<std::uint32_t> key_slots_;        // key -> name + 1 (0: empty), open addressing
  std::vector<std::uint32_t> first_word_names_; // names by first word, one word's after another

  // The first-word index, probed for every capitalised word of every
  // article: most words are no place's first word and are turned away by an
  // empty slot or a hash mismatch.
  struct Slot {
    std::uint32_t hash = 0;  // the low half of the word's
    std::uint32_t list = 0;  // 1 + index into first_words_ and first_word_lists_; 0: an empty slot
  };
  std::vector<Slot> first_word_slots_;  // small, to touch few pages on loading
  std::vector<std::string_view> first_words_;
  std::vector<NameList> first_word_lists_;
  std::size_t max_words_ = 0;
  std::uint64_t slot_mask_ = 0;
};

}  // namespace crimestats
