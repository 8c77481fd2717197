#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>

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
  const std::size_t n = facts.size();
  if (n == 0) return;
  const auto name = [&](std::size_t i) { return std::string_view(name_of(facts[i])); };
  // The facts in name order, then index order: each run of one name starts
  // with its first fact, the one the others merge into. Sorting per-thread
  // index arrays costs no allocation per article, as a hash map of names did.
  thread_local std::vector<std::size_t> order, first;
  order.resize(n);
  first.resize(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const int c = name(a).compare(name(b));
    return c < 0 || (c == 0 && a < b);
  });
  for (std::size_t k = 0; k < n; ++k) {
    first[order[k]] = k > 0 && name(order[k]) == name(order[k - 1]) ? first[order[k - 1]] : order[k];
  }
  // Merged in place, in order of first mention in the list: a fact moves
  // down to the next free slot, never over one not yet read. `order` now
  // holds the slot each first fact went to.
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (first[i] == i) {
      order[i] = distinct;
      if (distinct != i) facts[distinct] = std::move(facts[i]);
      ++distinct;
    } else {
      auto& mentions = facts[order[first[i]]].mentions;
      mentions.insert(mentions.end(), facts[i].mentions.begin(), facts[i].mentions.end());
    }
  }
  facts.erase(facts.begin() + static_cast<std::ptrdiff_t>(distinct), facts.end());
  for (auto& fact : facts) {
    std::sort(fact.mentions.begin(), fact.mentions.end());
    fact.mentions.erase(std::unique(fact.mentions.begin(), fact.mentions.end()), fact.mentions.end());
  }
  const auto first_mentioned_earlier = [](const T& a, const T& b) {
    return a.mentions.empty() ? false : b.mentions.empty() ? true : a.mentions.front() < b.mentions.front();
  };
  if (!std::is_sorted(facts.begin(), facts.end(), first_mentioned_earlier)) {
    std::stable_sort(facts.begin(), facts.end(), first_mentioned_earlier);
  }
}

// Spans merged into disjoint, sorted stretches, so that whether a span
// overlaps any of them is one binary search (an article can hold
// thousands of figures). The stretches are made in the caller's vector (a
// per-thread one, so that no article allocates for them).
class Coverage {
 public:
  explicit Coverage(std::vector<Span>& spans) : stretches_(spans) {
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
  std::vector<Span>& stretches_;
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
  thread_local std::vector<Span> taken;
  taken.clear();
  collect_spans(facts.money, taken);
  collect_spans(facts.percentages, taken);
  collect_spans(facts.dates, taken);
  collect_spans(facts.drug_quantities, taken);
  const Coverage taken_coverage(taken);
  std::erase_if(facts.counts, [&](const Count& c) { return taken_coverage.overlaps(c.span); });

  // "pounds" read as a weight of a drug ("1,250 pounds of compressed ganja")
  // is not also sterling: the drugs extractor sees the drug however far
  // the adjectives push it, money reads only the words next to the amount.
  thread_local std::vector<Span> weights_in_pounds;
  weights_in_pounds.clear();
  for (const auto& q : facts.drug_quantities) {
    if (q.unit == "lb") weights_in_pounds.push_back(q.span);
  }
  const Coverage pound_weight_coverage(weights_in_pounds);
  std::erase_if(facts.money, [&](const Money& m) { return m.currency == "GBP" && pound_weight_coverage.overlaps(m.span); });

  // A place name inside an operation's name ("Operation Harrow") is a code
  // word, not a place the article is about.
  thread_local std::vector<Span> operation_mentions;
  operation_mentions.clear();
  for (const auto& o : facts.operations) operation_mentions.insert(operation_mentions.end(), o.mentions.begin(), o.mentions.end());
  const Coverage operation_coverage(operation_mentions);
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
