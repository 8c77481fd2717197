#include "crimestats/lexicon.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

namespace crimestats {

std::vector<LexiconRow> read_lexicon(const std::filesystem::path& file, std::size_t min_fields) {
  // Read whole, then cut in place: lexicons are read at every start-up.
  std::error_code ec;
  std::ifstream in(file, std::ios::binary);
  if (!in || !std::filesystem::is_regular_file(file, ec)) throw std::runtime_error(fmt::format("{}: cannot read lexicon", file.string()));
  in.seekg(0, std::ios::end);
  std::string content(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0, std::ios::beg);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  content.resize(static_cast<std::size_t>(in.gcount()));
  std::vector<LexiconRow> rows;
  std::size_t lines = 1;
  for (std::size_t nl = content.find('\n'); nl != std::string::npos; nl = content.find('\n', nl + 1)) ++lines;
  rows.reserve(lines);
  const std::string_view text(content);
  int number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    LexiconRow& row = rows.emplace_back();
    row.line = number;
    std::size_t fields = 1;
    for (const char c : line) fields += c == '\t';
    row.fields.reserve(fields);
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      row.fields.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields) {
      throw std::runtime_error(fmt::format("{}:{}: expected at least {} tab-separated fields, found {}",
                                           file.string(), number, min_fields, row.fields.size()));
    }
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
