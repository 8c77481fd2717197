#include <catch2/catch.hpp>

#include "crimestats/jsonl_input.hpp"
