/* output: writes a whole file atomically: a temporary file in the target's
 * folder, renamed into place only when every byte is written (GLib does it). */
#ifndef RENDER_OUTPUT_H
#define RENDER_OUTPUT_H

#include <glib.h>

/* Replaces path with data[len]. On failure the old file, if any, is left as it
 * was, no temporary file remains, and *err (DIAG_IO) names path and the reason.
 * path "-" is standard output, written as it is and flushed. */
gboolean output_write(const char *path, const void *data, gsize len,
                      GError **err);

#endif
