#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "crimestats/pipeline.hpp"

namespace crimestats {
namespace {

template <typename T, typename Key>
void sort_and_dedupe(std::vector<T>& facts, Key key) {
  std::stable_sort(facts.begin(), facts.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
  facts.erase(std::unique(facts.begin(), facts.end(), [&](const T& a, const T& b) { return key(a) == key(b); }),
              facts.end());
}

// Merges facts naming the same thing (by `name_of`) into one, with every
// mention in text order; the merged list is ordered by first mention.
template <typename T, typename Name>
void merge_by_name(std::vector<T>& facts, Name name_of) {
  std::map<std::string, std::size_t> index;
  std::vector<T> merged;
  for (auto& fact : facts) {
    auto [it, inserted] = index.emplace(name_of(fact), merged.size());
    if (inserted) {
      merged.push_back(std::move(fact));
    } else {
      auto& mentions = merged[it->second].mentions;
      mentions.insert(mentions.end(), fact.mentions.begin(), fact.mentions.end());
    }
  }
  for (auto& fact : merged) {
    std::sort(fact.mentions.begin(), fact.mentions.end());
    fact.mentions.erase(std::unique(fact.mentions.begin(), fact.mentions.end()), fact.mentions.end());
  }
  std::stable_sort(merged.begin(), merged.end(), [](const T& a, const T& b) {
    return a.mentions.empty() ? false : b.mentions.empty() ? true : a.mentions.front() < b.mentions.front();
  });
  facts = std::move(merged);
}

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
  std::erase_if(facts.counts, [&](const Count& c) {
    return std::any_of(taken.begin(), taken.end(), [&](const Span& s) { return s.overlaps(c.span); });
  });

  // A place name inside an operation's name ("Operation Harrow") is a code
  // word, not a place the article is about.
  std::vector<Span> operation_mentions;
  for (const auto& o : facts.operations) operation_mentions.insert(operation_mentions.end(), o.mentions.begin(), o.mentions.end());
  for (auto& place : facts.places) {
    std::erase_if(place.mentions, [&](const Span& m) {
      return std::any_of(operation_mentions.begin(), operation_mentions.end(), [&](const Span& o) { return o.overlaps(m); });
    });
  }
  std::erase_if(facts.places, [](const Place& p) { return p.mentions.empty(); });

  merge_by_name(facts.places, [](const Place& p) { return p.name; });
  merge_by_name(facts.operations, [](const Operation& o) { return o.name; });
  merge_by_name(facts.drugs, [](const Drug& d) { return d.drug; });

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
