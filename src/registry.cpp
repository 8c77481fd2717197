#include "crimestats/extractor.hpp"

namespace crimestats {

std::vector<ExtractorPtr> make_all_extractors(const std::filesystem::path& data_dir) {
  std::vector<ExtractorPtr> all;
  all.push_back(make_dates_extractor(data_dir));
  all.push_back(make_money_extractor(data_dir));
  all.push_back(make_percentages_extractor(data_dir));
  all.push_back(make_drugs_extractor(data_dir));
  all.push_back(make_counts_extractor(data_dir));
  all.push_back(make_places_extractor(data_dir));
  all.push_back(make_operations_extractor(data_dir));
  return all;
}

}  // namespace crimestats
