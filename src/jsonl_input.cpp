#include "crimestats/jsonl_input.hpp"

namespace crimestats {

JsonlLineError::JsonlLineError(std::size_t line, const std::string& reason) : InputError(reason), line_(line) {}
Document parse_jsonl_record(std::string_view, std::string_view, std::size_t line_number, const LoadOptions&) {
  throw JsonlLineError(line_number, "not implemented yet");
}
std::size_t read_jsonl(std::istream&, std::string_view, const LoadOptions&, const std::function<void(Document&&)>&,
                       const std::function<void(const JsonlLineError&)>&) {
  return 0;
}

}  // namespace crimestats
