#include "crimestats/output.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace crimestats {

Output::Output(std::string path, Mode mode) : path_(std::move(path)), mode_(mode) {
  if (path_.empty()) {
    fd_ = STDOUT_FILENO;
    return;
  }
  if (mode_ == Mode::append) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  } else {
    temp_ = fmt::format("{}.tmp.{}", path_, ::getpid());
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  if (fd_ < 0) throw std::runtime_error(fmt::format("{}: cannot write: {}", path_, std::strerror(errno)));
  struct stat st{};
  if (::fstat(fd_, &st) == 0) size_ = static_cast<std::uint64_t>(st.st_size);
}

Output::~Output() {
  if (path_.empty() || fd_ < 0) return;
  ::close(fd_);
  if (mode_ == Mode::replace) ::unlink(temp_.c_str());
}

std::string Output::name() const { return path_.empty() ? "standard output" : path_; }

void Output::write(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) throw OutputClosed{};
      throw std::runtime_error(fmt::format("{}: write failed: {}", name(), std::strerror(errno)));
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
    size_ += static_cast<std::uint64_t>(n);
  }
}

void Output::sync() {
  if (!path_.empty() && ::fsync(fd_) != 0) {
    throw std::runtime_error(fmt::format("{}: sync failed: {}", path_, std::strerror(errno)));
  }
}

void Output::commit() {
  if (path_.empty()) return;
  sync();
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw std::runtime_error(fmt::format("{}: write failed: {}", path_, std::strerror(errno)));
  if (mode_ == Mode::replace && ::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp_.c_str());
    throw std::runtime_error(fmt::format("{}: cannot rename into place: {}", path_, std::strerror(err)));
  }
}

}  // namespace crimestats
