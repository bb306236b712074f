/* fuzz_common: the shared part of the fuzz targets; see fuzz.h. */
#include "fuzz.h"
#include "diag.h"
#include "fonts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Fonts opened anew after this many runs (a few hundred measured texts a
 * run would otherwise grow the cache without end). */
#define FONTS_RUNS 2000

const char *fuzz_file(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];
	if (fd < 0) {
		fd = memfd_create("fuzz-input", MFD_CLOEXEC);
		if (fd < 0)
			abort();
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) != 0 || (size && pwrite(fd, data, size, 0) != (ssize_t)size))
		abort();
	return path;
}

static Fonts *fonts;

/* At exit: fontconfig freed too, so leak checks see nothing left. */
static void close_fonts(void)
{
	g_clear_pointer(&fonts, fonts_close);
}

TextMeasurer *fuzz_measurer(void)
{
	static int runs;
	static gboolean registered;
	if (!registered) {
		atexit(close_fonts);
		registered = TRUE;
	}
	if (fonts && ++runs % FONTS_RUNS == 0)
		close_fonts();
	if (!fonts) {
		GError *err = NULL;
		fonts = fonts_open(NULL, &err);
		if (!fonts) {
			fprintf(stderr, "fuzz: %s\n", err->message);
			abort();
		}
	}
	return fonts_measurer(fonts);
}

unsigned fuzz_options(const uint8_t **data, size_t *size)
{
	if (*size == 0 || (*data)[0] < 0x80 || (*data)[0] == 0xEF)
		return 0;
	unsigned o = (*data)[0];
	(*data)++;
	(*size)--;
	return o;
}

static void broken(const char *what, const char *text)
{
	fprintf(stderr, "fuzz: promise broken: %s: %s\n", what, text);
	abort();
}

void fuzz_check_text(const char *what, const char *text)
{
	if (!g_utf8_validate(text, -1, NULL))
		broken(what, "not UTF-8");
}

void fuzz_check_error(GError *err, const char *path)
{
	if (!err)
		broken("an error", "a failure with no message");
	const char *m = err->message;
	if (!*m)
		broken("an error", "an empty message");
	fuzz_check_text("a message", m);
	for (const unsigned char *p = (const unsigned char *)m; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			broken("a message with a raw control character", m);
	if (err->domain == DIAG_ERROR && err->code == DIAG_DATA &&
	    strncmp(m, path, strlen(path)) != 0)
		broken("a data error that does not start with the file", m);
	g_error_free(err);
}
