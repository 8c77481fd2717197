#include "crimestats/inputs.hpp"

#include <algorithm>
#include <set>
#include <system_error>
#include <utility>

#include <sys/stat.h>

namespace crimestats {
namespace fs = std::filesystem;

namespace {

bool is_article_name(const fs::path& p) {
  const std::string ext = p.extension().string();
  static const std::set<std::string> kExtensions{".txt", ".text", ".md", ".html", ".htm", ".jsonl"};
  if (ext.empty()) return p.filename().string().front() != '.';  // not a hidden dotfile
  std::string lower = ext;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return kExtensions.count(lower) > 0;
}

using ErrorFn = std::function<void(const std::string&, const std::string&)>;

// Walks `dir` depth-first in sorted order. `visited` holds the (device,
// inode) of every folder on the walk so a symlink loop is entered once.
void walk(const fs::path& root, const fs::path& dir, std::set<std::pair<dev_t, ino_t>>& visited,
          std::vector<InputFile>& out, const ErrorFn& on_error) {
  struct stat st{};
  if (::stat(dir.c_str(), &st) != 0) {
    on_error(dir.string(), "cannot read folder");
    return;
  }
  if (!visited.emplace(st.st_dev, st.st_ino).second) {
    on_error(dir.string(), "symlink loop: folder already visited, skipped");
    return;
  }
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    on_error(dir.string(), "cannot read folder: " + ec.message());
    return;
  }
  std::vector<fs::path> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(it->path());
  }
  if (ec) on_error(dir.string(), "error while listing folder: " + ec.message());
  std::sort(entries.begin(), entries.end());
  for (const auto& entry : entries) {
    std::error_code type_ec;
    const auto status = fs::status(entry, type_ec);
    if (type_ec) {
      // A dangling symlink or a file removed while we list.
      on_error(entry.string(), "cannot read: " + type_ec.message());
      continue;
    }
    if (fs::is_directory(status)) {
      walk(root, entry, visited, out, on_error);
    } else if (fs::is_regular_file(status) && is_article_name(entry)) {
      out.push_back(InputFile{entry, id_for(root, entry)});
    }
  }
  visited.erase({st.st_dev, st.st_ino});
}

}  // namespace

std::string id_for(const fs::path& root, const fs::path& file) {
  fs::path rel = file.lexically_relative(root);
  if (rel.empty()) rel = file.filename();
  rel.replace_extension();
  return rel.generic_string();
}

std::vector<InputFile> collect_inputs(const std::vector<std::string>& args, const ErrorFn& on_error) {
  std::vector<InputFile> out;
  if (args.empty()) {
    out.push_back(InputFile{{}, "stdin"});
    return out;
  }
  for (const auto& arg : args) {
    if (arg == "-") {
      out.push_back(InputFile{{}, "stdin"});
      continue;
    }
    const fs::path path(arg);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      on_error(arg, "no such file or folder");
    } else if (fs::is_directory(status)) {
      std::set<std::pair<dev_t, ino_t>> visited;
      walk(path, path, visited, out, on_error);
    } else {
      fs::path id = path.filename();
      id.replace_extension();
      out.push_back(InputFile{path, id.string()});
    }
  }
  return out;
}

}  // namespace crimestats
