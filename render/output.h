/* output: writes every output of a run, all or none: each file is made whole
 * beside its target first, and only when all are ready are they moved in. */
#ifndef RENDER_OUTPUT_H
#define RENDER_OUTPUT_H

#include <glib.h>

/* One file to write: its path as given, and its bytes (borrowed). */
typedef struct OutputFile {
	const char *path;
	const void *data;
	gsize len;
} OutputFile;

/* Replaces each files[i].path with its bytes, all or none. Each file is
 * written in full, fsynced, beside its target first (an unnamed O_TMPFILE
 * where the file system has them, else a locked ".render-tmp-*" file that the
 * next run in that folder removes if a kill left it); then every target is
 * swapped in. A symlink is written through to the file it names, as cp does;
 * a target that exists keeps its permission bits, a new one gets 0666 less
 * the umask. Path "-" is standard output, written once every file is ready
 * and before any is moved in. On failure no target is created or changed and
 * *err (DIAG_IO, or DIAG_USAGE for two targets that are one file) names the
 * path and why. */
gboolean output_write_all(const OutputFile *files, int n, GError **err);

/* One file, as output_write_all writes it. */
gboolean output_write(const char *path, const void *data, gsize len, GError **err);

#endif
