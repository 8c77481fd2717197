// Turning command-line paths into the list of articles to read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <optional>
#include <utility>
#include <vector>

#include <sys/stat.h>

namespace crimestats {

// A folder held open while files found in it wait to be read, so that
// each is opened by its name in the folder (openat) rather than by a path
// the kernel resolves again, component by component.
class OpenFolder {
 public:
  explicit OpenFolder(int fd) : fd_(fd) {}
  ~OpenFolder();
  OpenFolder(const OpenFolder&) = delete;
  OpenFolder& operator=(const OpenFolder&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

struct InputFile {
  std::filesystem::path path;  // empty for stdin
  std::string id;              // record id: relative path without extension
  // For a file found in a folder: that folder, open, and the file's name
  // in it (`path` names the same file). Null for other inputs.
  std::shared_ptr<const OpenFolder> folder;
  std::string name;
};

using ErrorFn = std::function<void(const std::string& path, const std::string& reason)>;

// Expands files and folders into articles, one at a time, so a run over
// millions of files never holds their list. Folders are walked
// recursively in sorted order (one folder's listing held at a time),
// following symlinks but never into a folder already on the walk.
// Folders yield files ending .txt, .text, .md, .html, .htm, .jsonl or with
// no extension (not dotfiles); files named directly are always taken; "-"
// (or no argument at all) is stdin. A file found in a folder gets as its
// id its path under that folder without the extension ("sub/c" for
// FOLDER/sub/c.txt); a file named directly, its name without the
// extension. Problems (a missing path, an unreadable folder, a symlink
// loop) go to `on_error(path, reason)` and are skipped.
class InputWalker {
 public:
  InputWalker(std::vector<std::string> args, ErrorFn on_error);
  std::optional<InputFile> next();

 private:
  using FolderId = std::pair<dev_t, ino_t>;
  struct Entry {
    std::string name;
    unsigned char type;  // d_type: DT_REG and DT_DIR need no stat
  };
  // One folder's listing, as names: paths and ids are built by string
  // concatenation because std::filesystem's component parsing cost more
  // per file than reading it.
  struct Frame {
    std::string dir;     // the folder's path, as `dir / name` would spell it
    std::string prefix;  // its path under the command-line folder, "" or ending '/'
    std::vector<Entry> entries;
    std::size_t index = 0;
    FolderId id;
    std::shared_ptr<const OpenFolder> open;
  };
  bool enter(std::string dir, std::string prefix);

  std::vector<std::string> args_;
  std::size_t next_arg_ = 0;
  ErrorFn on_error_;
  std::vector<Frame> stack_;
};

// Every article InputWalker yields, as a list (holding no folder open:
// `folder` is null throughout).
std::vector<InputFile> collect_inputs(const std::vector<std::string>& args, const ErrorFn& on_error);

}  // namespace crimestats
