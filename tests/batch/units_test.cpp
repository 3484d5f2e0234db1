// The batch driver's small parts: content hash, shard hash and parsing,
// scheduler environments, path checks.
#include <map>

#include <catch2/catch.hpp>

#include "cli/batch/path_safety.h"
#include "cli/batch/sha256.h"
#include "cli/batch/shard.h"
#include "model/error.h"

using namespace paiban::cli::batch;

TEST_CASE("sha256 matches the FIPS 180-4 test vectors", "[batch]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // Lengths around the padding boundary (55, 56, 64 bytes) must differ.
  CHECK(sha256_hex(std::string(55, 'x')) != sha256_hex(std::string(56, 'x')));
  CHECK(sha256_hex(std::string(64, 'x')).size() == 64);
}

TEST_CASE("the shard hash is FNV-1a 64 and stable", "[batch]") {
  CHECK(fnv1a64("") == 0xcbf29ce484222325ull);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cull);
  CHECK(fnv1a64("foobar") == 0x85944171f73967e8ull);
  Shard two{1, 2, "test"};
  CHECK(in_shard("a", two) == (0xaf63dc4c8601ec8cull % 2 == 1));
}

TEST_CASE("shard option K/N is parsed strictly", "[batch]") {
  Shard s = parse_shard("3/8");
  CHECK(s.index == 3);
  CHECK(s.count == 8);
  for (const char* bad : {"8/8", "1/0", "-1/4", "1/", "/4", "a/b", "1/4/2", "", "1 /4"})
    CHECK_THROWS_AS(parse_shard(bad), paiban::Error);
}

TEST_CASE("scheduler environments give the shard", "[batch]") {
  auto env_of = [](std::map<std::string, std::string> vars) -> EnvLookup {
    return [vars](const char* name) -> std::optional<std::string> {
      auto it = vars.find(name);
      return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
  };
  CHECK_FALSE(shard_from_environment(env_of({}), 0).has_value());
  auto slurm = shard_from_environment(
      env_of({{"SLURM_ARRAY_TASK_ID", "12"}, {"SLURM_ARRAY_TASK_MIN", "10"}, {"SLURM_ARRAY_TASK_MAX", "19"}}), 0);
  REQUIRE(slurm);
  CHECK((slurm->index == 2 && slurm->count == 10));
  // --array=0-20:5 gives tasks 0,5,10,15,20.
  auto stepped = shard_from_environment(env_of({{"SLURM_ARRAY_TASK_ID", "15"}, {"SLURM_ARRAY_TASK_MIN", "0"},
                                                {"SLURM_ARRAY_TASK_MAX", "20"}, {"SLURM_ARRAY_TASK_STEP", "5"},
                                                {"SLURM_ARRAY_TASK_COUNT", "5"}}),
                                        0);
  REQUIRE(stepped);
  CHECK((stepped->index == 3 && stepped->count == 5));
  auto k8s = shard_from_environment(env_of({{"JOB_COMPLETION_INDEX", "4"}}), 6);
  REQUIRE(k8s);
  CHECK((k8s->index == 4 && k8s->count == 6));
  CHECK_THROWS_AS(shard_from_environment(env_of({{"JOB_COMPLETION_INDEX", "4"}}), 0), paiban::Error);
  CHECK_THROWS_AS(shard_from_environment(env_of({{"JOB_COMPLETION_INDEX", "6"}}), 6), paiban::Error);
  CHECK_THROWS_AS(shard_from_environment(env_of({{"SLURM_ARRAY_TASK_ID", "x"}}), 0), paiban::Error);
  CHECK_THROWS_AS(shard_from_environment(env_of({{"SLURM_ARRAY_TASK_ID", "3"}}), 0), paiban::Error);
}

TEST_CASE("relative paths that would leave OUTDIR are named", "[batch]") {
  CHECK_FALSE(relative_path_problem("a/b.txt").has_value());
  CHECK_FALSE(relative_path_problem("a/..b/c..txt").has_value());
  CHECK(relative_path_problem("").has_value());
  CHECK(relative_path_problem("/etc/passwd").has_value());
  CHECK(relative_path_problem("../x.txt").has_value());
  CHECK(relative_path_problem("a/../../x.txt").has_value());
  CHECK(relative_path_problem("a/..").has_value());
  CHECK(is_within("/a/b", "/a/b/c.txt"));
  CHECK(is_within("/a/b", "/a/b"));
  CHECK_FALSE(is_within("/a/b", "/a/bc/d.txt"));
  CHECK_FALSE(is_within("/a/b", "/a"));
}
