#include "crimestats/boilerplate.hpp"

namespace crimestats {

struct BoilerplateFilter::LineInfo {};
BoilerplateFilter::BoilerplateFilter(const std::filesystem::path&) {}
std::vector<Furniture> BoilerplateFilter::find(std::string_view) const { return {}; }
std::size_t BoilerplateFilter::blank_out(std::string&) const { return 0; }

}  // namespace crimestats
