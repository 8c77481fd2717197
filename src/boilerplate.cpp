#include "crimestats/boilerplate.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>

#include <re2/re2.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "crimestats/lexicon.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

// A related-article list is rarely longer than this; a longer run of
// headline-like lines is more likely the article's own short paragraphs.
constexpr int kMaxListItems = 12;
// Lines longer than this are article text whatever phrase they hold.
constexpr int kMaxHeadlineWords = 20;
constexpr int kMaxPromptWords = 40;
constexpr int kMaxCaptionWords = 60;
// No lexicon line is longer; longer lines are not looked up.
constexpr int kMaxKnownLineWords = 8;
// A line this long most likely has more words than a prompt line may have.
constexpr std::size_t kLikelyOverPromptWordsBytes = 256;
// "Read more from <outlet>": the outlet's name is this short.
constexpr int kMaxOutletWords = 5;
// "Plymouth Herald Live", "The Sydney Morning Herald".
constexpr std::size_t kMaxMastheadWords = 5;
// Navigation labels: "Crime", "Court news", "Contact the team".
constexpr int kMaxLabelWords = 3;
constexpr std::size_t kMaxLabelBytes = 30;

// Bullets and arrows that decorate furniture lines; stripped from the edges
// of a line before it is compared with the lexicon.
constexpr std::array<std::string_view, 11> kEdgeSymbols{
    "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */,         "\xC2\xBB" /* » */,         "\xE2\x80\xBA" /* › */,
    "\xE2\x96\xB6" /* ▶ */, "\xE2\x96\xBA" /* ► */,     "\xE2\x80\xA3" /* ‣ */,     "\xE2\x80\xA6" /* … */,
    "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */,     "\xC2\xAB" /* « */};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Removes bullets, arrows, ASCII punctuation and spaces from both ends.
std::string_view strip_edges(std::string_view s) {
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    const auto front = static_cast<unsigned char>(s.front());
    if (front < 0x80 && !is_ascii_alpha(front) && !is_ascii_digit(front)) {
      s.remove_prefix(1);
      changed = true;
      continue;
    }
    if (front < 0x80) break;  // a letter or digit: every symbol is non-ASCII
    for (const auto symbol : kEdgeSymbols) {
      if (s.starts_with(symbol)) {
        s.remove_prefix(symbol.size());
        changed = true;
        break;
      }
    }
  }
  changed = true;
  while (changed && !s.empty()) {
    changed = false;
    const auto back = static_cast<unsigned char>(s.back());
    if (back < 0x80 && !is_ascii_alpha(back) && !is_ascii_digit(back) && back != '\'') {
      s.remove_suffix(1);
      changed = true;
      continue;
    }
    if (back < 0x80) break;
    for (const auto symbol : kEdgeSymbols) {
      if (s.ends_with(symbol)) {
        s.remove_suffix(symbol.size());
        changed = true;
        break;
      }
    }
  }
  return s;
}

// Lower case, single spaces, edges stripped, a trailing "(12)" count
// dropped, typographic apostrophes made plain: the form lexicon lines use.
std::string normalise_line(std::string_view line) {
  std::string out(line.size(), '\0');  // written in place: never longer than the line
  std::size_t size = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\xE2' && line.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
      out[size++] = '\'';
      i += 2;
    } else if (is_space(line[i])) {
      if (size > 0 && out[size - 1] != ' ') out[size++] = ' ';
    } else {
      out[size++] = to_lower_ascii(line[i]);
    }
  }
  std::string_view s = strip_edges(std::string_view(out).substr(0, size));
  // strip_edges took the ")" of a count: "comments (14" -> "comments".
  std::size_t digits = s.size();
  while (digits > 0 && is_ascii_digit(static_cast<unsigned char>(s[digits - 1]))) --digits;
  if (digits < s.size() && digits > 0 && s[digits - 1] == '(') s = strip_edges(s.substr(0, digits - 1));
  const std::size_t begin = static_cast<std::size_t>(s.data() - out.data()), length = s.size();
  out.resize(begin + length);
  out.erase(0, begin);
  return out;
}

// Words in `s`, counting no further than `limit`: the rules only ask
// whether a line is under some length, and paragraphs are long. Where SSE2
// is there (every x86-64), word starts are counted in the byte lanes of a
// register, 16 bytes a step, and summed at most every 64 bytes, when the
// limit is checked (counting past it changes nothing); the last bytes are
// read in one block that overlaps the one before.
int count_words(std::string_view s, int limit = kMaxCaptionWords + 1) {
  int words = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  if (s.size() >= 16) {
    const auto load = [&](std::size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at)); };
    // ' ', '\t', '\v', '\f', '\r': 9 to 13 but '\n', or 32.
    const auto space_bytes = [](__m128i block) {
      const __m128i from_tab = _mm_sub_epi8(block, _mm_set1_epi8('\t'));
      const __m128i tab_to_return = _mm_cmpeq_epi8(_mm_min_epu8(from_tab, _mm_set1_epi8(4)), from_tab);
      return _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\n')), tab_to_return),
                          _mm_cmpeq_epi8(block, _mm_set1_epi8(' ')));
    };
    // A word starts at a non-space byte whose previous byte is a space.
    const auto word_starts = [](__m128i spaces, __m128i previous) {
      return _mm_andnot_si128(spaces, _mm_or_si128(_mm_slli_si128(spaces, 1), _mm_srli_si128(previous, 15)));
    };
    // Lanes hold minus the word starts they saw; a sum of absolute values.
    const auto sum = [](__m128i starts) {
      const __m128i sums = _mm_sad_epu8(_mm_sub_epi8(_mm_setzero_si128(), starts), _mm_setzero_si128());
      return _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    };
    __m128i previous = _mm_set1_epi8(-1);  // the byte before the text counts as a space
    while (i + 16 <= s.size() && words < limit) {
      const std::size_t stop = i + std::min<std::size_t>(64, (s.size() - i) & ~std::size_t{15});
      // Text seldom holds a tab, form feed or carriage return: ' ' is taken
      // as the only space, and the bytes read again if one below 14 shows up.
      __m128i starts = _mm_setzero_si128(), lowest = _mm_set1_epi8(-1), spaces = previous;
      for (std::size_t k = i; k < stop; k += 16) {
        const __m128i block = load(k);
        lowest = _mm_min_epu8(lowest, block);
        const __m128i next = _mm_cmpeq_epi8(block, _mm_set1_epi8(' '));
        starts = _mm_add_epi8(starts, word_starts(next, spaces));
        spaces = next;
      }
      if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(lowest, _mm_set1_epi8(13)), lowest)) != 0) {
        starts = _mm_setzero_si128();
        spaces = previous;
        for (std::size_t k = i; k < stop; k += 16) {
          const __m128i next = space_bytes(load(k));
          starts = _mm_add_epi8(starts, word_starts(next, spaces));
          spaces = next;
        }
      }
      previous = spaces;
      words += sum(starts);
      i = stop;
    }
    if (i < s.size() && words < limit) {
      // The last 16 bytes, of which the first 16 - (s.size() - i) are counted already.
      alignas(16) static constexpr std::array<std::uint8_t, 32> kLastLanes = [] {
        std::array<std::uint8_t, 32> lanes{};
        for (std::size_t k = 16; k < 32; ++k) lanes[k] = 0xFF;
        return lanes;
      }();
      const __m128i spaces = space_bytes(load(s.size() - 16));
      const __m128i fresh = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLastLanes.data() + (s.size() - i)));
      words += sum(_mm_and_si128(fresh, _mm_andnot_si128(spaces, _mm_slli_si128(spaces, 1))));
    }
    return std::min(words, limit);
  }
#endif
  bool after_space = true;
  for (; i < s.size() && words < limit; ++i) {
    if (is_space(s[i])) {
      after_space = true;
    } else if (after_space) {
      after_space = false;
      ++words;
    }
  }
  return std::min(words, limit);
}

// Ends like a sentence: ".", "!" (an ellipsis does not count), possibly
// inside closing quotes or brackets.
bool ends_like_sentence(std::string_view s) {
  for (;;) {
    if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) {  // ” ’
      s.remove_suffix(3);
    } else if (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']')) {
      s.remove_suffix(1);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  if (s.back() == '!') return true;
  return s.back() == '.' && !s.ends_with("..");
}

bool has_digit(std::string_view s) {
  for (const char c : s) {
    if (is_ascii_digit(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// Where `lower` (lower case, not empty) last occurs in `s` ignoring ASCII
// case. A prefix ends in a colon: only the colons of `s` are tried.
std::size_t rfind_ignoring_case(std::string_view s, std::string_view lower) {
  const char last = lower.back();
  const bool letter = is_ascii_alpha(static_cast<unsigned char>(last));
  for (std::size_t end = s.size(); end >= lower.size(); --end) {
    if (!letter) {
      const std::size_t at = s.rfind(last, end - 1);
      if (at == std::string_view::npos || at + 1 < lower.size()) break;
      end = at + 1;
    }
    if (iequals(s.substr(end - lower.size(), lower.size()), lower)) return end - lower.size();
  }
  return std::string_view::npos;
}

// Where article text glued onto a link headline starts: "...in LutonA man
// was..." -> the offset of "A". A lower-case letter or digit directly
// followed by a capital that starts a word ("Luton|A ", "2023|The"), not
// inside a name such as "McDonald", "MacLeod", "iPhone" or "YouTube", with
// at least two words of headline before it and a sentence after it.
std::optional<std::size_t> glued_text_start(std::string_view rest) {
  std::size_t word_start = 0;
  for (std::size_t i = 1; i + 1 < rest.size(); ++i) {
    const auto prev = static_cast<unsigned char>(rest[i - 1]);
    const auto cur = static_cast<unsigned char>(rest[i]);
    if (is_space(rest[i - 1])) word_start = i;
    if (!(is_ascii_upper(cur) && (is_ascii_digit(prev) || (prev >= 'a' && prev <= 'z')))) continue;
    const std::string_view word = rest.substr(word_start, i - word_start);
    if (word.size() <= 3 || word == "Mac") continue;  // iPhone, YouTube, McDonald, MacLeod
    const auto next = static_cast<unsigned char>(rest[i + 1]);
    if (!(next == ' ' || (next >= 'a' && next <= 'z'))) continue;  // an acronym: "WiFi", "PhD"
    const std::string_view headline = rest.substr(0, i);
    const std::string_view article = trim(rest.substr(i));
    if (count_words(headline) >= 2 && count_words(article) >= 4 && ends_like_sentence(article)) return i;
  }
  return std::nullopt;
}

// "1. ", "12) ": the number of an item in a numbered list.
bool starts_with_list_number(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && is_ascii_digit(static_cast<unsigned char>(line[digits]))) ++digits;
  return digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
         line[digits + 1] == ' ';
}

// Separators of navigation bars and breadcrumb trails; a slash only with
// spaces around it ("Times of India / City / Pune News"), as "and/or" and
// "24/7" are words.
constexpr std::array<std::string_view, 7> kMenuSeparators{
    "|", ">", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */, "\xE2\x80\xBA" /* › */, "\xC2\xBB" /* » */, " / "};

// A navigation bar or breadcrumb trail: at least three labels (short, no
// digits, not a sentence) between separators: "News | Sport | Weather",
// "Home › News › Crime". A dateline ("By Jane Doe | 12 March 2024") or a
// headline with its site name ("Man jailed after crash | Leeds Live") has
// a part that is no label.
bool is_menu(std::string_view line) {
  int labels = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size();) {
    std::size_t separator = 0;
    for (const std::string_view s : kMenuSeparators) {
      if (line.substr(i).starts_with(s)) separator = s.size();
    }
    if (separator == 0 && i < line.size()) {
      ++i;
      continue;
    }
    const std::string_view label = trim(line.substr(start, i - start));
    if (!label.empty()) {
      if (label.size() > kMaxLabelBytes || count_words(label) > kMaxLabelWords || has_digit(label) ||
          ends_like_sentence(label)) {
        return false;
      }
      ++labels;
    }
    if (i == line.size()) break;
    i += separator;
    start = i;
  }
  return labels >= 3;
}

}  // namespace

struct BoilerplateFilter::LineInfo {
  Span line;           // the line without its newline
  std::string_view content;  // trimmed
  // Counted up to kMaxPromptWords + 1; in a paragraph of nine words or
  // more, only as far as the rules ask (see describe).
  int words = 0;
  bool sentence = false;  // ends like a sentence, or too long to be a label
  bool digits = false;    // holds a digit; only set for lines short enough to be labels
  bool prompt = false;    // holds a prompt phrase
  bool list_heading = false;
  std::optional<Furniture> furniture;

  bool blank() const { return content.empty(); }
  bool headline_like() const { return !blank() && !sentence && words <= kMaxHeadlineWords; }
  bool label_like() const {
    return !blank() && !sentence && !digits && words <= kMaxLabelWords && content.size() <= kMaxLabelBytes;
  }
};

BoilerplateFilter::BoilerplateFilter(const std::filesystem::path& data_dir) {
  const auto lexicons = data_dir / "lexicons";
  for (const auto& row : read_lexicon(lexicons / "boilerplate_lines.tsv", 2)) {
    const std::string& kind = row.fields[1];
    if (kind != "line" && kind != "list") {
      throw std::runtime_error("boilerplate_lines.tsv line " + std::to_string(row.line) + ": unknown kind " + kind);
    }
    const std::string phrase = normalise_line(row.fields[0]);
    if (count_words(phrase) > kMaxKnownLineWords) {
      throw std::runtime_error("boilerplate_lines.tsv line " + std::to_string(row.line) + ": longer than " +
                               std::to_string(kMaxKnownLineWords) + " words");
    }
    known_lines_[phrase] = kind == "list";
  }
  for (const auto& row : read_lexicon(lexicons / "boilerplate_prefixes.tsv", 2)) {
    const std::string& kind = row.fields[1];
    if (kind != "link" && kind != "caption") {
      throw std::runtime_error("boilerplate_prefixes.tsv line " + std::to_string(row.line) + ": unknown kind " +
                               kind);
    }
    prefixes_.emplace_back(lower_ascii(row.fields[0]), kind == "link" ? PrefixKind::link : PrefixKind::caption);
  }
  // Longest first, so "read more:" wins over "read:".
  std::sort(prefixes_.begin(), prefixes_.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& row : read_lexicon(lexicons / "boilerplate_phrases.tsv", 1)) {
    const std::string& phrase = row.fields[0];
    if (phrase.size() < 3 || std::any_of(phrase.begin(), phrase.end(), [](char c) { return c & 0x80; })) {
      throw std::runtime_error("boilerplate_phrases.tsv line " + std::to_string(row.line) +
                               ": a phrase is ASCII and at least three characters long");
    }
    prompt_.add(phrase);
  }
  for (const auto& row : read_lexicon(lexicons / "boilerplate_html_classes.tsv", 1)) {
    class_tokens_.insert(lower_ascii(row.fields[0]));
  }
  for (const auto& row : read_lexicon(lexicons / "boilerplate_mastheads.tsv", 1)) {
    masthead_titles_.insert(lower_ascii(row.fields[0]));
  }
}

namespace {

// The two non-ASCII characters a case-insensitive 'k' or 's' also matches.
constexpr std::string_view kKelvinSign = "\xE2\x84\xAA", kLongS = "\xC5\xBF";

// The pair table holds, per byte pair (byte_pair_at), 0 (nothing), the
// number of an anchor group plus one, or kRareCharacterPair for a pair
// holding a byte of KELVIN SIGN or LONG S (0x84, 0xC5, or those with bit
// 0x20 set) at either end.
constexpr std::uint8_t kRareCharacterPair = 255;
constexpr unsigned char kRareCharacterBytes[] = {0x84, 0xA4, 0xC5, 0xE5};

// The bytes that read as ASCII character `c` ignoring case.
std::string case_variants(char c) {
  return is_ascii_alpha(static_cast<unsigned char>(c)) ? std::string{to_lower_ascii(c), static_cast<char>(c & ~0x20)}
                                                       : std::string(1, c);
}

// ASCII letters, most common in English text first: a phrase is anchored
// where its letters are rarest by this order.
constexpr std::string_view kLettersByFrequency = "etaoinshrdlcumwfgypbvkjxqz";

constexpr std::array<signed char, 256> kRarity = [] {
  std::array<signed char, 256> rarity{};
  rarity.fill(-1);  // not a lower-case letter
  for (std::size_t rank = 0; rank < kLettersByFrequency.size(); ++rank) {
    rarity[static_cast<unsigned char>(kLettersByFrequency[rank])] = static_cast<signed char>(rank);
  }
  return rarity;
}();

int rarity(char c) { return kRarity[static_cast<unsigned char>(c)]; }

}  // namespace

BoilerplateFilter::PromptPhrases::PromptPhrases() : pairs_(1 << 16) {
  for (const unsigned char rare : kRareCharacterBytes) {
    for (unsigned other = 0; other < 256; ++other) {
      pairs_[byte_pair(static_cast<char>(rare), static_cast<char>(other))] = kRareCharacterPair;
      pairs_[byte_pair(static_cast<char>(other), static_cast<char>(rare))] = kRareCharacterPair;
    }
  }
}

void BoilerplateFilter::PromptPhrases::add(std::string_view phrase) {
  // The line is read a pair at even offsets only, so each phrase is filed
  // under both pairs of a three-byte stretch: one of them sits at an even
  // offset wherever the phrase starts. The stretch whose commoner pair has
  // the rarest letters.
  const std::string lower = lower_ascii(phrase);
  auto pair_rarity = [&](std::size_t i) {
    const int a = rarity(lower[i]), b = rarity(lower[i + 1]);
    return a < 0 || b < 0 ? -1 : a + b;
  };
  std::size_t stretch = 0;
  for (std::size_t i = 1; i + 2 < lower.size(); ++i) {
    if (std::min(pair_rarity(i), pair_rarity(i + 1)) > std::min(pair_rarity(stretch), pair_rarity(stretch + 1))) {
      stretch = i;
    }
  }
  for (std::size_t anchor = stretch; anchor < stretch + 2; ++anchor) {
    const std::size_t pair = byte_pair(lower[anchor], lower[anchor + 1]);
    if (pairs_[pair] == 0) {
      if (groups_.size() + 1 >= kRareCharacterPair) throw std::runtime_error("boilerplate_phrases.tsv: too many phrases");
      groups_.emplace_back();
      // The pair in any case reads the same group.
      for (const char first : case_variants(lower[anchor])) {
        for (const char second : case_variants(lower[anchor + 1])) {
          pairs_[byte_pair(first, second)] = static_cast<std::uint8_t>(groups_.size());
        }
      }
    }
    Group& group = groups_[pairs_[pair] - 1];
    group.phrases.push_back({anchor, lower});
    group.before |= anchor > 0 ? std::uint32_t{1} << (lower[anchor - 1] & 31) : ~std::uint32_t{0};
    group.after |= anchor + 2 < lower.size() ? std::uint32_t{1} << (lower[anchor + 2] & 31) : ~std::uint32_t{0};
  }
}

// The bytes on either side of the pair at line[i] fit one of its group's
// phrases, by their low five bits (always true for a rare character mark).
inline bool BoilerplateFilter::PromptPhrases::neighbours_fit(std::string_view line, std::size_t i,
                                                             std::uint8_t mark) const {
  if (mark == kRareCharacterPair) return true;
  const Group& group = groups_[mark - 1];
  return (i == 0 || group.before >> (line[i - 1] & 31) & 1) &&
         (i + 2 >= line.size() || group.after >> (line[i + 2] & 31) & 1);
}

bool BoilerplateFilter::PromptPhrases::found_in(std::string_view line) const {
  const std::uint8_t* marks = pairs_.data();
  // Most stretches of a line hold no marked pair: four pairs a step, one
  // branch for all four.
  std::size_t i = 0;
  for (; i + 8 <= line.size(); i += 8) {
    const char* bytes = line.data() + i;
    if ((marks[byte_pair_at(bytes)] | marks[byte_pair_at(bytes + 2)] | marks[byte_pair_at(bytes + 4)] |
         marks[byte_pair_at(bytes + 6)]) == 0) {
      continue;
    }
    for (std::size_t at = i; at < i + 8; at += 2) {
      const std::uint8_t mark = marks[byte_pair_at(line.data() + at)];
      if (mark == 0 || !neighbours_fit(line, at, mark)) continue;
      if (const Match match = match_at(line, at, mark); match != Match::none) {
        return match == Match::phrase || found_in_folded(line);
      }
    }
  }
  for (; i + 1 < line.size(); i += 2) {
    const std::uint8_t mark = marks[byte_pair_at(line.data() + i)];
    if (mark == 0 || !neighbours_fit(line, i, mark)) continue;
    if (const Match match = match_at(line, i, mark); match != Match::none) {
      return match == Match::phrase || found_in_folded(line);
    }
  }
  return false;
}

BoilerplateFilter::PromptPhrases::Match BoilerplateFilter::PromptPhrases::match_at(std::string_view line, std::size_t i,
                                                                                  std::uint8_t mark) const {
  if (mark == kRareCharacterPair) {
    const bool rare = line.find(kKelvinSign) != std::string_view::npos || line.find(kLongS) != std::string_view::npos;
    return rare ? Match::rare_character : Match::none;
  }
  for (const auto& [anchor, phrase] : groups_[mark - 1].phrases) {
    if (i < anchor || i - anchor + phrase.size() > line.size()) continue;
    const char* start = line.data() + (i - anchor);
    std::size_t k = 0;
    while (k < phrase.size() && to_lower_ascii(start[k]) == phrase[k]) ++k;
    if (k == phrase.size()) return Match::phrase;
  }
  return Match::none;
}

bool BoilerplateFilter::PromptPhrases::found_in_folded(std::string_view line) const {
  // Rare: search a copy in which they are plain 'k' and 's'.
  std::string folded;
  folded.reserve(line.size());
  for (std::size_t i = 0; i < line.size();) {
    if (line.substr(i).starts_with(kKelvinSign)) {
      folded += 'k';
      i += kKelvinSign.size();
    } else if (line.substr(i).starts_with(kLongS)) {
      folded += 's';
      i += kLongS.size();
    } else {
      folded += line[i++];
    }
  }
  return found_in(folded);
}

BoilerplateFilter::~BoilerplateFilter() = default;
BoilerplateFilter::BoilerplateFilter(BoilerplateFilter&&) noexcept = default;
BoilerplateFilter& BoilerplateFilter::operator=(BoilerplateFilter&&) noexcept = default;

bool BoilerplateFilter::is_furniture_class(std::string_view attribute) const {
  std::string names = lower_ascii(attribute);
  std::replace(names.begin(), names.end(), '_', '-');
  std::size_t pos = 0;
  while (pos < names.size()) {
    std::size_t end = names.find_first_of(" \t\n", pos);
    if (end == std::string::npos) end = names.size();
    const std::string_view name = std::string_view(names).substr(pos, end - pos);
    if (!name.empty() && class_tokens_.contains(std::string(name))) return true;
    std::size_t token_pos = 0;
    while (token_pos < name.size()) {
      std::size_t token_end = name.find('-', token_pos);
      if (token_end == std::string_view::npos) token_end = name.size();
      if (token_end > token_pos && class_tokens_.contains(std::string(name.substr(token_pos, token_end - token_pos)))) {
        return true;
      }
      token_pos = token_end + 1;
    }
    pos = end + 1;
  }
  return false;
}

std::vector<BoilerplateFilter::LineInfo> BoilerplateFilter::describe(std::string_view text) const {
  // "3 hours ago", "a day ago": comment and feed timestamps.
  static const RE2 kTimestamp(
      R"(^(?:\d+|an?|one) (?:sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks|month|months|year|years) ago$)");
  std::vector<LineInfo> lines;
  lines.reserve(text.size() / 64 + 8);  // paragraphs and the blank lines between them
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    LineInfo info;
    info.line = {pos, nl};
    info.content = trim(text.substr(pos, nl - pos));
    if (!info.blank()) {
      const bool ends_like = ends_like_sentence(info.content);
      const bool colon = info.content.find(':') != std::string_view::npos;
      info.digits = info.content.size() <= kMaxLabelBytes && has_digit(info.content);  // only labels ask
      // Most article paragraphs read as a sentence and have no colon: no
      // timestamp (it ends in "ago"), no prefix or credit (they need a
      // colon), and a sentence whatever their length, which then only
      // matters for a known line (short) and a prompt (at most
      // kMaxPromptWords). With nine words or more, one that is short
      // enough to be likely under that limit is searched for a phrase
      // first: most hold none, and then the longer count is not needed.
      const bool paragraph = ends_like && !colon && info.content.size() <= kLikelyOverPromptWordsBytes;
      if (paragraph) info.words = count_words(info.content, kMaxKnownLineWords + 1);
      if (paragraph && info.words > kMaxKnownLineWords) {
        info.sentence = true;
        if (prompt_.found_in(info.content)) {
          info.words = count_words(info.content, kMaxPromptWords + 1);
          info.prompt = info.words <= kMaxPromptWords;
        }
      } else {
        info.words = count_words(info.content, kMaxPromptWords + 1);  // no line rule asks beyond
        info.sentence = ends_like || info.words > kMaxHeadlineWords;
        // Cheap tests first: lexicon lines are short, prefixes and credits
        // need a colon, timestamps end in "ago".
        const auto known = info.words <= kMaxKnownLineWords ? known_lines_.find(normalise_line(info.content))
                                                            : known_lines_.end();
        if (known != known_lines_.end()) {
          info.furniture = Furniture{info.line, FurnitureReason::known_line};
          info.list_heading = known->second;
        } else if (info.words <= 4 && info.content.ends_with("ago") &&
                   RE2::FullMatch(normalise_line(info.content), kTimestamp)) {
          info.furniture = Furniture{info.line, FurnitureReason::timestamp};
        } else if (!info.sentence && info.content.find_first_of("|>/\xC2\xE2") != std::string_view::npos &&
                   is_menu(info.content)) {
          info.furniture = Furniture{info.line, FurnitureReason::menu};
        } else if (!info.sentence && info.words <= kMaxKnownLineWords && heads_outlet_list(info.content)) {
          info.furniture = Furniture{info.line, FurnitureReason::known_line};
          info.list_heading = true;
        } else if (colon || info.content.find('|') != std::string_view::npos) {
          classify_prefixed(info, text);
        }
        if (!info.furniture && info.words <= kMaxPromptWords) info.prompt = prompt_.found_in(info.content);
      }
    }
    lines.push_back(std::move(info));
    pos = nl + 1;
  }
  return lines;
}

bool BoilerplateFilter::heads_outlet_list(std::string_view content) const {
  // "Read more from Sky News:", "More from The Courier": a list heading of
  // boilerplate_lines.tsv ("read more", "more from") naming its outlet.
  const std::string line = normalise_line(content);
  const std::size_t from = line.find(" from ");
  if (from == std::string::npos) return false;
  const auto heading = known_lines_.find(line.substr(0, from));
  const auto heading_from = known_lines_.find(line.substr(0, from + 5));
  if (!((heading != known_lines_.end() && heading->second) || (heading_from != known_lines_.end() && heading_from->second))) {
    return false;
  }
  // The outlet: capitalised words, with "of", "the", "and", "&" between.
  const std::size_t at = lower_ascii(content).find(" from ");
  if (at == std::string::npos) return false;
  const std::string_view outlet = strip_edges(content.substr(at + 6));
  const int words = count_words(outlet);
  if (words < 1 || words > kMaxOutletWords) return false;
  for (std::size_t i = 0; i < outlet.size();) {
    const std::size_t end = std::min(outlet.find(' ', i), outlet.size());
    const std::string_view word = outlet.substr(i, end - i);
    if (!word.empty() && !is_ascii_upper(static_cast<unsigned char>(word[0])) && !is_ascii_digit(static_cast<unsigned char>(word[0])) &&
        !iequals(word, "of") && !iequals(word, "the") && !iequals(word, "and") && word != "&") {
      return false;
    }
    i = end + 1;
  }
  return true;
}

bool BoilerplateFilter::is_masthead(std::string_view content) const {
  // "Belfast Telegraph", "NZ Herald", "The Irish Times", "Times of India":
  // a few capitalised words with a newspaper title word last, or first
  // before "of". Headlines ("Man Shot Outside Post Office") rarely end so.
  std::array<std::string_view, kMaxMastheadWords + 1> words{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < content.size();) {
    const std::size_t end = std::min(content.find(' ', i), content.size());
    if (end > i) {
      if (n == words.size()) return false;
      words[n++] = content.substr(i, end - i);
    }
    i = end + 1;
  }
  if (n < 2 || n > kMaxMastheadWords) return false;
  for (std::size_t k = 0; k < n; ++k) {
    const auto first = static_cast<unsigned char>(words[k][0]);
    const bool connector = iequals(words[k], "of") || iequals(words[k], "the") || iequals(words[k], "and");
    if (!is_ascii_upper(first) && !connector) return false;
    for (const char c : words[k]) {
      if (!is_ascii_alpha(static_cast<unsigned char>(c))) return false;
    }
  }
  const auto title = [&](std::string_view w) { return masthead_titles_.contains(lower_ascii(w)); };
  return title(words[n - 1]) || (title(words[0]) && iequals(words[1], "of"));
}

void BoilerplateFilter::classify_prefixed(LineInfo& info, std::string_view text) const {
  // Skip a leading bullet, then look for a known opening.
  std::string_view content = info.content;
  const std::string_view stripped = strip_edges(content);
  if (!stripped.empty() && stripped.data() > content.data()) {
    content.remove_prefix(static_cast<std::size_t>(stripped.data() - content.data()));
  }
  for (const auto& [prefix, kind] : prefixes_) {
    // "READ | <headline>", "WATCH | ...": a link prefix before a bar
    // instead of its colon.
    std::size_t prefix_end = 0;
    if (istarts_with(content, prefix)) {
      prefix_end = prefix.size();
    } else if (kind == PrefixKind::link && prefix.ends_with(':') &&
               istarts_with(content, std::string_view(prefix).substr(0, prefix.size() - 1))) {
      const std::size_t bar = content.find_first_not_of(" \t", prefix.size() - 1);
      if (bar == std::string_view::npos || content[bar] != '|') continue;
      prefix_end = bar + 1;
    } else {
      continue;
    }
    const std::string_view rest = trim(content.substr(prefix_end));
    if (rest.empty()) return;  // a bare "Picture:" label is left alone
    const std::size_t rest_begin = static_cast<std::size_t>(rest.data() - text.data());
    if (const auto glued = glued_text_start(rest)) {
      info.furniture = Furniture{{info.line.begin, rest_begin + *glued},
                                 kind == PrefixKind::link ? FurnitureReason::link_prefix : FurnitureReason::caption};
      return;
    }
    const int words = count_words(rest);
    if (kind == PrefixKind::caption ? words <= kMaxCaptionWords : (!ends_like_sentence(rest) && words <= kMaxHeadlineWords)) {
      info.furniture = Furniture{info.line, kind == PrefixKind::link ? FurnitureReason::link_prefix
                                                                     : FurnitureReason::caption};
    }
    return;
  }
  // A caption that ends with its credit: "Officers in Dover. Credit: Kent
  // Police", "Officers at the scene.Picture: JANE SMITH" (the credit names
  // a source in a few words, not a sentence).
  if (info.words > kMaxPromptWords && count_words(info.content) > kMaxCaptionWords) return;
  for (const auto& [prefix, kind] : prefixes_) {
    if (kind != PrefixKind::caption) continue;
    const std::size_t at = rfind_ignoring_case(info.content, prefix);
    if (at == std::string::npos || at == 0 || is_word_byte(static_cast<unsigned char>(info.content[at - 1]))) continue;
    const std::string_view source = trim(info.content.substr(at + prefix.size()));
    if (!source.empty() && count_words(source) <= 6 && !ends_like_sentence(source)) {
      info.furniture = Furniture{info.line, FurnitureReason::caption};
      return;
    }
  }
}

std::vector<Furniture> BoilerplateFilter::find(std::string_view text) const {
  std::vector<LineInfo> lines = describe(text);
  const std::size_t n = lines.size();

  // The page opens with the outlet's title: no fact comes from it.
  for (std::size_t i = 0; i < n; ++i) {
    if (lines[i].blank()) continue;
    if (!lines[i].furniture && !lines[i].sentence && lines[i].words <= static_cast<int>(kMaxMastheadWords) &&
        is_masthead(lines[i].content)) {
      lines[i].furniture = Furniture{lines[i].line, FurnitureReason::masthead};
    }
    break;
  }

  // Headline-like lines under a list heading ("Most Read") are links.
  for (std::size_t i = 0; i < n; ++i) {
    if (!lines[i].list_heading) continue;
    int items = 0;
    bool numbered = false;
    for (std::size_t j = i + 1; j < n && items < kMaxListItems; ++j) {
      LineInfo& item = lines[j];
      if (item.blank()) continue;
      if (item.list_heading) break;
      // A numbered list ends at its first unnumbered line: the article's
      // own headline may come straight after it.
      const bool marked = starts_with_list_number(item.content);
      if (items == 0) numbered = marked;
      else if (numbered && !marked) break;
      if (!item.furniture) {
        if (!item.headline_like()) break;
        item.furniture = Furniture{item.line, FurnitureReason::list_item};
      }
      ++items;
    }
  }

  auto neighbour = [&](std::size_t i, int step) -> const LineInfo* {
    for (std::size_t j = i + static_cast<std::size_t>(step); j < n; j += static_cast<std::size_t>(step)) {
      if (!lines[j].blank()) return &lines[j];
    }
    return nullptr;
  };
  auto is_furniture = [](const LineInfo* line) { return line && line->furniture.has_value(); };

  // Prompt text: furniture when it is not a sentence, or when it sits next
  // to furniture or other prompt text (a cookie banner, an upload form).
  for (std::size_t i = 0; i < n; ++i) {
    LineInfo& line = lines[i];
    if (!line.prompt || line.furniture) continue;
    const LineInfo* before = neighbour(i, -1);
    const LineInfo* after = neighbour(i, 1);
    if (!line.sentence || is_furniture(before) || is_furniture(after) || (before && before->prompt) ||
        (after && after->prompt)) {
      line.furniture = Furniture{line.line, FurnitureReason::prompt};
    }
  }

  // Short unpunctuated labels among furniture are furniture too: a label
  // between two furniture lines, or a run of at least three labels and
  // furniture lines of which at least half are furniture (a menu).
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < n; ++i) {
      LineInfo& line = lines[i];
      if (line.furniture || !line.label_like()) continue;
      if (is_furniture(neighbour(i, -1)) && is_furniture(neighbour(i, 1))) {
        line.furniture = Furniture{line.line, FurnitureReason::near_furniture};
        changed = true;
      }
    }
    std::size_t i = 0;
    while (i < n) {
      if (lines[i].blank() || !(lines[i].furniture || lines[i].label_like())) {
        ++i;
        continue;
      }
      std::size_t end = i;
      int members = 0, furniture = 0;
      for (std::size_t j = i; j < n; ++j) {
        if (lines[j].blank()) continue;
        if (!(lines[j].furniture || lines[j].label_like())) break;
        ++members;
        furniture += lines[j].furniture ? 1 : 0;
        end = j + 1;
      }
      if (members >= 3 && 2 * furniture >= members && furniture < members) {
        for (std::size_t j = i; j < end; ++j) {
          if (!lines[j].blank() && !lines[j].furniture) {
            lines[j].furniture = Furniture{lines[j].line, FurnitureReason::near_furniture};
            changed = true;
          }
        }
      }
      i = end;
    }
  }

  std::vector<Furniture> out;
  for (const auto& line : lines) {
    if (line.furniture) out.push_back(*line.furniture);
  }
  return out;
}

std::size_t BoilerplateFilter::blank_out(std::string& text) const {
  const auto furniture = find(text);
  for (const auto& f : furniture) {
    for (std::size_t i = f.span.begin; i < f.span.end; ++i) {
      if (text[i] != '\n') text[i] = ' ';
    }
  }
  return furniture.size();
}

}  // namespace crimestats
