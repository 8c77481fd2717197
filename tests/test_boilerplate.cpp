#include <catch2/catch.hpp>

#include "crimestats/boilerplate.hpp"
