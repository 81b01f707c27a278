// eSpeak NG as a child process, its WAV encoded with libopusenc, clips cached on disk.
#include "tool/speech_render.hpp"

#include <fcntl.h>
#include <opusenc.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <thread>

#include "core/checksum.hpp"

namespace kiosk::tool {

namespace {

// Closes a file descriptor on scope exit.
struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

struct Pipe {
  Fd read;
  Fd write;
  bool open() {
    std::array<int, 2> fds{};
    if (::pipe2(fds.data(), O_CLOEXEC) != 0) return false;
    read.fd = fds[0];
    write.fd = fds[1];
    return true;
  }
};

// Runs `args` (found on PATH) with `input` on its standard input; its standard output, or
// nullopt when it cannot be started or exits with a failure. Standard error is discarded.
std::optional<std::vector<std::uint8_t>> run_program(const std::vector<std::string>& args,
                                                     const std::string& input) {
  Pipe in;
  Pipe out;
  if (!in.open() || !out.open()) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read.fd, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.write.fd, STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return std::nullopt;
  in.read.reset();
  out.write.reset();
  // The texts are far smaller than a pipe's buffer, so writing all first cannot deadlock.
  for (std::size_t done = 0; done < input.size();) {
    const ssize_t n = ::write(in.write.fd, input.data() + done, input.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  in.write.reset();
  std::vector<std::uint8_t> output;
  std::array<std::uint8_t, 65536> buffer{};
  for (ssize_t n = 0; (n = ::read(out.read.fd, buffer.data(), buffer.size())) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    output.insert(output.end(), buffer.begin(), buffer.begin() + n);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return output;
}

std::uint32_t little_endian(const std::vector<std::uint8_t>& bytes, std::size_t at, int width) {
  std::uint32_t value = 0;
  for (int i = width - 1; i >= 0; --i) value = (value << 8U) | bytes[at + i];
  return value;
}

// The samples of espeak-ng's WAV (mono 16-bit PCM; its header's sizes are placeholders when
// written to a pipe, so the data runs to the end). Empty when it is not such a WAV.
std::vector<std::int16_t> wav_samples(const std::vector<std::uint8_t>& wav, int& rate) {
  constexpr std::size_t kHeader = 44;
  if (wav.size() <= kHeader || std::memcmp(wav.data(), "RIFF", 4) != 0 ||
      std::memcmp(wav.data() + 36, "data", 4) != 0 || little_endian(wav, 22, 2) != 1 ||
      little_endian(wav, 34, 2) != 16) {
    return {};
  }
  rate = static_cast<int>(little_endian(wav, 24, 4));
  std::vector<std::int16_t> samples((wav.size() - kHeader) / 2);
  for (std::size_t i = 0; i < samples.size(); ++i) {
    samples[i] = static_cast<std::int16_t>(little_endian(wav, kHeader + 2 * i, 2));
  }
  return samples;
}

int append_bytes(void* user, const unsigned char* data, opus_int32 length) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(user);
  out->insert(out->end(), data, data + length);
  return 0;
}

int close_nothing(void* /*user*/) { return 0; }

struct EncoderCloser {
  void operator()(OggOpusEnc* e) const { ope_encoder_destroy(e); }
};
struct CommentsCloser {
  void operator()(OggOpusComments* c) const { ope_comments_destroy(c); }
};

}  // namespace

std::optional<std::string> espeak_version(const std::string& program) {
  const auto output = run_program({program, "--version"}, "");
  if (!output || output->empty()) return std::nullopt;
  std::string line(output->begin(), output->end());
  // "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/...": the name and version only.
  line = line.substr(0, line.find('\n'));
  line = line.substr(0, line.find("  Data at"));
  return line;
}

std::vector<std::uint8_t> encode_ogg_opus(std::span<const std::int16_t> samples, int rate) {
  std::vector<std::uint8_t> out;
  const OpusEncCallbacks callbacks{append_bytes, close_nothing};
  const std::unique_ptr<OggOpusComments, CommentsCloser> comments(ope_comments_create());
  int error = 0;
  const std::unique_ptr<OggOpusEnc, EncoderCloser> encoder(
      ope_encoder_create_callbacks(&callbacks, &out, comments.get(), rate, 1, 0, &error));
  if (!encoder) throw std::runtime_error(std::string("libopusenc: ") + ope_strerror(error));
  ope_encoder_ctl(encoder.get(), OPE_SET_SERIALNO(1));
  // No room kept for tags added later (512 bytes a clip by default): clips are never edited.
  ope_encoder_ctl(encoder.get(), OPE_SET_COMMENT_PADDING(0));
  ope_encoder_ctl(encoder.get(), OPUS_SET_BITRATE(kSpeechBitrate));
  ope_encoder_ctl(encoder.get(), OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
  ope_encoder_ctl(encoder.get(), OPUS_SET_COMPLEXITY(kSpeechComplexity));
  if (ope_encoder_write(encoder.get(), samples.data(), static_cast<int>(samples.size())) != 0 ||
      ope_encoder_drain(encoder.get()) != 0) {
    throw std::runtime_error("libopusenc: cannot encode");
  }
  return out;
}

std::optional<SpeechClip> render_with_espeak(const std::string& program,
                                             const std::string& language, const std::string& text) {
  const auto wav = run_program({program, "-v", language, "-b", "1", "--stdin", "--stdout"}, text);
  if (!wav) return std::nullopt;
  int rate = 0;
  const std::vector<std::int16_t> samples = wav_samples(*wav, rate);
  if (samples.empty() || rate <= 0) return std::nullopt;
  return SpeechClip{encode_ogg_opus(samples, rate),
                    static_cast<double>(samples.size()) / static_cast<double>(rate)};
}

namespace {

std::filesystem::path cache_file(const std::string& cache_dir, const std::string& version,
                                 const SpokenText& t) {
  Fnv1a64 hash;
  const std::string key = version + '\n' + t.language + '\n' + std::to_string(kSpeechBitrate) +
                          '/' + std::to_string(kSpeechComplexity) + "/unpadded\n" + t.text;
  hash.add(std::span<const char>(key.data(), key.size()));
  return std::filesystem::path(cache_dir) / (hash.hex() + ".clip");
}

constexpr std::string_view kCacheMagic = "kiosk-db speech clip 1\n";

// A cached clip: the magic line, its seconds on a line, then the Ogg stream. nullopt when the
// file is missing or is not such a clip (then it is rendered again). Not decoded: reading the
// cache must be instant, and kiosk-db check decodes every stored clip anyway.
std::optional<SpeechClip> read_cached(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string magic(kCacheMagic.size(), '\0');
  double seconds = 0;
  if (!in.read(magic.data(), static_cast<std::streamsize>(magic.size())) || magic != kCacheMagic ||
      !(in >> seconds) || in.get() != '\n' || !(seconds > 0)) {
    return std::nullopt;
  }
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
  if (bytes.size() < 4 || std::memcmp(bytes.data(), "OggS", 4) != 0) return std::nullopt;
  return SpeechClip{std::move(bytes), seconds};
}

// Stores a clip under its key: written beside, then renamed, so a parallel build never reads
// half a file. Best effort: a cache that cannot be written only costs time.
void write_cached(const std::filesystem::path& file, const SpeechClip& clip) {
  const std::filesystem::path temporary =
      file.string() + ".tmp-" + std::to_string(::getpid()) + "-" +
      std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
  {
    std::ofstream out(temporary, std::ios::binary);
    out.precision(17);
    out << kCacheMagic << clip.seconds << '\n';
    out.write(reinterpret_cast<const char*>(clip.ogg_opus.data()),
              static_cast<std::streamsize>(clip.ogg_opus.size()));
    if (!out) return;
  }
  std::error_code ignored;
  std::filesystem::rename(temporary, file, ignored);
}

}  // namespace

RenderReport render_all(const std::vector<SpokenText>& texts, const RenderSettings& settings) {
  const std::string& cache_dir = settings.cache_dir;
  RenderReport report;
  report.clips.resize(texts.size());
  if (!cache_dir.empty()) {
    std::error_code ignored;
    std::filesystem::create_directories(cache_dir, ignored);
  }
  std::atomic<std::size_t> next{0};
  std::atomic<int> rendered{0};
  std::atomic<int> cached{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < texts.size(); i = next++) {
      const SpokenText& t = texts[i];
      const auto file =
          cache_dir.empty() ? std::filesystem::path() : cache_file(cache_dir, settings.version, t);
      if (!file.empty()) report.clips[i] = read_cached(file);
      if (report.clips[i]) {
        ++cached;
        continue;
      }
      report.clips[i] = render_with_espeak(settings.program, t.language, t.text);
      if (!report.clips[i]) continue;
      ++rendered;
      if (!file.empty()) write_cached(file, *report.clips[i]);
    }
  };
  std::vector<std::jthread> pool;
  for (int i = 1; i < std::max(settings.threads, 1); ++i) pool.emplace_back(work);
  work();
  pool.clear();
  report.rendered = rendered;
  report.cached = cached;
  return report;
}

}  // namespace kiosk::tool
