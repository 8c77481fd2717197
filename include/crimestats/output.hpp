// Where records go: standard output, a file replaced atomically at the end
// of the run, or a file appended to durably (for nightly --state runs).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace crimestats {

// Thrown when the reader of standard output has gone away (`| head`): the
// run ends quietly.
struct OutputClosed {};

class Output {
 public:
  enum class Mode { replace, append };

  // Empty `path`: standard output. Mode::replace writes to a temporary file
  // beside `path`, renamed into place by commit(); Mode::append opens `path`
  // for appending, creating it if needed. Throws std::runtime_error.
  Output(std::string path, Mode mode);
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output();

  // Writes all of `bytes` in one call where the kernel allows, so a record
  // line is never interleaved. Throws OutputClosed or std::runtime_error.
  void write(std::string_view bytes);
  // Forces what was written to disk (files only).
  void sync();
  // Ends the output: syncs and, in replace mode, renames into place.
  void commit();
  // Bytes in the file now (append mode: including what was there before).
  std::uint64_t size() const { return size_; }
  bool is_file() const { return !path_.empty(); }

 private:
  std::string name() const;
  std::string path_;
  std::string temp_;
  Mode mode_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

}  // namespace crimestats
