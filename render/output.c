/* output: atomic whole-file writes; see output.h. */
#include "output.h"
#include "diag.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* "-": standard output, in one piece, as the run ends; a failure (a full
 * disk behind a redirection, a closed pipe) is an error like a file's. */
static gboolean write_stdout(const void *data, gsize len, GError **err)
{
	errno = 0;
	if ((len == 0 || fwrite(data, 1, len, stdout) == len) && fflush(stdout) == 0)
		return TRUE;
	return diag_fail(err, DIAG_IO, "standard output: cannot write: %s",
	                 errno ? g_strerror(errno) : "write error");
}

gboolean output_write(const char *path, const void *data, gsize len,
                      GError **err)
{
	if (strcmp(path, "-") == 0)
		return write_stdout(data, len, err);
	char *dir = g_path_get_dirname(path);
	gboolean dir_ok = g_file_test(dir, G_FILE_TEST_IS_DIR);
	if (!dir_ok) {
		diag_fail(err, DIAG_IO, "%s: cannot write: the folder %s does not exist; "
		          "create it first", path, dir);
		g_free(dir);
		return FALSE;
	}
	g_free(dir);
	if (g_file_test(path, G_FILE_TEST_IS_DIR))
		return diag_fail(err, DIAG_IO, "%s: cannot write: it is a folder; give a "
		                 "file name", path);
	GError *e = NULL;
	/* CONSISTENT: temp file beside the target, fsync, then rename; 0666 so the
	 * umask decides the mode as for any other new file. */
	if (!g_file_set_contents_full(path, data, (gssize)len,
	                              G_FILE_SET_CONTENTS_CONSISTENT, 0666, &e)) {
		/* GLib names its temporary file; the user needs only the reason,
		 * the part after the last ": " (e.g. "No space left on device"). */
		const char *reason = g_strrstr(e->message, ": ");
		diag_fail(err, DIAG_IO, "%s: cannot write: %s", path,
		          reason ? reason + 2 : e->message);
		g_error_free(e);
		return FALSE;
	}
	return TRUE;
}
