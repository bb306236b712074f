/* output: all-or-none writes of a run's files; see output.h.
 * Two phases. Prepare: for every target, follow its symlinks, open its folder,
 * write the bytes to a temporary file there, fsync it and give it a name.
 * Nothing the user sees has changed yet, so any failure here only removes the
 * temporary files. Swap: move each temporary file onto its target; an
 * existing target is exchanged (renameat2 RENAME_EXCHANGE), so its old bytes
 * stay under the temporary name until every swap has worked, and a failed
 * swap can put back the ones before it. */
#include "output.h"
#include "diag.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* Temporary files are ".render-tmp-NAME.PID.N" beside their target. The
 * writer holds an flock on its temporary file until it is done, so a file
 * of that name nobody has locked was left by a killed run. */
#define TMP_PREFIX ".render-tmp-"
/* Bytes of the target's name kept in a temporary name, so the whole name
 * stays within NAME_MAX. */
#define TMP_NAME_PART 100
/* Symlinks followed from a target, as the kernel's own limit (ELOOP). */
#define MAX_LINKS 40

typedef enum {
	SWAP_NONE,      /* not moved yet */
	SWAP_EXCHANGED, /* target and temporary name swapped: tmp holds the old bytes */
	SWAP_CREATED,   /* moved to where no file was */
	SWAP_REPLACED,  /* renamed over the old file: no way back (no RENAME_EXCHANGE) */
	SWAP_EXCHANGED_STUCK, /* exchanged, and exchanging back failed */
} SwapState;

typedef struct Target {
	const OutputFile *f;
	char *path;        /* owned: f->path with its symlinks followed */
	char *base;        /* owned: its last part */
	int dirfd;         /* its folder, or -1 */
	int fd;            /* the temporary file, or -1 */
	char *tmp;         /* owned: the temporary file's name in the folder, or NULL */
	gboolean existed;
	mode_t mode;
	SwapState swap;
} Target;

static gboolean fail_errno(GError **err, const Target *t, int e)
{
	return diag_fail(err, DIAG_IO, "%s: cannot write: %s", t->f->path, g_strerror(e));
}

/* path with every symlink followed, as cp writes through them; a link to a
 * file that does not exist yet names where the file will be. */
static gboolean follow_links(Target *t, GError **err)
{
	char *p = g_strdup(t->f->path);
	for (int hops = 0;; hops++) {
		struct stat st;
		if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode))
			break;
		char *link = hops < MAX_LINKS ? g_file_read_link(p, NULL) : NULL;
		if (!link) {
			g_free(p);
			return fail_errno(err, t, hops < MAX_LINKS ? errno : ELOOP);
		}
		if (!g_path_is_absolute(link)) {
			char *dir = g_path_get_dirname(p);
			char *joined = g_build_filename(dir, link, NULL);
			g_free(dir);
			g_free(link);
			link = joined;
		}
		g_free(p);
		p = link;
	}
	t->path = p;
	t->base = g_path_get_basename(p);
	return TRUE;
}

/* Opens the target's folder and learns whether the target exists and with
 * what mode. */
static gboolean open_folder(Target *t, GError **err)
{
	char *dir = g_path_get_dirname(t->path);
	t->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int e = errno;
	gboolean ok = t->dirfd >= 0;
	if (!ok && (e == ENOENT || e == ENOTDIR))
		diag_fail(err, DIAG_IO, "%s: cannot write: the folder %s does not exist; "
		          "create it first", t->f->path, dir);
	else if (!ok)
		diag_fail(err, DIAG_IO, "%s: cannot write to the folder %s: %s", t->f->path,
		          dir, g_strerror(e));
	g_free(dir);
	if (!ok)
		return FALSE;
	struct stat st;
	if (fstatat(t->dirfd, t->base, &st, 0) != 0) {
		mode_t mask = umask(0);   /* read it: there is no other portable way */
		umask(mask);
		t->mode = 0666 & ~mask;
		return TRUE;
	}
	if (S_ISDIR(st.st_mode))
		return diag_fail(err, DIAG_IO, "%s: cannot write: it is a folder; give a "
		                 "file name", t->f->path);
	if (!S_ISREG(st.st_mode))
		return diag_fail(err, DIAG_IO, "%s: cannot write: it is not a regular file "
		                 "(a device, pipe or socket); give a file name", t->f->path);
	t->existed = TRUE;
	t->mode = st.st_mode & 0777;
	return TRUE;
}

/* Removes the temporary files of killed runs from the folder: those nobody
 * holds a lock on. A live run's are locked and left alone. */
static void remove_leftovers(int dirfd)
{
	int dup_fd = dup(dirfd);
	DIR *d = dup_fd >= 0 ? fdopendir(dup_fd) : NULL;
	if (!d) {
		if (dup_fd >= 0)
			close(dup_fd);
		return;
	}
	rewinddir(d);
	const struct dirent *de;
	while ((de = readdir(d))) {
		if (strncmp(de->d_name, TMP_PREFIX, strlen(TMP_PREFIX)) != 0)
			continue;
		int fd = openat(dirfd, de->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		struct stat st;
		if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    flock(fd, LOCK_EX | LOCK_NB) == 0)
			(void)unlinkat(dirfd, de->d_name, 0);
		if (fd >= 0)
			close(fd);
	}
	closedir(d);
}

/* A fresh temporary name in the target's folder. */
static char *tmp_name(const Target *t, int n)
{
	gsize keep = strlen(t->base);
	if (keep > TMP_NAME_PART)
		keep = TMP_NAME_PART;
	return g_strdup_printf(TMP_PREFIX "%.*s.%ld.%d", (int)keep, t->base,
	                       (long)getpid(), n);
}

/* Opens the temporary file: unnamed where the file system can (a kill then
 * leaves nothing behind), else under a temporary name. Locked either way. */
static gboolean open_temp(Target *t, GError **err)
{
	t->fd = openat(t->dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
	int e = errno;
	/* EISDIR, EOPNOTSUPP, EINVAL: no O_TMPFILE here; try a named file. */
	for (int n = 0; t->fd < 0 && (e == EISDIR || e == EOPNOTSUPP || e == EINVAL ||
	                              e == EEXIST) && n < 1000; n++) {
		g_free(t->tmp);
		t->tmp = tmp_name(t, n);
		t->fd = openat(t->dirfd, t->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		               O_CLOEXEC, 0600);
		e = errno;
	}
	if (t->fd < 0) {
		g_clear_pointer(&t->tmp, g_free);
		return fail_errno(err, t, e);
	}
	(void)flock(t->fd, LOCK_EX);
	return TRUE;
}

static int write_fully(int fd, const char *p, gsize len)
{
	while (len > 0) {
		ssize_t got = write(fd, p, len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return errno;
		p += got;
		len -= (gsize)got;
	}
	return 0;
}

/* Gives an unnamed temporary file a name, so it can be renamed. */
static gboolean name_temp(Target *t, GError **err)
{
	char proc[64];
	g_snprintf(proc, sizeof proc, "/proc/self/fd/%d", t->fd);
	int e = EEXIST;
	for (int n = 0; e == EEXIST && n < 1000; n++) {
		g_free(t->tmp);
		t->tmp = tmp_name(t, n);
		e = linkat(AT_FDCWD, proc, t->dirfd, t->tmp, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
	}
	if (e) {
		g_clear_pointer(&t->tmp, g_free);
		return fail_errno(err, t, e);
	}
	return TRUE;
}

/* Everything but the swap: after this the target's bytes are on disk. */
static gboolean prepare(Target *t, GError **err)
{
	if (!follow_links(t, err) || !open_folder(t, err))
		return FALSE;
	remove_leftovers(t->dirfd);
	if (!open_temp(t, err))
		return FALSE;
	int e = write_fully(t->fd, t->f->data, t->f->len);
	if (!e && fchmod(t->fd, t->mode) != 0)
		e = errno;
	if (!e && fsync(t->fd) != 0 && errno != EINVAL)
		e = errno;
	if (e)
		return fail_errno(err, t, e);
	return t->tmp || name_temp(t, err);
}

/* Moves the temporary file onto the target. */
static int swap_in(Target *t)
{
	if (t->existed) {
		if (renameat2(t->dirfd, t->tmp, t->dirfd, t->base, RENAME_EXCHANGE) == 0) {
			t->swap = SWAP_EXCHANGED;
			return 0;
		}
		if (errno != EINVAL && errno != ENOSYS)
			return errno;
		/* The file system cannot exchange: a plain rename, which cannot be undone. */
		if (renameat(t->dirfd, t->tmp, t->dirfd, t->base) != 0)
			return errno;
		t->swap = SWAP_REPLACED;
		g_clear_pointer(&t->tmp, g_free);
		return 0;
	}
	int r = renameat2(t->dirfd, t->tmp, t->dirfd, t->base, RENAME_NOREPLACE);
	if (r != 0 && (errno == EINVAL || errno == ENOSYS))
		r = renameat(t->dirfd, t->tmp, t->dirfd, t->base);
	if (r != 0)
		return errno;
	t->swap = SWAP_CREATED;
	g_clear_pointer(&t->tmp, g_free);
	return 0;
}

/* Undoes a swap: the old file back, or the new one gone. */
static void swap_back(Target *t)
{
	if (t->swap == SWAP_EXCHANGED)
		t->swap = renameat2(t->dirfd, t->tmp, t->dirfd, t->base, RENAME_EXCHANGE) == 0
		          ? SWAP_NONE : SWAP_EXCHANGED_STUCK;
	else if (t->swap == SWAP_CREATED && unlinkat(t->dirfd, t->base, 0) == 0)
		t->swap = SWAP_NONE;
}

static void target_clear(Target *t)
{
	/* A temporary name left now holds bytes nobody wants: new ones after a
	 * failure, or the old ones after an exchange, unless swapping back
	 * failed too: then it holds the only copy of the old file. */
	if (t->tmp && t->dirfd >= 0 && t->swap != SWAP_EXCHANGED_STUCK)
		(void)unlinkat(t->dirfd, t->tmp, 0);
	if (t->fd >= 0)
		close(t->fd);
	if (t->dirfd >= 0)
		close(t->dirfd);
	g_free(t->tmp);
	g_free(t->path);
	g_free(t->base);
}

/* Two outputs that are one file (through links) would overwrite each other. */
static gboolean distinct(const Target *ts, int i, GError **err)
{
	for (int j = 0; j < i; j++)
		if (!strcmp(ts[i].path, ts[j].path))
			return diag_fail(err, DIAG_USAGE, "%s is the same file as %s; give "
			                 "each output its own name", ts[i].f->path, ts[j].f->path);
	return TRUE;
}

/* "-": standard output, in one piece; a failure (a full disk behind a
 * redirection, a closed pipe) is an error like a file's. */
static gboolean write_stdout(const void *data, gsize len, GError **err)
{
	errno = 0;
	if ((len == 0 || fwrite(data, 1, len, stdout) == len) && fflush(stdout) == 0)
		return TRUE;
	return diag_fail(err, DIAG_IO, "standard output: cannot write: %s",
	                 errno ? g_strerror(errno) : "write error");
}

static gboolean is_stdout(const OutputFile *f)
{
	return strcmp(f->path, "-") == 0;
}

gboolean output_write_all(const OutputFile *files, int n, GError **err)
{
	Target *ts = g_new0(Target, MAX(n, 1));
	for (int i = 0; i < n; i++)
		ts[i] = (Target){.f = &files[i], .dirfd = -1, .fd = -1};
	gboolean ok = TRUE;
	for (int i = 0; i < n && ok; i++)
		ok = is_stdout(&files[i]) || (prepare(&ts[i], err) && distinct(ts, i, err));
	/* Standard output cannot be taken back: it goes once every file is
	 * ready, and before any is moved in, so a failure there changes none. */
	for (int i = 0; i < n && ok; i++)
		if (is_stdout(&files[i]))
			ok = write_stdout(files[i].data, files[i].len, err);
	int failed = -1, e = 0;
	for (int i = 0; i < n && ok; i++) {
		if (is_stdout(&files[i]))
			continue;
		e = swap_in(&ts[i]);
		if (e) {
			failed = i;
			ok = FALSE;
		}
	}
	if (failed >= 0) {
		for (int i = failed - 1; i >= 0; i--)
			swap_back(&ts[i]);
		fail_errno(err, &ts[failed], e);
	}
	for (int i = 0; i < n && ok; i++)
		if (ts[i].dirfd >= 0)
			(void)fsync(ts[i].dirfd);   /* the new names on disk, as the bytes are */
	for (int i = 0; i < n; i++)
		target_clear(&ts[i]);
	g_free(ts);
	return ok;
}

gboolean output_write(const char *path, const void *data, gsize len, GError **err)
{
	OutputFile file = {path, data, len};
	return output_write_all(&file, 1, err);
}
