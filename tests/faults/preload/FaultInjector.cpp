// A fault injector preloaded (LD_PRELOAD) into the unmodified studyledger-cli.
//
// Two layers, chosen by SL_FAULT_LAYER:
//   sqlite (default)  a VFS that wraps the default unix VFS and is registered as the new default;
//                     it fails the n-th xWrite / xSync / xTruncate of any SQLite file (main
//                     database, WAL, journal, a VACUUM INTO target ...), optionally only of files
//                     whose path starts with SL_FAULT_PATH.
//   file              libc write/pwrite/writev/fsync/fdatasync/ftruncate on file descriptors whose
//                     path (readlink /proc/self/fd/N) starts with SL_FAULT_PATH; SQLite's own
//                     files are included when they match, as a real full disk would hit them.
//
// SL_FAULT_OP     write | sync | truncate
// SL_FAULT_N      the operation to fail, counted from 1; 0 only counts
// SL_FAULT_KIND   full (SQLITE_FULL / ENOSPC, the default) | io (SQLITE_IOERR_* / EIO)
// SL_FAULT_STICKY 1: every operation from the n-th on fails (a disk that stays full)
// SL_FAULT_PATH   path prefix of the files that count (required for the file layer)
// SL_FAULT_REPORT a file to which the injector appends "hit OP N PATH" when it fails an operation
//                 and "count OP M" at exit (the number of matching operations seen)
//
// Nothing is done when SL_FAULT_OP is unset, so the library is harmless when preloaded idly.
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum Op
{
    OpNone,
    OpWrite,
    OpSync,
    OpTruncate
};

struct FaultState
{
    int enabled;
    int fileLayer;
    Op op;
    long n;
    int io;
    int sticky;
    char prefix[PATH_MAX];
    size_t prefixLength;
    char report[PATH_MAX];
    long count;
    int hit;
};
static FaultState g;

static const char* opName(Op op)
{
    switch (op) {
    case OpWrite:
        return "write";
    case OpSync:
        return "sync";
    case OpTruncate:
        return "truncate";
    default:
        return "none";
    }
}

// The real libc functions, looked up lazily (the constructor may run after the first call).
static ssize_t (*real_write)(int, const void*, size_t);
static ssize_t (*real_pwrite)(int, const void*, size_t, off_t);
static ssize_t (*real_pwrite64)(int, const void*, size_t, off_t);
static ssize_t (*real_writev)(int, const struct iovec*, int);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_ftruncate)(int, off_t);
static int (*real_ftruncate64)(int, off_t);

template <typename F> static void lookup(F& function, const char* name)
{
    if (!function)
        function = reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

static void appendReport(const char* format, ...)
{
    if (!g.report[0])
        return;
    lookup(real_write, "write");
    char line[PATH_MAX + 64];
    va_list args;
    va_start(args, format);
    const int length = vsnprintf(line, sizeof line, format, args);
    va_end(args);
    if (length <= 0)
        return;
    const int fd = open(g.report, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    const size_t size = (size_t)length < sizeof line ? (size_t)length : sizeof line - 1;
    ssize_t ignored = real_write(fd, line, size);
    (void)ignored;
    close(fd);
}

static int matches(const char* path)
{
    if (!g.prefixLength)
        return 1;
    return path && strncmp(path, g.prefix, g.prefixLength) == 0;
}

// Counts one matching operation; returns 1 when it must fail.
static int shouldFail(Op op, const char* path)
{
    if (!g.enabled || op != g.op || !matches(path))
        return 0;
    ++g.count;
    if (g.n <= 0)
        return 0;
    if (g.count == g.n || (g.sticky && g.count > g.n)) {
        if (!g.hit)
            appendReport("hit %s %ld %s\n", opName(op), g.count, path ? path : "?");
        g.hit = 1;
        return 1;
    }
    return 0;
}

// ---- the SQLite layer ----------------------------------------------------------------------

typedef struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real; // follows this struct in the same allocation
    char path[PATH_MAX];
} FaultFile;

static sqlite3_vfs* g_realVfs;
static sqlite3_vfs g_vfs;
static sqlite3_io_methods g_methods[4]; // by iVersion 0..3

static int sqliteError(Op op)
{
    if (!g.io)
        return SQLITE_FULL;
    switch (op) {
    case OpWrite:
        return SQLITE_IOERR_WRITE;
    case OpSync:
        return SQLITE_IOERR_FSYNC;
    case OpTruncate:
        return SQLITE_IOERR_TRUNCATE;
    default:
        return SQLITE_IOERR;
    }
}

#define REAL(f) (((FaultFile*)(f))->real)

static int fClose(sqlite3_file* f)
{
    int rc = SQLITE_OK;
    if (REAL(f)->pMethods)
        rc = REAL(f)->pMethods->xClose(REAL(f));
    return rc;
}
static int fRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return REAL(f)->pMethods->xRead(REAL(f), buffer, amount, offset);
}
static int fWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (!g.fileLayer && shouldFail(OpWrite, ((FaultFile*)f)->path))
        return sqliteError(OpWrite);
    return REAL(f)->pMethods->xWrite(REAL(f), buffer, amount, offset);
}
static int fTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (!g.fileLayer && shouldFail(OpTruncate, ((FaultFile*)f)->path))
        return sqliteError(OpTruncate);
    return REAL(f)->pMethods->xTruncate(REAL(f), size);
}
static int fSync(sqlite3_file* f, int flags)
{
    if (!g.fileLayer && shouldFail(OpSync, ((FaultFile*)f)->path))
        return sqliteError(OpSync);
    return REAL(f)->pMethods->xSync(REAL(f), flags);
}
static int fFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return REAL(f)->pMethods->xFileSize(REAL(f), size);
}
static int fLock(sqlite3_file* f, int level)
{
    return REAL(f)->pMethods->xLock(REAL(f), level);
}
static int fUnlock(sqlite3_file* f, int level)
{
    return REAL(f)->pMethods->xUnlock(REAL(f), level);
}
static int fCheckReservedLock(sqlite3_file* f, int* out)
{
    return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}
static int fFileControl(sqlite3_file* f, int op, void* arg)
{
    return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}
static int fSectorSize(sqlite3_file* f)
{
    return REAL(f)->pMethods->xSectorSize(REAL(f));
}
static int fDeviceCharacteristics(sqlite3_file* f)
{
    return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}
static int fShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return REAL(f)->pMethods->xShmMap(REAL(f), region, size, extend, out);
}
static int fShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags);
}
static void fShmBarrier(sqlite3_file* f)
{
    REAL(f)->pMethods->xShmBarrier(REAL(f));
}
static int fShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return REAL(f)->pMethods->xShmUnmap(REAL(f), deleteFlag);
}
static int fFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return REAL(f)->pMethods->xFetch(REAL(f), offset, amount, out);
}
static int fUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return REAL(f)->pMethods->xUnfetch(REAL(f), offset, p);
}

static void initMethods(void)
{
    for (int v = 0; v < 4; ++v) {
        sqlite3_io_methods* m = &g_methods[v];
        m->iVersion = v;
        m->xClose = fClose;
        m->xRead = fRead;
        m->xWrite = fWrite;
        m->xTruncate = fTruncate;
        m->xSync = fSync;
        m->xFileSize = fFileSize;
        m->xLock = fLock;
        m->xUnlock = fUnlock;
        m->xCheckReservedLock = fCheckReservedLock;
        m->xFileControl = fFileControl;
        m->xSectorSize = fSectorSize;
        m->xDeviceCharacteristics = fDeviceCharacteristics;
        if (v >= 2) {
            m->xShmMap = fShmMap;
            m->xShmLock = fShmLock;
            m->xShmBarrier = fShmBarrier;
            m->xShmUnmap = fShmUnmap;
        }
        if (v >= 3) {
            m->xFetch = fFetch;
            m->xUnfetch = fUnfetch;
        }
    }
}

static int vOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    (void)vfs;
    FaultFile* f = (FaultFile*)file;
    f->real = (sqlite3_file*)(f + 1);
    f->real->pMethods = NULL;
    f->path[0] = 0;
    if (name) {
        strncpy(f->path, name, sizeof f->path - 1);
        f->path[sizeof f->path - 1] = 0;
    }
    const int rc = g_realVfs->xOpen(g_realVfs, name, f->real, flags, outFlags);
    if (f->real->pMethods) {
        const int version = f->real->pMethods->iVersion;
        f->base.pMethods = &g_methods[version < 0 ? 0 : version > 3 ? 3 : version];
    } else {
        f->base.pMethods = NULL;
    }
    return rc;
}

static int vDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    (void)vfs;
    return g_realVfs->xDelete(g_realVfs, name, syncDir);
}
static int vAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    (void)vfs;
    return g_realVfs->xAccess(g_realVfs, name, flags, out);
}
static int vFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    (void)vfs;
    return g_realVfs->xFullPathname(g_realVfs, name, size, out);
}
static void* vDlOpen(sqlite3_vfs* vfs, const char* name)
{
    (void)vfs;
    return g_realVfs->xDlOpen(g_realVfs, name);
}
static void vDlError(sqlite3_vfs* vfs, int size, char* out)
{
    (void)vfs;
    g_realVfs->xDlError(g_realVfs, size, out);
}
static void (*vDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    (void)vfs;
    return g_realVfs->xDlSym(g_realVfs, handle, symbol);
}
static void vDlClose(sqlite3_vfs* vfs, void* handle)
{
    (void)vfs;
    g_realVfs->xDlClose(g_realVfs, handle);
}
static int vRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    (void)vfs;
    return g_realVfs->xRandomness(g_realVfs, size, out);
}
static int vSleep(sqlite3_vfs* vfs, int micro)
{
    (void)vfs;
    return g_realVfs->xSleep(g_realVfs, micro);
}
static int vCurrentTime(sqlite3_vfs* vfs, double* out)
{
    (void)vfs;
    return g_realVfs->xCurrentTime(g_realVfs, out);
}
static int vGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    (void)vfs;
    return g_realVfs->xGetLastError ? g_realVfs->xGetLastError(g_realVfs, size, out) : 0;
}
static int vCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    (void)vfs;
    return g_realVfs->xCurrentTimeInt64(g_realVfs, out);
}

static void registerVfs(void)
{
    g_realVfs = sqlite3_vfs_find(NULL);
    if (!g_realVfs)
        return;
    initMethods();
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = (int)sizeof(FaultFile) + g_realVfs->szOsFile;
    g_vfs.mxPathname = g_realVfs->mxPathname;
    g_vfs.zName = "sl-fault";
    g_vfs.xOpen = vOpen;
    g_vfs.xDelete = vDelete;
    g_vfs.xAccess = vAccess;
    g_vfs.xFullPathname = vFullPathname;
    g_vfs.xDlOpen = vDlOpen;
    g_vfs.xDlError = vDlError;
    g_vfs.xDlSym = vDlSym;
    g_vfs.xDlClose = vDlClose;
    g_vfs.xRandomness = vRandomness;
    g_vfs.xSleep = vSleep;
    g_vfs.xCurrentTime = vCurrentTime;
    g_vfs.xGetLastError = vGetLastError;
    g_vfs.xCurrentTimeInt64 = vCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1);
}

// ---- the libc layer ------------------------------------------------------------------------

static int fdMatches(int fd, char* path, size_t size)
{
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, size - 1);
    if (n <= 0)
        return 0;
    path[n] = 0;
    return matches(path);
}

static int failFd(Op op, int fd)
{
    if (!g.enabled || !g.fileLayer || op != g.op || fd < 0)
        return 0;
    char path[PATH_MAX];
    if (!fdMatches(fd, path, sizeof path))
        return 0;
    if (!shouldFail(op, path))
        return 0;
    errno = g.io ? EIO : ENOSPC;
    return 1;
}

extern "C" {

ssize_t write(int fd, const void* buffer, size_t size)
{
    lookup(real_write, "write");
    if (size > 0 && failFd(OpWrite, fd))
        return -1;
    return real_write(fd, buffer, size);
}

ssize_t pwrite(int fd, const void* buffer, size_t size, off_t offset)
{
    lookup(real_pwrite, "pwrite");
    if (size > 0 && failFd(OpWrite, fd))
        return -1;
    return real_pwrite(fd, buffer, size, offset);
}

ssize_t pwrite64(int fd, const void* buffer, size_t size, off_t offset)
{
    lookup(real_pwrite64, "pwrite64");
    if (size > 0 && failFd(OpWrite, fd))
        return -1;
    return real_pwrite64(fd, buffer, size, offset);
}

ssize_t writev(int fd, const struct iovec* vector, int count)
{
    lookup(real_writev, "writev");
    if (count > 0 && failFd(OpWrite, fd))
        return -1;
    return real_writev(fd, vector, count);
}

int fsync(int fd)
{
    lookup(real_fsync, "fsync");
    if (failFd(OpSync, fd))
        return -1;
    return real_fsync(fd);
}

int fdatasync(int fd)
{
    lookup(real_fdatasync, "fdatasync");
    if (failFd(OpSync, fd))
        return -1;
    return real_fdatasync(fd);
}

int ftruncate(int fd, off_t size)
{
    lookup(real_ftruncate, "ftruncate");
    if (failFd(OpTruncate, fd))
        return -1;
    return real_ftruncate(fd, size);
}

int ftruncate64(int fd, off_t size)
{
    lookup(real_ftruncate64, "ftruncate64");
    if (failFd(OpTruncate, fd))
        return -1;
    return real_ftruncate64(fd, size);
}

} // extern "C"

// ---- set-up --------------------------------------------------------------------------------

static void reportCount(void)
{
    appendReport("count %s %ld\n", opName(g.op), g.count);
}

__attribute__((constructor)) static void faultInjectorInit(void)
{
    const char* op = getenv("SL_FAULT_OP");
    if (!op || !*op)
        return;
    g.op = strcmp(op, "write") == 0      ? OpWrite
           : strcmp(op, "sync") == 0     ? OpSync
           : strcmp(op, "truncate") == 0 ? OpTruncate
                                         : OpNone;
    if (g.op == OpNone)
        return;
    const char* n = getenv("SL_FAULT_N");
    g.n = n ? strtol(n, NULL, 10) : 1;
    const char* kind = getenv("SL_FAULT_KIND");
    g.io = kind && strcmp(kind, "io") == 0;
    const char* sticky = getenv("SL_FAULT_STICKY");
    g.sticky = sticky && strcmp(sticky, "1") == 0;
    const char* layer = getenv("SL_FAULT_LAYER");
    g.fileLayer = layer && strcmp(layer, "file") == 0;
    const char* prefix = getenv("SL_FAULT_PATH");
    if (prefix) {
        strncpy(g.prefix, prefix, sizeof g.prefix - 1);
        g.prefixLength = strlen(g.prefix);
    }
    if (g.fileLayer && !g.prefixLength)
        return; // the file layer needs a path, or the terminal would fail too
    const char* report = getenv("SL_FAULT_REPORT");
    if (report)
        strncpy(g.report, report, sizeof g.report - 1);
    // Children (none today) must not inherit the fault.
    unsetenv("LD_PRELOAD");
    g.enabled = 1;
    if (!g.fileLayer)
        registerVfs();
    atexit(reportCount);
}
