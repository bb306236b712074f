/* oldfiles: an old output folder, from disk or from git; see oldfiles.h. */
#include "oldfiles.h"
#include "diag.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct OldFiles {
	char *dir;       /* the old folder on disk, or NULL for git; owned */
	char *out;       /* for git: the output folder, whose old version is read */
	char *commit;    /* for git: the full commit id */
	char *label;     /* owned */
};

/* Runs git in the folder out with args (no shell); its standard output, or
 * NULL when it fails. The caller owns the result. */
static GBytes *git(const char *out, const char *const *args)
{
	GPtrArray *argv = g_ptr_array_new();
	g_ptr_array_add(argv, (gpointer)"git");
	for (; *args; args++)
		g_ptr_array_add(argv, (gpointer)*args);
	g_ptr_array_add(argv, NULL);
	GPid pid;
	int fd = -1;
	gboolean ok = g_spawn_async_with_pipes(out, (char **)argv->pdata, NULL,
	                                       G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
	                                       G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid,
	                                       NULL, &fd, NULL, NULL);
	g_ptr_array_free(argv, TRUE);
	if (!ok)
		return NULL;
	GByteArray *bytes = g_byte_array_new();
	guint8 buf[65536];
	ssize_t got;
	while ((got = read(fd, buf, sizeof buf)) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			break;
		g_byte_array_append(bytes, buf, (guint)got);
	}
	close(fd);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	g_spawn_close_pid(pid);
	if (!g_spawn_check_wait_status(status, NULL)) {
		g_byte_array_free(bytes, TRUE);
		return NULL;
	}
	return g_byte_array_free_to_bytes(bytes);
}

OldFiles *oldfiles_open(const char *spec, const char *out, GError **err)
{
	OldFiles *o = g_new0(OldFiles, 1);
	if (g_file_test(spec, G_FILE_TEST_IS_DIR)) {
		o->dir = g_strdup(spec);
		o->label = g_strdup(spec);
		return o;
	}
	char *rev = g_strdup_printf("%s^{commit}", spec);
	const char *args[] = {"rev-parse", "--verify", "--quiet", rev, NULL};
	GBytes *id = g_file_test(out, G_FILE_TEST_IS_DIR) ? git(out, args) : NULL;
	g_free(rev);
	if (!id) {
		g_free(o);
		diag_fail(err, DIAG_USAGE, "--compare %s: no such folder, nor a git revision "
		          "of the repository of %s", spec, out);
		return NULL;
	}
	gsize len = 0;
	const char *text = g_bytes_get_data(id, &len);
	o->commit = g_strstrip(g_strndup(text, len));
	g_bytes_unref(id);
	o->out = g_strdup(out);
	o->label = g_strdup_printf("git %s (%.7s)", spec, o->commit);
	return o;
}

void oldfiles_free(OldFiles *o)
{
	if (!o)
		return;
	g_free(o->dir);
	g_free(o->out);
	g_free(o->commit);
	g_free(o->label);
	g_free(o);
}

const char *oldfiles_label(const OldFiles *o)
{
	return o->label;
}

GBytes *oldfiles_read(const OldFiles *o, const char *name)
{
	if (o->dir) {
		char *path = g_build_filename(o->dir, name, NULL);
		char *text = NULL;
		gsize len = 0;
		gboolean ok = g_file_test(path, G_FILE_TEST_IS_REGULAR) &&
		              g_file_get_contents(path, &text, &len, NULL);
		g_free(path);
		return ok ? g_bytes_new_take(text, len) : NULL;
	}
	/* COMMIT:./NAME is NAME in the folder git runs in (-C out). */
	char *object = g_strdup_printf("%s:./%s", o->commit, name);
	const char *args[] = {"cat-file", "blob", object, NULL};
	GBytes *b = git(o->out, args);
	g_free(object);
	return b;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **oldfiles_list(const OldFiles *o)
{
	GPtrArray *names = g_ptr_array_new();
	if (o->dir) {
		GDir *d = g_dir_open(o->dir, 0, NULL);
		const char *name;
		while (d && (name = g_dir_read_name(d))) {
			char *path = g_build_filename(o->dir, name, NULL);
			if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
				g_ptr_array_add(names, g_strdup(name));
			g_free(path);
		}
		if (d)
			g_dir_close(d);
	} else {
		/* ls-tree in a subfolder lists that folder's entries. */
		const char *args[] = {"ls-tree", "-z", "--name-only", o->commit, NULL};
		GBytes *list = git(o->out, args);
		gsize len = 0;
		const char *p = list ? g_bytes_get_data(list, &len) : NULL;
		for (const char *end = p ? p + len : NULL; p && p < end; p += strlen(p) + 1)
			if (!strchr(p, '/'))
				g_ptr_array_add(names, g_strdup(p));
		if (list)
			g_bytes_unref(list);
	}
	g_ptr_array_sort(names, cmp_str);
	g_ptr_array_add(names, NULL);
	return (char **)g_ptr_array_free(names, FALSE);
}
