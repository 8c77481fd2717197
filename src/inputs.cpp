#include "crimestats/inputs.hpp"

#include <algorithm>
#include <array>
#include <system_error>
#include <utility>

namespace crimestats {
namespace fs = std::filesystem;

namespace {

bool is_article_name(const fs::path& p) {
  static constexpr std::array<std::string_view, 6> kExtensions{".txt", ".text", ".md", ".html", ".htm", ".jsonl"};
  const std::string name = p.filename().string();
  if (name.empty() || name.front() == '.') return false;  // hidden dotfiles
  std::string ext = p.extension().string();
  if (ext.empty()) return true;
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

}  // namespace

std::string id_for(const fs::path& root, const fs::path& file) {
  fs::path rel = file.lexically_relative(root);
  if (rel.empty()) rel = file.filename();
  rel.replace_extension();
  return rel.generic_string();
}

InputWalker::InputWalker(std::vector<std::string> args, ErrorFn on_error)
    : args_(std::move(args)), on_error_(std::move(on_error)) {
  if (args_.empty()) args_.push_back("-");
}

bool InputWalker::enter(const fs::path& root, const fs::path& dir) {
  struct stat st{};
  if (::stat(dir.c_str(), &st) != 0) {
    on_error_(dir.string(), "cannot read folder");
    return false;
  }
  const FolderId id{st.st_dev, st.st_ino};
  for (const auto& frame : stack_) {
    if (frame.id == id) {
      on_error_(dir.string(), "symlink loop: folder already on the walk, skipped");
      return false;
    }
  }
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    on_error_(dir.string(), "cannot read folder: " + ec.message());
    return false;
  }
  Frame frame{root, {}, 0, id};
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    frame.entries.push_back(it->path());
  }
  if (ec) on_error_(dir.string(), "error while listing folder: " + ec.message());
  std::sort(frame.entries.begin(), frame.entries.end());
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
      const fs::path entry = std::move(frame.entries[frame.index++]);
      const fs::path root = frame.root;
      std::error_code ec;
      const auto status = fs::status(entry, ec);
      if (ec) {
        // A dangling symlink, or a file removed while we walk.
        on_error_(entry.string(), "cannot read: " + ec.message());
      } else if (fs::is_directory(status)) {
        enter(root, entry);
      } else if (fs::is_regular_file(status) && is_article_name(entry)) {
        return InputFile{entry, id_for(root, entry)};
      }
      continue;
    }
    if (next_arg_ >= args_.size()) return std::nullopt;
    const std::string& arg = args_[next_arg_++];
    if (arg == "-") return InputFile{{}, "stdin"};
    const fs::path path(arg);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      on_error_(arg, "no such file or folder");
    } else if (fs::is_directory(status)) {
      enter(path, path);
    } else {
      fs::path id = path.filename();
      id.replace_extension();
      return InputFile{path, id.string()};
    }
  }
}

std::vector<InputFile> collect_inputs(const std::vector<std::string>& args, const ErrorFn& on_error) {
  InputWalker walker(args, on_error);
  std::vector<InputFile> out;
  while (auto in = walker.next()) out.push_back(std::move(*in));
  return out;
}

}  // namespace crimestats
