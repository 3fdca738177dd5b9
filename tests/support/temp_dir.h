#pragma once
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>

namespace enindgang::testing {

// A fresh folder under the system temp folder, removed when the test ends.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("enindgang-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes each path → content pair below the folder.
  void Write(const std::map<std::string, std::string>& files) const {
    for (const auto& [name, content] : files) {
      auto full = path_ / name;
      std::filesystem::create_directories(full.parent_path());
      std::ofstream(full, std::ios::binary) << content;
    }
  }

  std::string Read(const std::string& name) const {
    std::ifstream in(path_ / name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  bool Exists(const std::string& name) const { return std::filesystem::exists(path_ / name); }

 private:
  std::filesystem::path path_;
};

}  // namespace enindgang::testing
