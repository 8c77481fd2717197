#include <exception>
#include <future>

#include "crimestats/extractor.hpp"

namespace crimestats {

std::vector<ExtractorPtr> make_all_extractors(const std::filesystem::path& data_dir) {
  // Start-up counts when the tool runs once per article. The places
  // extractor (the gazetteer) takes as long to build as all the others
  // together, so it is built on a second thread meanwhile. Constructors only
  // read their own files and build their own tables, so they may overlap.
  auto places = std::async(std::launch::async, [&data_dir] { return make_places_extractor(data_dir); });
  std::vector<ExtractorPtr> all;
  // The extractors before places in the order; if one throws, its error is
  // the one reported, as when they were built one after another (`places`
  // is waited for as it goes out of scope).
  all.push_back(make_dates_extractor(data_dir));
  all.push_back(make_money_extractor(data_dir));
  all.push_back(make_percentages_extractor(data_dir));
  all.push_back(make_drugs_extractor(data_dir));
  all.push_back(make_counts_extractor(data_dir));
  // Those after it: their error is reported only if places was built.
  ExtractorPtr operations;
  std::exception_ptr operations_error;
  try {
    operations = make_operations_extractor(data_dir);
  } catch (...) {
    operations_error = std::current_exception();
  }
  all.push_back(places.get());
  if (operations_error) std::rethrow_exception(operations_error);
  all.push_back(std::move(operations));
  return all;
}

}  // namespace crimestats
