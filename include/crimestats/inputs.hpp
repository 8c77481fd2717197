// Turning command-line paths into the list of articles to read.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace crimestats {

struct InputFile {
  std::filesystem::path path;  // empty for stdin
  std::string id;              // record id: relative path without extension
};

// Expands files and folders (recursively, sorted by path, following
// symlinks but never into a folder twice) into articles. "-" is stdin.
// Folders yield files ending .txt, .text, .md, .html, .htm, .jsonl or with
// no extension; files named directly are always taken. Problems (a missing
// path, an unreadable folder, a symlink loop) are reported through
// `on_error(path, reason)` and skipped.
std::vector<InputFile> collect_inputs(
    const std::vector<std::string>& args,
    const std::function<void(const std::string& path, const std::string& reason)>& on_error);

// The record id of `file` found under `root` (a folder given on the command
// line): its relative path without extension, with '/' separators.
std::string id_for(const std::filesystem::path& root, const std::filesystem::path& file);

}  // namespace crimestats
