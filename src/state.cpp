#include "crimestats/state.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace crimestats {
namespace {

using json = nlohmann::json;

std::runtime_error state_error(const std::string& path, const std::string& what) {
  return std::runtime_error(fmt::format("{}: {}: {}", path, what, std::strerror(errno)));
}

json entry_json(const std::string& path, const FileStamp& stamp) {
  return json{{"path", path}, {"size", stamp.size}, {"mtime", stamp.mtime_ns}, {"sha256", stamp.sha256}};
}

std::uint64_t file_size(const std::string& path) {
  struct stat st{};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

}  // namespace

RunState::RunState(std::string path, const std::string& output_path) : path_(std::move(path)) {
  const std::string lock_path = path_ + ".lock";
  lock_fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) throw state_error(lock_path, "cannot open lock");
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(lock_fd_);
    lock_fd_ = -1;
    throw StateLocked(fmt::format("{}: another crimestats run holds this state; exiting", path_));
  }

  std::vector<Intent> intents;  // since the last commit line
  std::ifstream in(path_, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    // A line cut short by a crash is not JSON: an intent that never was.
    const json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    if (j.contains("commit")) {
      for (auto& intent : intents) done_[intent.path] = intent.stamp;
      intents.clear();
    } else if (j.contains("path") && j["path"].is_string()) {
      FileStamp stamp{j.value("size", std::uint64_t{0}), j.value("mtime", std::int64_t{0}), j.value("sha256", "")};
      if (j.contains("offset")) {
        intents.push_back(Intent{j["path"].get<std::string>(), stamp, j["offset"].get<std::uint64_t>(),
                                 j.value("length", std::uint64_t{0})});
      } else {
        done_[j["path"].get<std::string>()] = stamp;
      }
    }
  }
  in.close();

  if (!intents.empty() && !output_path.empty()) {
    // Keep the records that reached the output whole; cut off the rest.
    const std::uint64_t size = file_size(output_path);
    for (const auto& intent : intents) {
      if (size >= intent.offset + intent.length) {
        done_[intent.path] = intent.stamp;
        continue;
      }
      if (size > intent.offset && ::truncate(output_path.c_str(), static_cast<off_t>(intent.offset)) != 0) {
        throw state_error(output_path, "cannot cut off a partial record");
      }
      break;
    }
  }

  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) throw state_error(path_, "cannot write state");
  compact();
}

RunState::~RunState() {
  if (fd_ >= 0) ::close(fd_);
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the lock
}

void RunState::append_line(const std::string& line) {
  std::string_view bytes = line;
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw state_error(path_, "cannot write state");
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::fsync(fd_) != 0) throw state_error(path_, "cannot sync state");
}

void RunState::intend(const std::vector<Intent>& intents) {
  std::string lines;
  for (const auto& intent : intents) {
    json j = entry_json(intent.path, intent.stamp);
    j["offset"] = intent.offset;
    j["length"] = intent.length;
    lines += j.dump(-1, ' ', false, json::error_handler_t::replace) + '\n';
  }
  if (!lines.empty()) append_line(lines);
  pending_.insert(pending_.end(), intents.begin(), intents.end());
}

void RunState::commit() {
  if (pending_.empty()) return;
  append_line("{\"commit\":true}\n");
  for (auto& intent : pending_) done_[intent.path] = std::move(intent.stamp);
  pending_.clear();
}

void RunState::record(const std::string& path, const FileStamp& stamp) {
  append_line(entry_json(path, stamp).dump(-1, ' ', false, json::error_handler_t::replace) + '\n');
  done_[path] = stamp;
}

void RunState::compact() {
  const std::string temp = fmt::format("{}.tmp.{}", path_, ::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    for (const auto& [path, stamp] : done_) {
      out << entry_json(path, stamp).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
    out.flush();
    if (!out) throw state_error(temp, "cannot write state");
  }
  const int tfd = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC);
  if (tfd >= 0) {
    ::fsync(tfd);
    ::close(tfd);
  }
  if (::rename(temp.c_str(), path_.c_str()) != 0) throw state_error(path_, "cannot replace state");
  // Appends must go to the new file.
  if (fd_ >= 0) ::close(fd_);
  fd_ = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0) throw state_error(path_, "cannot write state");
}

}  // namespace crimestats
