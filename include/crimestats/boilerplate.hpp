// Page furniture in scraped text: navigation, share and cookie prompts,
// picture credits, "MORE: ..." link headlines, related-article lists.
// Furniture is blanked out in place (its bytes become spaces, newlines and
// byte length kept) so that spans still index the document text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "crimestats/facts.hpp"

namespace crimestats {

// Why a stretch of text was judged furniture (see docs/inputs.md).
enum class FurnitureReason {
  known_line,      // the whole line is a lexicon phrase ("Most Read")
  link_prefix,     // "MORE: <headline>", "READ MORE: ..."
  caption,         // "Picture: ... Credit: ..."
  prompt,          // cookie, share, upload or sign-up prompt text
  list_item,       // a headline-like line in a list after a list heading
  near_furniture,  // a short unpunctuated line between furniture lines
  timestamp,       // "3 hours ago", "Updated 10:42"
  menu,            // a navigation bar or breadcrumbs: "News | Sport | Weather"
  masthead,        // the outlet's title opening the page: "Belfast Telegraph"
};

struct Furniture {
  Span span;  // bytes of the text to blank (never includes the newline)
  FurnitureReason reason;
};

class BoilerplateFilter {
 public:
  // Reads data_dir/lexicons/boilerplate_lines.tsv, boilerplate_prefixes.tsv,
  // boilerplate_phrases.tsv, boilerplate_html_classes.tsv and
  // boilerplate_mastheads.tsv. Throws std::runtime_error if one is
  // missing or malformed.
  explicit BoilerplateFilter(const std::filesystem::path& data_dir);
  ~BoilerplateFilter();
  BoilerplateFilter(BoilerplateFilter&&) noexcept;
  BoilerplateFilter& operator=(BoilerplateFilter&&) noexcept;

  // The furniture in `text`, in text order, one entry per line at most.
  std::vector<Furniture> find(std::string_view text) const;

  // Replaces every furniture span's bytes with spaces; returns how many
  // lines were touched.
  std::size_t blank_out(std::string& text) const;

  // True if an HTML class or id attribute value names furniture: one of
  // its space-separated names, or a "-"/"_"-separated token of one, is in
  // boilerplate_html_classes.tsv ("cookie-banner", "share_tools").
  bool is_furniture_class(std::string_view attribute) const;

 private:
  enum class PrefixKind { link, caption };
  struct LineInfo;

  std::vector<LineInfo> describe(std::string_view text) const;
  void classify_prefixed(LineInfo& info, std::string_view text) const;
  bool heads_outlet_list(std::string_view content) const;
  bool is_masthead(std::string_view content) const;

  std::unordered_map<std::string, bool> known_lines_;  // phrase -> opens a list
  std::vector<std::pair<std::string, PrefixKind>> prefixes_;  // lower-case, with the colon
  // The phrases of boilerplate_phrases.tsv, found anywhere in a line
  // ignoring case, as a case-insensitive RE2 alternation would ('k' and 's'
  // also match KELVIN SIGN and LONG S), at a fraction of its cost: each
  // phrase is filed under anchor byte pairs where its letters are rare, and
  // a line is read one table load per two bytes.
  class PromptPhrases {
   public:
    PromptPhrases();
    // `phrase` is ASCII and at least three bytes long.
    void add(std::string_view phrase);
    bool found_in(std::string_view line) const;

   private:
    struct Anchored {
      std::size_t anchor;  // offset of the anchor pair in the phrase
      std::string phrase;  // lower case
    };
    // What the pair at line[i], marked `mark` (not 0), shows: a phrase, a
    // pair holding a byte of KELVIN SIGN or LONG S in a line that holds
    // one, or neither.
    enum class Match { none, phrase, rare_character };
    Match match_at(std::string_view line, std::size_t i, std::uint8_t mark) const;
    // found_in for a line holding KELVIN SIGN or LONG S.
    bool found_in_folded(std::string_view line) const;
    bool neighbours_fit(std::string_view line, std::size_t i, std::uint8_t mark) const;

    // The phrases filed under one pair, and the bytes next to it in them:
    // bit (c & 31) of `before` (`after`) is set if c may stand just before
    // (after) the pair, every bit if a phrase has nothing there.
    struct Group {
      std::uint32_t before = 0, after = 0;
      std::vector<Anchored> phrases;
    };
    std::vector<Group> groups_;
    // Marks by byte pair, in either case (see the .cpp): a byte table, as a
    // bitmap costs more shifts per load.
    std::vector<std::uint8_t> pairs_;
  };

  PromptPhrases prompt_;
  std::unordered_set<std::string> class_tokens_;
  std::unordered_set<std::string> masthead_titles_;  // boilerplate_mastheads.tsv, lower case
};

}  // namespace crimestats
