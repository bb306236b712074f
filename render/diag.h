/* diag: how errors travel back to main: a GError in the render domain whose code
 * is the exit status, and whose message starts with the input position. */
#ifndef RENDER_DIAG_H
#define RENDER_DIAG_H

#include <glib.h>
#include "text.h"

#define DIAG_ERROR (diag_error_quark())

/* The code of a DIAG_ERROR is the process exit status main returns. */
typedef enum {
	DIAG_DATA = 1,  /* the input file is wrong: message starts with path:line:col */
	DIAG_USAGE = 2, /* the command line is wrong */
	DIAG_IO = 3,    /* reading, writing or the environment (fonts) failed */
} DiagCode;

GQuark diag_error_quark(void);

/* Sets *err (if err is non-NULL and not yet set) to "path:line:col: message".
 * line or col <= 0 drops that part. Always returns FALSE, so callers can
 * `return diag_at(...)`. */
gboolean diag_at(GError **err, const char *path, int line, int col,
                 const char *fmt, ...) G_GNUC_PRINTF(5, 6);

/* Sets *err to a message without position. Returns FALSE. */
gboolean diag_fail(GError **err, DiagCode code, const char *fmt, ...)
	G_GNUC_PRINTF(3, 4);

/* A text as quoted in a message: one line of at most 60 characters, control
 * characters shown as spaces. Caller frees. */
char *diag_quote(const char *text);

/* Checks that the bundled fonts can draw every character of text. If not,
 * sets *err (DIAG_DATA) to "where: what "text": the bundled fonts have no
 * glyph for ..." and returns FALSE. where is "path:line:col" built like
 * diag_at's; with path NULL the text is an option's (DIAG_USAGE) and the
 * message starts with what ("--title"). */
gboolean diag_glyphs(GError **err, TextMeasurer *tm, const char *text,
                     const char *path, int line, int col, const char *what);

#endif
