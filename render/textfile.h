/* textfile: an input file's bytes, read whole within the size limit and
 * checked to be text, each problem named by its line and column. */
#ifndef RENDER_TEXTFILE_H
#define RENDER_TEXTFILE_H

#include <glib.h>

/* Reads path whole, NUL-terminated, into *out (the caller frees it): "-" is
 * standard input, whatever it is; a FIFO without a writer is empty; devices
 * and folders are refused (DIAG_IO). At most LIMIT_INPUT_BYTES (limit.h):
 * one byte more is read, never more, and named by its line:column
 * (DIAG_DATA). name is the file as messages call it. */
gboolean textfile_read(const char *path, const char *name, char **out, gsize *outlen,
                       GError **err);

/* Checks that text[len] (the file after any UTF-8 BOM) is text: not UTF-16
 * (whole[wlen], the file as read, starts with no UTF-16 BOM), no NUL byte,
 * valid UTF-8, no control character but tab and line breaks, no BOM after
 * the start. FALSE with a DIAG_DATA error at the first problem's line and
 * column (lines end at LF, CR or CRLF; columns count characters). */
gboolean textfile_check(const char *name, const char *whole, gsize wlen, const char *text,
                        gsize len, GError **err);

#endif
