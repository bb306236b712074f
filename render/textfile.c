/* textfile: reading an input whole and checking it is text; see textfile.h.
 * Positions are worked out only for a message, by one scan from the start. */
#include "textfile.h"
#include "diag.h"
#include "limit.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The line and column (in characters) of byte `at` of text. */
static void position(const char *text, gsize at, int *line, int *col)
{
	*line = 1;
	gsize start = 0;
	for (gsize i = 0; i < at; i++)
		if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n')) {
			(*line)++;
			start = i + 1;
		}
	*col = 1;
	for (gsize i = start; i < at; i++)
		*col += ((unsigned char)text[i] & 0xC0) != 0x80;   /* not a continuation byte */
}

static gboolean fail_at(GError **err, const char *name, const char *text, gsize at,
                        const char *what)
{
	int line, col;
	position(text, at, &line, &col);
	return diag_at(err, name, line, col, "%s", what);
}

static gboolean io_fail(GError **err, const char *name, int e)
{
	const char *hint = e == ENOENT ? ": check the path"
	                 : e == EACCES || e == EPERM ? ": check its permissions"
	                 : e == EISDIR ? ": give a CSV file, not a folder" : "";
	return diag_fail(err, DIAG_IO, "%s: cannot read: %s%s", name, g_strerror(e), hint);
}

/* Opens path (or standard input) for reading whole, blocking. */
static int open_input(const char *path, const char *name, struct stat *st, GError **err)
{
	gboolean is_stdin = strcmp(path, "-") == 0;
	/* Non-blocking, so a FIFO without a writer gives an empty file. */
	int fd = is_stdin ? fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0)
	                  : open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return io_fail(err, name, errno), -1;
	int e = fstat(fd, st) != 0 ? errno : S_ISDIR(st->st_mode) ? EISDIR : 0;
	if (!e && !is_stdin && !S_ISREG(st->st_mode) && !S_ISFIFO(st->st_mode)) {
		close(fd);   /* a device may never end */
		return diag_fail(err, DIAG_IO, "%s: cannot read: not a regular file: give "
		                 "a CSV file", name), -1;
	}
	if (e) {
		close(fd);
		return io_fail(err, name, e), -1;
	}
	int flags = is_stdin ? -1 : fcntl(fd, F_GETFL);
	if (flags >= 0)
		(void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
	return fd;
}

/* The message for a file that goes on beyond the limit: at the first byte
 * beyond it, buf[LIMIT_INPUT_BYTES]. */
static gboolean too_large(GError **err, const char *name, const char *buf)
{
	char *what = g_strdup_printf("the file goes on beyond %d MiB (%d bytes) here, the "
	                             "most a chart reads: split it or leave out what the "
	                             "chart does not need", LIMIT_INPUT_BYTES >> 20,
	                             LIMIT_INPUT_BYTES);
	fail_at(err, name, buf, LIMIT_INPUT_BYTES, what);
	g_free(what);
	return FALSE;
}

gboolean textfile_read(const char *path, const char *name, char **out, gsize *outlen,
                       GError **err)
{
	struct stat st;
	int fd = open_input(path, name, &st, err);
	if (fd < 0)
		return FALSE;
	/* One byte beyond the limit is read, never more: enough to know. */
	const gsize most = (gsize)LIMIT_INPUT_BYTES + 1;
	gsize cap = S_ISREG(st.st_mode) ? (gsize)st.st_size + 1 : 65536;
	cap = CLAMP(cap, 4096, most + 1);
	gsize len = 0;
	char *buf = g_malloc(cap);
	gboolean ok = TRUE;
	for (;;) {
		if (cap - len < 2) {
			cap = MIN(cap * 2, most + 1);
			buf = g_realloc(buf, cap);
		}
		ssize_t got = read(fd, buf + len, MIN(cap - len - 1, most - len));
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0 && errno == EAGAIN) {   /* standard input left non-blocking */
			struct pollfd wait = {fd, POLLIN, 0};
			(void)poll(&wait, 1, -1);
			continue;
		}
		if (got < 0)
			ok = io_fail(err, name, errno);
		if (got <= 0)
			break;
		len += (gsize)got;
		if (len == most) {
			buf[len] = '\0';
			ok = too_large(err, name, buf);
			break;
		}
	}
	close(fd);
	buf[len] = '\0';
	if (!ok) {
		g_free(buf);
		return FALSE;
	}
	*out = buf;
	*outlen = len;
	return TRUE;
}

/* Text is text: a field may hold tabs and line breaks (inside quotes), but
 * no other control character (C0, DEL, C1), which would be drawn as a box or
 * act on a terminal; nor a byte order mark after the start, as two files
 * joined leave one in a header name, where it hides. text is valid UTF-8. */
static gboolean check_controls(const char *name, const char *text, gsize len,
                               GError **err)
{
	const unsigned char *b = (const unsigned char *)text;
	for (gsize i = 0; i < len; i++) {
		unsigned char c = b[i];
		gunichar u = c;
		if ((c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r')
			continue;
		if (c == 0xC2 && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F)
			u = 0x80 + (b[i + 1] - 0x80);
		else if (c == 0xEF && b[i + 1] == 0xBB && b[i + 2] == 0xBF)
			u = 0xFEFF;
		else if (c >= 0x80)
			continue;
		if (u == 0xFEFF)
			return fail_at(err, name, text, i, "a byte order mark (U+FEFF) inside "
			               "the text, as when files that start with one are joined: "
			               "delete it");
		char *what = g_strdup_printf("control character U+%04X: a field may hold tabs "
		                             "and line breaks, but no other control "
		                             "characters; delete it", u);
		fail_at(err, name, text, i, what);
		g_free(what);
		return FALSE;
	}
	return TRUE;
}

gboolean textfile_check(const char *name, const char *whole, gsize wlen, const char *text,
                        gsize len, GError **err)
{
	const unsigned char *w = (const unsigned char *)whole;
	if (wlen >= 2 && ((w[0] == 0xFF && w[1] == 0xFE) || (w[0] == 0xFE && w[1] == 0xFF)))
		return diag_at(err, name, 1, 1, "the file is UTF-16 (it starts with a UTF-16 "
		               "byte order mark): save it as UTF-8");
	const char *nul = memchr(text, '\0', len);
	if (nul)
		return fail_at(err, name, text, (gsize)(nul - text), "NUL byte: the file must "
		               "be UTF-8 text");
	const char *bad = NULL;
	if (!g_utf8_validate_len(text, len, &bad)) {
		char *what = g_strdup_printf("invalid UTF-8 (byte 0x%02X): save the file as "
		                             "UTF-8", (unsigned char)*bad);
		fail_at(err, name, text, (gsize)(bad - text), what);
		g_free(what);
		return FALSE;
	}
	return check_controls(name, text, len, err);
}
