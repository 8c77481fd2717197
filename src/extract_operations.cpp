// Named police operations: "Operation Raptor", "Op Raptor", "Operation Blue
// Shield", "OPERATION SCEPTRE". See docs/extractors/operations.md.
#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crimestats/extractor.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

// Names longer than this are run-on capitalised text, not a name.
constexpr std::size_t kMaxNameWords = 4;
// Longest word looked up among the stop words; longer words are in none.
constexpr std::size_t kMaxStopWordLength = 32;
// A line that capitalises every content word (a Title Case headline) says
// nothing, by its capitals, about where a name ends. Prose with many proper
// names ("Police launched Operation Safer Streets in Luton") still has a
// lower-case verb; a long headline may slip once in ten words.
constexpr std::size_t kTitleCaseMinWords = 4;
constexpr std::size_t kTitleCaseWordsPerSlip = 10;

enum class StopKind { function, role };
enum class AnchorKind { title, capitals, short_form };

using StopWords = WordMap<StopKind>;

// A word that introduces an operation's name ("Operation", "Opération", "Op").
struct Anchor {
  std::string form;
  AnchorKind kind = AnchorKind::title;
};

bool is_upper_word_start(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_ascii_upper(static_cast<unsigned char>(text[pos]));
}

// A UTF-8 punctuation mark from the General Punctuation block (curly quotes,
// dashes): it ends a word even though its bytes are >= 0x80.
bool is_utf8_punctuation(std::string_view text, std::size_t pos) {
  return pos + 2 < text.size() && static_cast<unsigned char>(text[pos]) == 0xE2 &&
         static_cast<unsigned char>(text[pos + 1]) == 0x80;
}

bool is_name_byte(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c >= 0x80) return !is_utf8_punctuation(text, pos);
  return is_ascii_alpha(c) || is_ascii_digit(c);
}

// End of a name word starting at `pos`. A hyphen stays inside the word only
// before a capital or digit ("Sea-Bird", "X-Ray"), not in "Raptor-led".
std::size_t name_word_end(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  while (i < text.size()) {
    if (is_name_byte(text, i)) {
      ++i;
    } else if (text[i] == '-' && i + 1 < text.size() &&
               (is_ascii_upper(static_cast<unsigned char>(text[i + 1])) ||
                is_ascii_digit(static_cast<unsigned char>(text[i + 1])))) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

// Length of a quotation mark at `pos` (opening: ' " “ ‘; closing: ' " ” ’),
// or 0.
std::size_t quote_length(std::string_view text, std::size_t pos, bool opening) {
  if (pos >= text.size()) return 0;
  if (text[pos] == '\'' || text[pos] == '"') return 1;
  if (pos + 2 < text.size() && static_cast<unsigned char>(text[pos]) == 0xE2 &&
      static_cast<unsigned char>(text[pos + 1]) == 0x80) {
    const auto third = static_cast<unsigned char>(text[pos + 2]);
    if (opening ? (third == 0x9C || third == 0x98) : (third == 0x9D || third == 0x99)) return 3;
  }
  return 0;
}

// Length of the single space (or no-break space) between two name words, or 0.
std::size_t name_gap(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == ' ') return 1;
  if (pos + 1 < text.size() && static_cast<unsigned char>(text[pos]) == 0xC2 &&
      static_cast<unsigned char>(text[pos + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

// "SCEPTRE" is written "Sceptre" so that every mention merges under one
// name; mixed-case words ("McAdam") stay as written.
std::string canonical_word(std::string_view word) {
  bool has_lower = false, letters = false;
  for (char c : word) {
    if (is_ascii_alpha(static_cast<unsigned char>(c))) letters = true;
    if (c >= 'a' && c <= 'z') has_lower = true;
  }
  std::string out(word);
  if (has_lower || !letters || word.size() < 2) return out;
  bool word_start = true;
  for (char& c : out) {
    if (is_ascii_alpha(static_cast<unsigned char>(c))) {
      if (!word_start) c = to_lower_ascii(c);
      word_start = false;
    } else {
      word_start = true;
    }
  }
  return out;
}

struct Candidate {
  Span anchor;  // "Operation", "Op" or "Op."
  // The capitalised run after it: a fixed array, so no allocation per candidate.
  std::array<Span, kMaxNameWords> words{};
  std::size_t word_count = 0;
  std::size_t closing_quote = 0;  // bytes of a quote closing the run, if quoted
  bool capitals_anchor = false;   // "OPERATION"
};

class OperationsExtractor final : public Extractor {
 public:
  explicit OperationsExtractor(const std::filesystem::path& data_dir) {
    const auto stop_words_file = data_dir / "lexicons/operation_stopwords.tsv";
    for (const auto& row : read_lexicon(stop_words_file, 2)) {
      stop_words_.emplace(lower_ascii(row.fields[0]),
                          lexicon_choice<StopKind>(stop_words_file, row, 1, "kind",
                                                   {{"function", StopKind::function}, {"role", StopKind::role}}));
    }
    const auto anchors_file = data_dir / "lexicons/operation_anchors.tsv";
    for (const auto& row : read_lexicon(anchors_file, 2)) {
      const auto& form = row.fields[0];
      // The scan finds anchors from the byte 'O' at a word start.
      if (form.size() < 2 || form[0] != 'O') {
        throw std::runtime_error(anchors_file.string() + ":" + std::to_string(row.line) + ": a form starts with 'O'");
      }
      anchors_.push_back(Anchor{form, lexicon_choice<AnchorKind>(anchors_file, row, 1, "kind",
                                                                 {{"title", AnchorKind::title},
                                                                  {"capitals", AnchorKind::capitals},
                                                                  {"short", AnchorKind::short_form}})});
      second_bytes_.set(static_cast<unsigned char>(form[1]));
    }
    // Longest first, so that "Operation" is not read as "Op".
    std::stable_sort(anchors_.begin(), anchors_.end(),
                     [](const Anchor& a, const Anchor& b) { return a.form.size() > b.form.size(); });
  }

  std::string_view name() const override { return "operations"; }

  void extract(const ExtractInput& in, Facts& out) const override {
    const std::string_view text = in.text;
    std::vector<Candidate> candidates;
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      const void* hit = std::memchr(text.data() + pos, 'O', text.size() - pos);
      if (!hit) break;
      pos = static_cast<const char*>(hit) - text.data();
      if (auto c = candidate_at(text, pos)) candidates.push_back(std::move(*c));
    }
    if (candidates.empty()) return;
    resolve(text, candidates, out);
  }

 private:
  // The stop word `word` is, looked up through a lower-case copy on the stack.
  const StopKind* stop_word(std::string_view word) const {
    if (word.size() > kMaxStopWordLength) return nullptr;
    std::array<char, kMaxStopWordLength> lower;
    for (std::size_t i = 0; i < word.size(); ++i) lower[i] = to_lower_ascii(word[i]);
    const auto it = stop_words_.find(std::string_view(lower.data(), word.size()));
    return it == stop_words_.end() ? nullptr : &it->second;
  }

  std::optional<Candidate> candidate_at(std::string_view text, std::size_t pos) const {
    if (!at_word_start(text, pos)) return std::nullopt;
    const std::string_view rest = text.substr(pos);
    // Most words starting with 'O' ("On", "Officers") fail on their second byte.
    if (rest.size() < 2 || !second_bytes_.test(static_cast<unsigned char>(rest[1]))) return std::nullopt;
    const auto anchor = std::find_if(anchors_.begin(), anchors_.end(),
                                     [&](const Anchor& a) { return rest.starts_with(a.form); });
    if (anchor == anchors_.end()) return std::nullopt;
    std::size_t anchor_len = anchor->form.size();
    const bool capitals_anchor = anchor->kind == AnchorKind::capitals;
    if (anchor->kind == AnchorKind::short_form && rest.size() > anchor_len && rest[anchor_len] == '.') ++anchor_len;
    if (!at_word_end(text, pos + anchor_len) && text[pos + anchor_len - 1] != '.') return std::nullopt;
    Candidate c;
    c.anchor = Span{pos, pos + anchor_len};
    std::size_t i = pos + anchor_len;
    // Some papers quote the name: Operation 'Sceptre', Operation “Sceptre”.
    std::size_t opening_quote = 0;
    if (const std::size_t gap = name_gap(text, i); gap > 0) {
      opening_quote = quote_length(text, i + gap, true);
      if (opening_quote > 0 && is_upper_word_start(text, i + gap + opening_quote)) {
        i += opening_quote;
      } else {
        opening_quote = 0;
      }
    }
    while (c.word_count < kMaxNameWords) {
      const std::size_t gap = c.word_count == 0 && opening_quote > 0 ? 1 : name_gap(text, i);
      if (gap == 0 || !is_upper_word_start(text, i + gap)) break;
      const std::size_t begin = i + gap;
      const std::size_t end = name_word_end(text, begin);
      if (stop_word(text.substr(begin, end - begin))) break;
      c.words[c.word_count++] = Span{begin, end};
      i = end;
    }
    if (c.word_count == 0) return std::nullopt;
    if (opening_quote > 0) c.closing_quote = quote_length(text, c.words[c.word_count - 1].end, false);
    c.capitals_anchor = capitals_anchor;
    return c;
  }

  // True if the line holding `pos` capitalises (nearly) every content word,
  // as headlines and all-capitals lines do.
  bool title_case_line(std::string_view text, std::size_t pos) const {
    const std::size_t begin = sentence_begin(text, pos);
    const std::size_t end = sentence_end(text, pos);
    std::size_t words = 0, capitalised = 0;
    std::size_t i = begin;
    while (i < end) {
      if (!is_ascii_alpha(static_cast<unsigned char>(text[i])) || !at_word_start(text, i)) {
        ++i;
        continue;
      }
      const std::size_t word_end = name_word_end(text, i);
      const StopKind* stop = stop_word(text.substr(i, std::max(word_end, i + 1) - i));
      if (!stop || *stop != StopKind::function) {
        ++words;
        if (is_ascii_upper(static_cast<unsigned char>(text[i]))) ++capitalised;
      }
      i = std::max(word_end, i + 1);
    }
    return words >= kTitleCaseMinWords && words - capitalised <= words / kTitleCaseWordsPerSlip;
  }

  static std::string name_of(std::string_view text, const Candidate& c, std::size_t n) {
    std::string name = "Operation";
    for (std::size_t k = 0; k < n; ++k) {
      name += ' ';
      name += canonical_word(text.substr(c.words[k].begin, c.words[k].end - c.words[k].begin));
    }
    return name;
  }

  // How many words of each run make the name. In running text the whole run
  // is the name unless a shorter name seen elsewhere in the article starts
  // it ("Operation Raptor Essex" beside "Operation Raptor"). In a Title Case
  // line the run may go on into the headline, so the name is the longest one
  // the running text confirms, else the first word alone.
  void resolve(std::string_view text, const std::vector<Candidate>& candidates, Facts& out) const {
    // One-word runs are names whatever their line looks like; the line (a
    // sentence scan) matters only when some run has more words.
    const bool any_longer = std::any_of(candidates.begin(), candidates.end(),
                                        [](const Candidate& c) { return c.word_count > 1; });
    if (!any_longer) {
      for (const auto& c : candidates) {
        const std::size_t end = c.words[0].end + c.closing_quote;
        out.operations.push_back(Operation{name_of(text, c, 1), {Span{c.anchor.begin, end}}});
      }
      return;
    }
    std::vector<bool> title_case(candidates.size());
    std::vector<std::string> prose_names;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      const Candidate& c = candidates[k];
      // "OPERATION" in capitals is a headline, whatever its length.
      title_case[k] = c.capitals_anchor || title_case_line(text, c.anchor.begin);
      if (!title_case[k]) prose_names.push_back(lower_ascii(name_of(text, c, c.word_count)));
    }
    auto confirmed = [&](const std::string& name) {
      return std::find(prose_names.begin(), prose_names.end(), lower_ascii(name)) != prose_names.end();
    };
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      const Candidate& c = candidates[k];
      std::size_t n = title_case[k] ? 1 : c.word_count;
      const std::size_t longest = title_case[k] ? c.word_count : c.word_count - 1;
      for (std::size_t m = longest; m >= 1; --m) {
        if (confirmed(name_of(text, c, m))) {
          n = m;
          break;
        }
      }
      const std::size_t end = c.words[n - 1].end + (n == c.word_count ? c.closing_quote : 0);
      out.operations.push_back(Operation{name_of(text, c, n), {Span{c.anchor.begin, end}}});
    }
  }

  StopWords stop_words_;
  std::vector<Anchor> anchors_;  // longest form first
  std::bitset<256> second_bytes_;  // the second byte of some anchor
};

}  // namespace

ExtractorPtr make_operations_extractor(const std::filesystem::path& data_dir) {
  return std::make_unique<OperationsExtractor>(data_dir);
}

}  // namespace crimestats
