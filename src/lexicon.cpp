#include "crimestats/lexicon.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <system_error>

namespace crimestats {
namespace {

// The whole of a regular file, into a buffer that is not zero-filled first
// (lexicons are read at every start-up); nullptr if it cannot be read.
std::unique_ptr<char[]> read_whole(const std::filesystem::path& file, std::size_t& size) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat status {};
  std::unique_ptr<char[]> content;
  if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode)) {
    const auto capacity = static_cast<std::size_t>(status.st_size);
    content.reset(new char[capacity]);
    size = 0;
    while (size < capacity) {
      const ::ssize_t got = ::read(fd, content.get() + size, capacity - size);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) content.reset();
      if (got <= 0) break;
      size += static_cast<std::size_t>(got);
    }
  }
  ::close(fd);
  return content;
}

}  // namespace

std::vector<LexiconRow> read_lexicon(const std::filesystem::path& file, std::size_t min_fields) {
  // Read whole, then cut in place: lexicons are read at every start-up.
  std::size_t size = 0;
  const auto content = read_whole(file, size);
  if (!content) throw std::runtime_error(fmt::format("{}: cannot read lexicon", file.string()));
  const std::string_view text(content.get(), size);
  std::vector<LexiconRow> rows;
  std::size_t lines = 1;
  for (const char* nl = text.data(); (nl = static_cast<const char*>(std::memchr(nl, '\n', text.data() + size - nl))); ++nl) {
    ++lines;
  }
  rows.reserve(lines);
  // A row's fields, found before its strings are made, so that they are made once.
  std::vector<std::string_view> fields;
  int number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char* const newline = static_cast<const char*>(std::memchr(text.data() + pos, '\n', size - pos));
    const std::size_t end = newline ? static_cast<std::size_t>(newline - text.data()) : size;
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fields.clear();
    for (const char* field = line.data();;) {
      const char* const line_end = line.data() + line.size();
      const char* const tab = static_cast<const char*>(std::memchr(field, '\t', static_cast<std::size_t>(line_end - field)));
      fields.emplace_back(field, static_cast<std::size_t>((tab ? tab : line_end) - field));
      if (!tab) break;
      field = tab + 1;
    }
    if (fields.size() < min_fields) {
      throw std::runtime_error(fmt::format("{}:{}: expected at least {} tab-separated fields, found {}",
                                           file.string(), number, min_fields, fields.size()));
    }
    LexiconRow& row = rows.emplace_back();
    row.line = number;
    row.fields.assign(fields.begin(), fields.end());
  }
  return rows;
}

void fail_lexicon_choice(const std::filesystem::path& file, int line, std::string_view what,
                         std::span<const std::string_view> words) {
  std::string allowed;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) allowed += i + 1 == words.size() ? " or " : ", ";
    allowed += words[i].empty() ? std::string_view("empty") : words[i];
  }
  throw std::runtime_error(fmt::format("{}:{}: {} must be {}", file.string(), line, what, allowed));
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
