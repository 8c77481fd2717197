#include "crimestats/over_words.hpp"

#include <utility>

#include "crimestats/lexicon.hpp"

namespace crimestats {

OverWords::OverWords(const std::filesystem::path& file) {
  // An action's words go to two sets: after a verb of legal action "over"
  // also means "about".
  using Sets = std::pair<WordSet OverWords::*, WordSet OverWords::*>;
  for (const auto& row : read_lexicon(file, 2)) {
    const Sets sets = lexicon_choice<Sets>(file, row, 1, "kind",
                                           {{"particle", {&OverWords::particle_, nullptr}},
                                            {"about", {&OverWords::about_, nullptr}},
                                            {"action", {&OverWords::about_, &OverWords::action_}},
                                            {"clause", {&OverWords::clause_, nullptr}},
                                            {"distributive", {&OverWords::distributive_, nullptr}}});
    (this->*sets.first).insert(row.fields[0]);
    if (sets.second) (this->*sets.second).insert(row.fields[0]);
  }
}

bool OverWords::means_about(std::span<const WordBeforeOver> before) const {
  if (before.empty() || !before[0].spaced) return false;
  const std::string_view previous = before[0].lower;
  if (particle_.contains(previous) || about_.contains(previous)) return true;
  std::size_t first = 1;  // the first word that may belong to the verb's object
  if (distributive_.contains(previous) && before.size() >= 2 && before[1].spaced) ++first;
  const std::string_view term_unit = before[first - 1].lower;
  const bool prison_term = term_unit == "years" || term_unit == "months";
  const std::size_t reach = first + (prison_term ? 4 : 1);
  for (std::size_t k = first; k <= reach && k < before.size(); ++k) {
    if (!before[k].spaced || clause_.contains(before[k].lower)) return false;
    if (action_.contains(before[k].lower)) return true;
  }
  return false;
}

}  // namespace crimestats
