// Reading the input fixtures under tests/fixtures/inputs/.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace fixtures {

// The bytes of tests/fixtures/inputs/NAME.
inline std::string read(const std::string& name) {
  std::ifstream in(std::string(CRIMESTATS_SOURCE_DIR "/tests/fixtures/inputs/") + name, std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The non-blank lines of `text`, trimmed and joined with "\n": what the
// extractors can see once furniture is blanked.
inline std::string visible(const std::string& text) {
  std::string out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    if (!out.empty()) out += '\n';
    out += line.substr(first, line.find_last_not_of(" \t") + 1 - first);
  }
  return out;
}

}  // namespace fixtures
