/* oldfiles: the files of an earlier version of the output folder, for the
 * review page: another folder, or the folder as a git commit holds it. */
#ifndef RENDER_OLDFILES_H
#define RENDER_OLDFILES_H

#include <glib.h>

typedef struct OldFiles OldFiles;

/* spec is a folder, or else a git revision (HEAD, main, a commit) of the
 * repository out lies in, whose version of out is read (git show, no shell).
 * NULL with *err (DIAG_USAGE) when spec is neither. The caller frees the
 * result with oldfiles_free. Plain data: usable in a forked worker. */
OldFiles *oldfiles_open(const char *spec, const char *out, GError **err);
void oldfiles_free(OldFiles *o);

/* What the review page calls it: "old/" or "git main (1a2b3c4)". Borrowed. */
const char *oldfiles_label(const OldFiles *o);

/* The bytes of the file name in the old folder, or NULL when it has none.
 * The caller owns the result. */
GBytes *oldfiles_read(const OldFiles *o, const char *name);

/* The names of the regular files directly in the old folder, sorted,
 * NULL-terminated. The caller frees them (g_strfreev). */
char **oldfiles_list(const OldFiles *o);

#endif
