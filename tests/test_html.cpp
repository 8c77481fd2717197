#include <catch2/catch.hpp>

#include "crimestats/html.hpp"
