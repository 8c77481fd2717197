#include "crimestats/lexicon.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

namespace crimestats {

std::vector<LexiconRow> read_lexicon(const std::filesystem::path& file, std::size_t min_fields) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read lexicon", file.string()));
  std::vector<LexiconRow> rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    LexiconRow row;
    row.line = number;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      row.fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields) {
      throw std::runtime_error(fmt::format("{}:{}: expected at least {} tab-separated fields, found {}",
                                           file.string(), number, min_fields, row.fields.size()));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::filesystem::path default_data_dir() {
  if (const char* env = std::getenv("CRIMESTATS_DATA"); env && *env) return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / "crimestats";
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
  return CRIMESTATS_SOURCE_DATA_DIR;
}

}  // namespace crimestats
