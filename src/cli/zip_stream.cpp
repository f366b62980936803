#include "zip_stream.hpp"

#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "output_file.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::cli {

namespace {

/// A libzip source that writes the archive onto a descriptor: libzip asks for
/// an empty archive to start from (ZIP_TRUNCATE), then writes, seeking back to
/// complete each entry's header. The descriptor's file is the output's
/// temporary file, which write_output_with renames into place.
struct FdSink {
    int fd = -1;
    zip_error_t error;
};

zip_int64_t fail(FdSink& s, int zip_code) {
    zip_error_set(&s.error, zip_code, errno);
    return -1;
}

zip_int64_t sink(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    FdSink& s = *static_cast<FdSink*>(user);
    switch (cmd) {
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL,
                                              ZIP_SOURCE_SUPPORTS, ZIP_SOURCE_BEGIN_WRITE, ZIP_SOURCE_COMMIT_WRITE,
                                              ZIP_SOURCE_ROLLBACK_WRITE, ZIP_SOURCE_WRITE, ZIP_SOURCE_SEEK_WRITE,
                                              ZIP_SOURCE_TELL_WRITE, ZIP_SOURCE_REMOVE, -1);
    case ZIP_SOURCE_STAT: {
        auto* st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &s.error);
        if (!st) return -1;
        zip_stat_init(st);
        st->valid = ZIP_STAT_SIZE;
        st->size = 0;  // an empty archive: everything is added
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&s.error, data, len);
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
    case ZIP_SOURCE_READ:
    case ZIP_SOURCE_SEEK:
    case ZIP_SOURCE_TELL:
    case ZIP_SOURCE_COMMIT_WRITE:
        return 0;
    case ZIP_SOURCE_BEGIN_WRITE:
    case ZIP_SOURCE_ROLLBACK_WRITE:
    case ZIP_SOURCE_REMOVE:
        if (lseek(s.fd, 0, SEEK_SET) < 0 || ftruncate(s.fd, 0) != 0) return fail(s, ZIP_ER_WRITE);
        return 0;
    case ZIP_SOURCE_WRITE: {
        std::string why;
        if (!write_fd(s.fd, std::string_view(static_cast<const char*>(data), len), why))
            return fail(s, ZIP_ER_WRITE);
        return static_cast<zip_int64_t>(len);
    }
    case ZIP_SOURCE_SEEK_WRITE: {
        auto* args = ZIP_SOURCE_GET_ARGS(zip_source_args_seek_t, data, len, &s.error);
        if (!args) return -1;
        if (lseek(s.fd, args->offset, args->whence) < 0) return fail(s, ZIP_ER_SEEK);
        return 0;
    }
    case ZIP_SOURCE_TELL_WRITE: {
        off_t at = lseek(s.fd, 0, SEEK_CUR);
        if (at < 0) return fail(s, ZIP_ER_TELL);
        return at;
    }
    default:
        zip_error_set(&s.error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

/// A libzip source reading one file through the FileReader, a piece at a
/// time: opened when libzip starts to read it, closed when it is done, so
/// that one file at a time is open. Its size and its mode (kept as the
/// entry's Unix attributes) are told when libzip asks, opening the file
/// briefly, as zip_source_file tells them: the same files give the same bytes.
struct FileSource {
    const FileReader* reader = nullptr;
    std::string path;
    std::unique_ptr<FileStream> stream;
    zip_error_t error;
};

zip_int64_t file_source(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    FileSource& s = *static_cast<FileSource*>(user);
    switch (cmd) {
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_GET_FILE_ATTRIBUTES, -1);
    case ZIP_SOURCE_GET_FILE_ATTRIBUTES: {
        if (len < sizeof(zip_file_attributes_t)) {
            zip_error_set(&s.error, ZIP_ER_INVAL, 0);
            return -1;
        }
        auto* attributes = static_cast<zip_file_attributes_t*>(data);  // initialised by libzip
        std::optional<std::uint32_t> mode;
        if (s.stream) mode = s.stream->mode();
        else if (OpenedFile f = s.reader->open(s.path); f.stream) mode = f.stream->mode();
        if (mode) {  // as zip_source_file: the mode, and the DOS read-only bit when not writable
            attributes->valid |= ZIP_FILE_ATTRIBUTES_HOST_SYSTEM | ZIP_FILE_ATTRIBUTES_EXTERNAL_FILE_ATTRIBUTES;
            attributes->host_system = ZIP_OPSYS_UNIX;
            attributes->external_file_attributes = (*mode << 16) | ((*mode & S_IWUSR) ? 0 : 1);
        }
        return sizeof(zip_file_attributes_t);
    }
    case ZIP_SOURCE_STAT: {
        auto* st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &s.error);
        if (!st) return -1;
        zip_stat_init(st);
        std::optional<std::uintmax_t> size;
        if (s.stream) size = s.stream->size();
        else if (OpenedFile f = s.reader->open(s.path); f.stream) size = f.stream->size();
        if (size) {
            st->valid |= ZIP_STAT_SIZE;
            st->size = *size;
        }
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_OPEN: {
        OpenedFile opened = s.reader->open(s.path);
        if (!opened.stream) {
            zip_error_set(&s.error, ZIP_ER_OPEN, errno);
            return -1;
        }
        s.stream = std::move(opened.stream);
        return 0;
    }
    case ZIP_SOURCE_READ: {
        std::ptrdiff_t n = s.stream ? s.stream->read(static_cast<char*>(data), len) : -1;
        if (n < 0) {
            zip_error_set(&s.error, ZIP_ER_READ, errno);
            return -1;
        }
        return n;
    }
    case ZIP_SOURCE_CLOSE:
        s.stream.reset();
        return 0;
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&s.error, data, len);
    case ZIP_SOURCE_FREE:
        return 0;  // the FileSource belongs to stream_zip
    default:
        zip_error_set(&s.error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

/// libzip names no entry when a file cannot be read at close: find it.
std::string unreadable_entry(const std::vector<StreamEntry>& entries, const FileReader& reader) {
    for (const StreamEntry& e : entries) {
        if (e.file.empty()) continue;
        if (OpenedFile opened = reader.open(e.file); !opened.stream)
            return fmt::format(" ('{}': {})", escape_for_terminal(e.name), opened.error);
    }
    return "";
}

}  // namespace

bool stream_zip(int fd, const std::vector<StreamEntry>& entries, const FileReader& reader, std::string& why) {
    std::vector<std::unique_ptr<FileSource>> files;  // outlive the archive: freed after zip_close or zip_discard
    auto free_files = [&] {
        for (auto& f : files) zip_error_fini(&f->error);
    };
    FdSink s;
    s.fd = fd;
    zip_error_init(&s.error);
    zip_error_t zerr;
    zip_error_init(&zerr);
    auto done = [&](std::string what) {
        why = std::move(what);
        free_files();
        zip_error_fini(&zerr);
        zip_error_fini(&s.error);
        return false;
    };
    zip_source_t* src = zip_source_function_create(sink, &s, &zerr);
    if (!src) return done(fmt::format("zip: {}", zip_error_strerror(&zerr)));
    zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &zerr);
    if (!za) {
        zip_source_free(src);
        return done(fmt::format("zip: {}", zip_error_strerror(&zerr)));
    }
    for (const StreamEntry& e : entries) {
        zip_source_t* part = nullptr;
        if (e.file.empty()) {
            part = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        } else {
            files.push_back(std::make_unique<FileSource>());
            FileSource& f = *files.back();
            f.reader = &reader;
            f.path = e.file;
            zip_error_init(&f.error);
            part = zip_source_function(za, file_source, &f);
        }
        if (!part) {
            std::string msg = fmt::format("'{}': {}", escape_for_terminal(e.name), zip_error_strerror(zip_get_error(za)));
            zip_discard(za);
            return done(msg);
        }
        zip_int64_t i = zip_file_add(za, e.name.c_str(), part, ZIP_FL_ENC_UTF_8);
        if (i < 0) {
            zip_source_free(part);
            std::string msg = fmt::format("'{}': {}", escape_for_terminal(e.name), zip_error_strerror(zip_get_error(za)));
            zip_discard(za);
            return done(msg);
        }
        auto idx = static_cast<zip_uint64_t>(i);
        if (zip_file_set_dostime(za, idx, 0, (1u << 5) | 1u, 0) != 0 ||
            zip_set_file_compression(za, idx, ZIP_CM_DEFLATE, 0) != 0) {
            std::string msg = fmt::format("'{}': {}", escape_for_terminal(e.name), zip_error_strerror(zip_get_error(za)));
            zip_discard(za);
            return done(msg);
        }
    }
    if (zip_close(za) != 0) {
        std::string msg = fmt::format("zip: {}{}", zip_error_strerror(zip_get_error(za)), unreadable_entry(entries, reader));
        zip_discard(za);
        return done(msg);
    }
    free_files();
    zip_error_fini(&zerr);
    zip_error_fini(&s.error);
    return true;
}

}  // namespace scmplan::cli
