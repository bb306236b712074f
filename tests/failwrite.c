/* failwrite: an LD_PRELOAD shim that makes file system calls fail the way a
 * full disk, a crash or an odd file system would, to prove that render reports
 * the error and leaves no partial or clobbered file. Each is on only while
 * its variable is set:
 *   RENDER_FAIL_WRITE=1        every write to a file fails with ENOSPC
 *   RENDER_FAIL_WRITE_FROM=N   the Nth write to a file, and every later one,
 *                              fails with ENOSPC (the disk fills at file N)
 *   RENDER_KILL_IN_FSYNC=1     fsync kills the process (SIGKILL), as a crash
 *                              after the temporary file exists
 *   RENDER_NO_TMPFILE=1        open(O_TMPFILE) fails with EOPNOTSUPP, as on a
 *                              file system without unnamed temporary files
 *   RENDER_FAIL_RENAME=N       the Nth rename fails with EIO (the ones
 *                              after it work, so undoing can be tested)
 * "A file" is any descriptor above 2: the standard streams stay usable so
 * the error message gets out. */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef int (*fsync_fn)(int);
typedef int (*openat_fn)(int, const char *, int, ...);
typedef int (*renameat_fn)(int, const char *, int, const char *);
typedef int (*renameat2_fn)(int, const char *, int, const char *, unsigned int);

/* The next definition of name, the libc one. */
#define REAL(name, type) \
	static type real; \
	if (!real) \
		real = (type)dlsym(RTLD_NEXT, name)

/* Whether the count-th call reaches the number in variable var. */
static int from_nth(const char *var, long count)
{
	const char *v = getenv(var);
	return v && count >= atol(v);
}

/* Whether the count-th call is the one variable var names. */
static int nth(const char *var, long count)
{
	const char *v = getenv(var);
	return v && count == atol(v);
}

ssize_t write(int fd, const void *buf, size_t n)
{
	REAL("write", write_fn);
	static long files;
	if (fd > 2 && (getenv("RENDER_FAIL_WRITE") ||
	               from_nth("RENDER_FAIL_WRITE_FROM", ++files))) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, n);
}

int fsync(int fd)
{
	REAL("fsync", fsync_fn);
	if (fd > 2 && getenv("RENDER_KILL_IN_FSYNC"))
		raise(SIGKILL);
	return real(fd);
}

static int no_tmpfile(int flags)
{
	return (flags & O_TMPFILE) == O_TMPFILE && getenv("RENDER_NO_TMPFILE");
}

int openat(int dirfd, const char *path, int flags, ...)
{
	REAL("openat", openat_fn);
	va_list ap;
	va_start(ap, flags);
	mode_t mode = (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE
	              ? (mode_t)va_arg(ap, int) : 0;
	va_end(ap);
	if (no_tmpfile(flags)) {
		errno = EOPNOTSUPP;
		return -1;
	}
	return real(dirfd, path, flags, mode);
}

static long renames;

int renameat(int olddir, const char *from, int newdir, const char *to)
{
	REAL("renameat", renameat_fn);
	if (nth("RENDER_FAIL_RENAME", ++renames)) {
		errno = EIO;
		return -1;
	}
	return real(olddir, from, newdir, to);
}

int renameat2(int olddir, const char *from, int newdir, const char *to,
              unsigned int flags)
{
	REAL("renameat2", renameat2_fn);
	if (nth("RENDER_FAIL_RENAME", ++renames)) {
		errno = EIO;
		return -1;
	}
	return real(olddir, from, newdir, to, flags);
}
