/* stale: content keys and the state file of a batch; see stale.h.
 * The state file is text, one figure a line:
 *   NAME KEY FILE:HASH FILE:HASH ...
 * after a first line naming the format. Names hold no spaces (figset). */
#include "stale.h"
#include "diag.h"
#include "output.h"

#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define STATE_HEADER "render batch state 1"

typedef struct StaleEntry {
	char *key;       /* owned */
	char **files;    /* owned, NULL-terminated */
	char **hashes;   /* owned, same length */
} StaleEntry;

struct Stale {
	char *path;          /* owned */
	char *shared;        /* hash of the inputs every figure shares; owned */
	GHashTable *seen;    /* name -> StaleEntry, both owned */
};

static void entry_free(gpointer p)
{
	StaleEntry *e = p;
	g_free(e->key);
	g_strfreev(e->files);
	g_strfreev(e->hashes);
	g_free(e);
}

char *stale_hash_bytes(GBytes *bytes)
{
	return g_compute_checksum_for_bytes(G_CHECKSUM_SHA256, bytes);
}

/* Adds the file's bytes (or "absent") to sum. FALSE when it cannot be read. */
static gboolean add_file(GChecksum *sum, const char *path)
{
	char *text = NULL;
	gsize len = 0;
	if (!path) {
		g_checksum_update(sum, (const guchar *)"absent", 7);
		return TRUE;
	}
	if (!g_file_get_contents(path, &text, &len, NULL))
		return FALSE;
	char head[64];
	g_snprintf(head, sizeof head, "file %" G_GSIZE_FORMAT "\n", len);
	g_checksum_update(sum, (const guchar *)head, -1);
	g_checksum_update(sum, (const guchar *)text, (gssize)len);
	g_free(text);
	return TRUE;
}

static void add_text(GChecksum *sum, const char *text)
{
	g_checksum_update(sum, (const guchar *)(text ? text : "(none)"), -1);
	g_checksum_update(sum, (const guchar *)"\n", 1);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_object(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size;
	if (info->dlpi_name && info->dlpi_name[0] == '/')
		g_ptr_array_add(data, g_strdup(info->dlpi_name));
	return 0;
}

char *stale_program(void)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	char *exe = g_file_read_link("/proc/self/exe", NULL);
	if (!exe || !add_file(sum, exe))
		add_text(sum, "the program cannot be read");
	g_free(exe);
	GPtrArray *libs = g_ptr_array_new_with_free_func(g_free);
	dl_iterate_phdr(add_object, libs);
	g_ptr_array_sort(libs, cmp_str);
	for (guint i = 0; i < libs->len; i++) {
		const char *lib = libs->pdata[i];
		struct stat st;
		if (stat(lib, &st) != 0)
			continue;
		char *id = g_strdup_printf("%s %lld %llu %lld.%09ld", lib, (long long)st.st_size,
		                           (unsigned long long)st.st_ino,
		                           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
		add_text(sum, id);
		g_free(id);
	}
	g_ptr_array_free(libs, TRUE);
	char *id = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	return id;
}

/* Every .ttf and .otf file of the fonts folder, by name order. */
static void add_fonts(GChecksum *sum, const char *dir)
{
	GDir *d = dir ? g_dir_open(dir, 0, NULL) : NULL;
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while (d && (name = g_dir_read_name(d)))
		if (g_str_has_suffix(name, ".ttf") || g_str_has_suffix(name, ".otf"))
			g_ptr_array_add(names, g_strdup(name));
	if (d)
		g_dir_close(d);
	g_ptr_array_sort(names, cmp_str);
	for (guint i = 0; i < names->len; i++) {
		char *path = g_build_filename(dir, names->pdata[i], NULL);
		add_text(sum, names->pdata[i]);
		add_file(sum, path);
		g_free(path);
	}
	g_ptr_array_free(names, TRUE);
}

/* One line of the state file into seen; lines it cannot read are dropped
 * (their figures are drawn again). */
static void read_entry(Stale *s, const char *line)
{
	char **f = g_strsplit(line, " ", -1);
	guint n = g_strv_length(f);
	if (n >= 2 && *f[0]) {
		StaleEntry *e = g_new0(StaleEntry, 1);
		e->key = g_strdup(f[1]);
		e->files = g_new0(char *, n - 1);
		e->hashes = g_new0(char *, n - 1);
		for (guint i = 2, k = 0; i < n; i++) {
			const char *colon = strrchr(f[i], ':');
			if (!colon)
				continue;
			e->files[k] = g_strndup(f[i], (gsize)(colon - f[i]));
			e->hashes[k++] = g_strdup(colon + 1);
		}
		g_hash_table_replace(s->seen, g_strdup(f[0]), e);
	}
	g_strfreev(f);
}

Stale *stale_open(const char *path, const char *program, const char *fonts_dir,
                  const char *palette, GError **err)
{
	char *text = NULL;
	GError *e = NULL;
	if (!g_file_get_contents(path, &text, NULL, &e) &&
	    !g_error_matches(e, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
		diag_fail(err, DIAG_IO, "%s: cannot read the batch state: %s", path, e->message);
		g_error_free(e);
		return NULL;
	}
	g_clear_error(&e);
	Stale *s = g_new0(Stale, 1);
	s->path = g_strdup(path);
	s->seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, entry_free);
	char **lines = text ? g_strsplit(text, "\n", -1) : NULL;
	/* Another format (or none): draw everything again. */
	if (lines && lines[0] && !strcmp(lines[0], STATE_HEADER))
		for (char **l = lines + 1; *l; l++)
			read_entry(s, *l);
	g_strfreev(lines);
	g_free(text);
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	add_text(sum, STATE_HEADER);
	add_text(sum, program);
	add_fonts(sum, fonts_dir);
	add_file(sum, palette);
	add_text(sum, g_getenv("SOURCE_DATE_EPOCH"));
	s->shared = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	return s;
}

void stale_free(Stale *s)
{
	if (!s)
		return;
	g_free(s->path);
	g_free(s->shared);
	g_hash_table_destroy(s->seen);
	g_free(s);
}

char *stale_key(const Stale *s, const Figure *f)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	add_text(sum, s->shared);
	add_text(sum, f->cmd->name);
	add_text(sum, f->name);
	gboolean ok = add_file(sum, f->csv) && add_file(sum, f->args);
	char *key = ok ? g_strdup(g_checksum_get_string(sum)) : NULL;
	g_checksum_free(sum);
	return key;
}

/* The SHA-256 of a file's bytes, or NULL when it cannot be read. */
static char *hash_file(const char *path)
{
	char *text = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &text, &len, NULL))
		return NULL;
	GBytes *b = g_bytes_new_take(text, len);
	char *h = stale_hash_bytes(b);
	g_bytes_unref(b);
	return h;
}

gboolean stale_current(const Stale *s, const Figure *f, const char *key, const char *dir,
                       char *const *files)
{
	const StaleEntry *e = g_hash_table_lookup(s->seen, f->name);
	if (!e || !key || strcmp(e->key, key) != 0 ||
	    g_strv_length((char **)files) != g_strv_length(e->files))
		return FALSE;
	gboolean same = TRUE;
	for (int i = 0; files[i] && same; i++) {
		same = !strcmp(files[i], e->files[i]);
		char *path = same ? g_build_filename(dir, files[i], NULL) : NULL;
		char *h = path ? hash_file(path) : NULL;
		same = h && !strcmp(h, e->hashes[i]);
		g_free(h);
		g_free(path);
	}
	return same;
}

void stale_record(Stale *s, const Figure *f, const char *key, char *const *files,
                  char *const *hashes)
{
	if (!key) {
		g_hash_table_remove(s->seen, f->name);
		return;
	}
	StaleEntry *e = g_new0(StaleEntry, 1);
	e->key = g_strdup(key);
	e->files = g_strdupv((char **)files);
	e->hashes = g_strdupv((char **)hashes);
	g_hash_table_replace(s->seen, g_strdup(f->name), e);
}

void stale_keep_only(Stale *s, char *const *names)
{
	GHashTableIter it;
	gpointer name;
	g_hash_table_iter_init(&it, s->seen);
	while (g_hash_table_iter_next(&it, &name, NULL))
		if (!g_strv_contains((const char *const *)names, name))
			g_hash_table_iter_remove(&it);
}

gboolean stale_save(Stale *s, GError **err)
{
	GString *out = g_string_new(STATE_HEADER "\n");
	GList *names = g_list_sort(g_hash_table_get_keys(s->seen), (GCompareFunc)strcmp);
	for (GList *l = names; l; l = l->next) {
		const StaleEntry *e = g_hash_table_lookup(s->seen, l->data);
		g_string_append_printf(out, "%s %s", (const char *)l->data, e->key);
		for (int i = 0; e->files[i]; i++)
			g_string_append_printf(out, " %s:%s", e->files[i], e->hashes[i]);
		g_string_append_c(out, '\n');
	}
	g_list_free(names);
	char *dir = g_path_get_dirname(s->path);
	g_mkdir_with_parents(dir, 0777);
	g_free(dir);
	gboolean ok = output_write(s->path, out->str, out->len, err);
	g_string_free(out, TRUE);
	return ok;
}
