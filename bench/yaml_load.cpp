// The floor for `scmplan check`: bare yaml-cpp on the same files.
//
//   yaml_load FOLDER
//
// Reads every *.yaml file under FOLDER (recursively, in byte order of the
// path), parses each with YAML::Load, walks the node tree and counts scalars
// (and their bytes), so that nothing can be optimised away. Single-threaded,
// no validation, no positions: what any yaml-cpp based tool must at least do.
// Built by scripts/bench: g++ -std=c++20 -O2 bench/yaml_load.cpp -lyaml-cpp
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Counts {
    unsigned long long scalars = 0;
    unsigned long long scalar_bytes = 0;
    unsigned long long nodes = 0;
};

void walk(const YAML::Node& n, Counts& c) {
    ++c.nodes;
    switch (n.Type()) {
        case YAML::NodeType::Scalar:
            ++c.scalars;
            c.scalar_bytes += n.Scalar().size();
            break;
        case YAML::NodeType::Sequence:
            for (const auto& item : n) walk(item, c);
            break;
        case YAML::NodeType::Map:
            for (const auto& kv : n) {
                walk(kv.first, c);
                walk(kv.second, c);
            }
            break;
        default:
            break;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(argv[1]))
        if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());

    Counts c;
    unsigned long long bytes = 0;
    std::string text;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", f.c_str());
            return 3;
        }
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        bytes += text.size();
        try {
            walk(YAML::Load(text), c);
        } catch (const YAML::Exception& e) {
            std::fprintf(stderr, "%s: %s\n", f.c_str(), e.what());
            return 1;
        }
    }
    std::printf("%zu files, %llu bytes, %llu nodes, %llu scalars (%llu bytes)\n", files.size(), bytes, c.nodes,
                c.scalars, c.scalar_bytes);
    return 0;
}
