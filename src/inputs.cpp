#include "crimestats/inputs.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace crimestats {
namespace fs = std::filesystem;

namespace {

// What std::filesystem::path::extension() would give: from the last '.'
// unless the name starts there.
std::size_t extension_start(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? name.size() : dot;
}

bool is_article_name(std::string_view name) {
  static constexpr std::array<std::string_view, 6> kExtensions{".txt", ".text", ".md", ".html", ".htm", ".jsonl"};
  if (name.empty() || name.front() == '.') return false;  // hidden dotfiles
  const std::string_view ext = name.substr(extension_start(name));
  if (ext.empty()) return true;
  return std::any_of(kExtensions.begin(), kExtensions.end(), [&](std::string_view known) {
    return known.size() == ext.size() && std::equal(ext.begin(), ext.end(), known.begin(), [](char a, char b) {
             return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
           });
  });
}

std::string join(const std::string& dir, std::string_view name) {
  std::string path = dir;
  if (!path.empty() && path.back() != '/') path += '/';
  path += name;
  return path;
}

}  // namespace

OpenFolder::~OpenFolder() { ::close(fd_); }

InputWalker::InputWalker(std::vector<std::string> args, ErrorFn on_error)
    : args_(std::move(args)), on_error_(std::move(on_error)) {
  if (args_.empty()) args_.push_back("-");
}

bool InputWalker::enter(std::string dir, std::string prefix) {
  struct stat st{};
  if (::stat(dir.c_str(), &st) != 0) {
    on_error_(dir, "cannot read folder");
    return false;
  }
  const FolderId id{st.st_dev, st.st_ino};
  for (const auto& frame : stack_) {
    if (frame.id == id) {
      on_error_(dir, "symlink loop: folder already on the walk, skipped");
      return false;
    }
  }
  // Opened as opendir opens it; the listing reads a duplicate, and the
  // folder stays open for its files to be opened in.
  const int fd = ::open(dir.c_str(), O_RDONLY | O_NDELAY | O_DIRECTORY | O_CLOEXEC);
  const int listing_fd = fd < 0 ? -1 : ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  DIR* listing = listing_fd < 0 ? nullptr : ::fdopendir(listing_fd);
  if (listing == nullptr) {
    const int error = errno;
    if (listing_fd >= 0) ::close(listing_fd);
    if (fd >= 0) ::close(fd);
    on_error_(dir, "cannot read folder: " + std::generic_category().message(error));
    return false;
  }
  Frame frame{std::move(dir), std::move(prefix), {}, 0, id, std::make_shared<const OpenFolder>(fd)};
  while (true) {
    errno = 0;
    const dirent* entry = ::readdir(listing);
    if (entry == nullptr) {
      if (errno != 0) on_error_(frame.dir, "error while listing folder: " + std::generic_category().message(errno));
      break;
    }
    const std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    frame.entries.push_back(Entry{std::string(name), entry->d_type});
  }
  ::closedir(listing);
  std::sort(frame.entries.begin(), frame.entries.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  stack_.push_back(std::move(frame));
  return true;
}

std::optional<InputFile> InputWalker::next() {
  while (true) {
    if (!stack_.empty()) {
      Frame& frame = stack_.back();
      if (frame.index >= frame.entries.size()) {
        stack_.pop_back();
        continue;
      }
      Entry entry = std::move(frame.entries[frame.index++]);
      std::string path = join(frame.dir, entry.name);
      bool is_directory = entry.type == DT_DIR;
      bool is_regular = entry.type == DT_REG;
      if (!is_directory && !is_regular) {  // a symlink, or a file system without d_type
        struct stat st{};
        if (::stat(path.c_str(), &st) != 0) {
          // A dangling symlink, or a file removed while we walk.
          on_error_(path, "cannot read: " + std::generic_category().message(errno));
          continue;
        }
        is_directory = S_ISDIR(st.st_mode);
        is_regular = S_ISREG(st.st_mode);
      }
      if (is_directory) {
        std::string prefix = frame.prefix + entry.name + '/';
        enter(std::move(path), std::move(prefix));  // invalidates `frame`
      } else if (is_regular && is_article_name(entry.name)) {
        std::string id = frame.prefix;
        id.append(entry.name, 0, extension_start(entry.name));
        return InputFile{fs::path(std::move(path)), std::move(id), frame.open, std::move(entry.name)};
      }
      continue;
    }
    if (next_arg_ >= args_.size()) return std::nullopt;
    const std::string& arg = args_[next_arg_++];
    if (arg == "-") return InputFile{{}, "stdin", nullptr, {}};
    const fs::path path(arg);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      on_error_(arg, "no such file or folder");
    } else if (fs::is_directory(status)) {
      enter(arg, "");
    } else {
      fs::path id = path.filename();
      id.replace_extension();
      return InputFile{path, id.string(), nullptr, {}};
    }
  }
}

std::vector<InputFile> collect_inputs(const std::vector<std::string>& args, const ErrorFn& on_error) {
  InputWalker walker(args, on_error);
  std::vector<InputFile> out;
  while (auto in = walker.next()) {
    // A list is not read at once: it holds no folder open, or a tree of
    // many folders would run out of file descriptors.
    in->folder.reset();
    in->name.clear();
    out.push_back(std::move(*in));
  }
  return out;
}

}  // namespace crimestats
