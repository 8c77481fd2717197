#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "crimestats/pipeline.hpp"

namespace crimestats {
namespace {

template <typename T, typename Key>
void sort_and_dedupe(std::vector<T>& facts, Key key) {
  const auto before = [&](const T& a, const T& b) { return key(a) < key(b); };
  // Extractors mostly report in text order already: sorting is then skipped.
  if (!std::is_sorted(facts.begin(), facts.end(), before)) std::stable_sort(facts.begin(), facts.end(), before);
  facts.erase(std::unique(facts.begin(), facts.end(), [&](const T& a, const T& b) { return key(a) == key(b); }),
              facts.end());
}

// Merges facts naming the same thing (by `name_of`, which returns a
// reference to the fact's name or a view that outlives it) into one, with every
// mention in text order; the merged list is ordered by first mention.
template <typename T, typename Name>
void merge_by_name(std::vector<T>& facts, Name name_of) {
  // Where each fact goes, found before anything is moved: the names are
  // looked up as views into `facts`.
  std::unordered_map<std::string_view, std::size_t> first_with_name;
  first_with_name.reserve(facts.size());
  std::vector<std::size_t> target(facts.size());
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const auto [it, inserted] = first_with_name.emplace(std::string_view(name_of(facts[i])), distinct);
    target[i] = it->second;
    if (inserted) ++distinct;
  }
  std::vector<T> merged;
  merged.reserve(distinct);
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (target[i] == merged.size()) {
      merged.push_back(std::move(facts[i]));
    } else {
      auto& mentions = merged[target[i]].mentions;
      mentions.insert(mentions.end(), facts[i].mentions.begin(), facts[i].mentions.end());
    }
  }
  for (auto& fact : merged) {
    std::sort(fact.mentions.begin(), fact.mentions.end());
    fact.mentions.erase(std::unique(fact.mentions.begin(), fact.mentions.end()), fact.mentions.end());
  }
  const auto first_mentioned_earlier = [](const T& a, const T& b) {
    return a.mentions.empty() ? false : b.mentions.empty() ? true : a.mentions.front() < b.mentions.front();
  };
  if (!std::is_sorted(merged.begin(), merged.end(), first_mentioned_earlier)) {
    std::stable_sort(merged.begin(), merged.end(), first_mentioned_earlier);
  }
  facts = std::move(merged);
}

// Spans merged into disjoint, sorted stretches, so that whether a span
// overlaps any of them is one binary search (an article can hold
// thousands of figures).
class Coverage {
 public:
  explicit Coverage(std::vector<Span> spans) : stretches_(std::move(spans)) {
    std::sort(stretches_.begin(), stretches_.end());
    std::size_t out = 0;
    for (const Span& s : stretches_) {
      if (s.end <= s.begin) continue;
      if (out > 0 && s.begin < stretches_[out - 1].end) {
        stretches_[out - 1].end = std::max(stretches_[out - 1].end, s.end);
      } else {
        stretches_[out++] = s;
      }
    }
    stretches_.resize(out);
  }
  bool overlaps(const Span& span) const {
    const auto it = std::upper_bound(stretches_.begin(), stretches_.end(), span.begin,
                                     [](std::size_t pos, const Span& s) { return pos < s.end; });
    return it != stretches_.end() && it->begin < span.end && span.begin < span.end;
  }

 private:
  std::vector<Span> stretches_;
};

template <typename T>
void collect_spans(const std::vector<T>& facts, std::vector<Span>& out) {
  for (const auto& fact : facts) out.push_back(fact.span);
}

}  // namespace

Record normalise(Document doc, Facts facts, Date reference_date) {
  sort_and_dedupe(facts.counts, [](const Count& c) { return std::tie(c.span, c.value, c.category); });
  sort_and_dedupe(facts.money, [](const Money& m) { return std::tie(m.span, m.amount, m.currency); });
  sort_and_dedupe(facts.percentages, [](const Percentage& p) { return std::tie(p.span, p.value); });
  sort_and_dedupe(facts.dates, [](const DateFact& d) { return std::tie(d.span, d.value, d.until); });
  sort_and_dedupe(facts.drug_quantities,
                  [](const DrugQuantity& q) { return std::tie(q.span, q.drug, q.quantity, q.unit); });

  // A number read as money, a percentage, a date or a drug quantity is not
  // also a count.
  std::vector<Span> taken;
  collect_spans(facts.money, taken);
  collect_spans(facts.percentages, taken);
  collect_spans(facts.dates, taken);
  collect_spans(facts.drug_quantities, taken);
  const Coverage taken_coverage(std::move(taken));
  std::erase_if(facts.counts, [&](const Count& c) { return taken_coverage.overlaps(c.span); });

  // A place name inside an operation's name ("Operation Harrow") is a code
  // word, not a place the article is about.
  std::vector<Span> operation_mentions;
  for (const auto& o : facts.operations) operation_mentions.insert(operation_mentions.end(), o.mentions.begin(), o.mentions.end());
  const Coverage operation_coverage(std::move(operation_mentions));
  for (auto& place : facts.places) {
    std::erase_if(place.mentions, [&](const Span& m) { return operation_coverage.overlaps(m); });
  }
  std::erase_if(facts.places, [](const Place& p) { return p.mentions.empty(); });

  merge_by_name(facts.places, [](const Place& p) { return p.name; });
  merge_by_name(facts.operations, [](const Operation& o) -> const std::string& { return o.name; });
  merge_by_name(facts.drugs, [](const Drug& d) -> const std::string& { return d.drug; });

  Record record;
  record.reference_date = reference_date;
  record.published = doc.published_hint;
  if (!record.published) {
    for (const auto& date : facts.dates) {
      if (date.dateline && date.granularity == Granularity::day) {
        record.published = parse_iso_date(date.value);
        if (record.published) break;
      }
    }
  }
  record.doc = std::move(doc);
  record.facts = std::move(facts);
  return record;
}

}  // namespace crimestats
