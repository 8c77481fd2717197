// Turning command-line paths into the list of articles to read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <optional>
#include <utility>
#include <vector>

#include <sys/stat.h>

namespace crimestats {

struct InputFile {
  std::filesystem::path path;  // empty for stdin
  std::string id;              // record id: relative path without extension
};

using ErrorFn = std::function<void(const std::string& path, const std::string& reason)>;

// Expands files and folders into articles, one at a time, so a run over
// millions of files never holds their list. Folders are walked
// recursively in sorted order (one folder's listing held at a time),
// following symlinks but never into a folder already on the walk.
// Folders yield files ending .txt, .text, .md, .html, .htm, .jsonl or with
// no extension (not dotfiles); files named directly are always taken; "-"
// (or no argument at all) is stdin. Problems (a missing path, an
// unreadable folder, a symlink loop) go to `on_error(path, reason)` and
// are skipped.
class InputWalker {
 public:
  InputWalker(std::vector<std::string> args, ErrorFn on_error);
  std::optional<InputFile> next();

 private:
  using FolderId = std::pair<dev_t, ino_t>;
  struct Frame {
    std::filesystem::path root;  // the folder given on the command line
    std::vector<std::filesystem::path> entries;
    std::size_t index = 0;
    FolderId id;
  };
  bool enter(const std::filesystem::path& root, const std::filesystem::path& dir);

  std::vector<std::string> args_;
  std::size_t next_arg_ = 0;
  ErrorFn on_error_;
  std::vector<Frame> stack_;
};

// Every article InputWalker yields, as a list.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& args, const ErrorFn& on_error);

// The record id of `file` found under `root` (a folder given on the command
// line): its relative path without extension, with '/' separators.
std::string id_for(const std::filesystem::path& root, const std::filesystem::path& file);

}  // namespace crimestats
