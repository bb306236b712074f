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

/* Messages are text for a terminal: diag_at and diag_fail escape every
 * character of the finished message that is not printable (see diag_quote),
 * so no input, path or option can reach the terminal raw. */

/* Sets *err (if err is non-NULL and not yet set) to "path:line:col: message".
 * line or col <= 0 drops that part. Always returns FALSE, so callers can
 * `return diag_at(...)`. */
gboolean diag_at(GError **err, const char *path, int line, int col,
                 const char *fmt, ...) G_GNUC_PRINTF(5, 6);

/* Sets *err to a message without position. Returns FALSE. */
gboolean diag_fail(GError **err, DiagCode code, const char *fmt, ...)
	G_GNUC_PRINTF(3, 4);

/* A text as quoted in a message: at most 60 characters (then "…"), each
 * character that is not printable escaped: \n, \t, \r, \x1b, \u200e (format
 * characters such as bidi controls too), a byte of invalid UTF-8 as \xff.
 * Caller frees. */
char *diag_quote(const char *text);
/* The same escapes for a whole text, for messages printed without a GError
 * (an unknown command). Caller frees. */
char *diag_escape(const char *text);

/* Checks that the bundled fonts can draw every character of text. If not,
 * sets *err (DIAG_DATA) to "where: what "text": the bundled fonts have no
 * glyph for ..." and returns FALSE. where is "path:line:col" built like
 * diag_at's (the caller gives the position of the character itself); with
 * path NULL the text is an option's (what is its name, "--title"): DIAG_USAGE,
 * and the message counts the character in the text. */
gboolean diag_glyphs(GError **err, TextMeasurer *tm, const char *text,
                     const char *path, int line, int col, const char *what);

#endif
