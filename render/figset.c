/* figset: finding the figures of a data folder; see figset.h. */
#include "figset.h"
#include "cli.h"
#include "diag.h"

#include <stdlib.h>
#include <string.h>

/* The folders of DATA and the command each draws. */
static const char *const kinds[] = {"timeline", "seats"};

static int cmp_figure(const void *a, const void *b)
{
	return strcmp(((const Figure *)a)->name, ((const Figure *)b)->name);
}

/* A name every tool on the way takes as it is: make (no spaces, colons,
 * $), a shell, a URL and a web page: letters and digits of any script, and
 * - _ . + not at the start. NULL when it is fine, else why not (static). */
static const char *bad_name(const char *name)
{
	if (!g_utf8_validate(name, -1, NULL))
		return "the file name is not UTF-8";
	if (!*name || *name == '-' || *name == '.')
		return "a figure's name starts with a letter or a digit";
	for (const char *p = name; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (!g_unichar_isalnum(c) && !strchr("-_.+", (int)c))
			return "a figure's name holds only letters, digits and - _ . + (make, "
			       "shells and web pages take those as they are)";
	}
	return NULL;
}

/* The figure NAME of kind in figs, added if new. */
static Figure *figure_named(GArray *figs, GHashTable *index, const char *kind,
                            const char *name)
{
	char *key = g_strdup_printf("%s/%s", kind, name);
	gpointer at;
	if (g_hash_table_lookup_extended(index, key, NULL, &at)) {
		g_free(key);
		return &g_array_index(figs, Figure, GPOINTER_TO_UINT(at));
	}
	Figure f = {.name = g_strdup(name), .cmd = cli_command(kind)};
	g_array_append_val(figs, f);
	g_hash_table_insert(index, key, GUINT_TO_POINTER(figs->len - 1));
	return &g_array_index(figs, Figure, figs->len - 1);
}

/* The NAME.csv and NAME.args files of DATA/kind, added to figs. */
static void scan_kind(const char *data, const char *kind, GArray *figs, GHashTable *index)
{
	char *dir = g_build_filename(data, kind, NULL);
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *file;
	while (d && (file = g_dir_read_name(d))) {
		gboolean csv = g_str_has_suffix(file, ".csv"), args = g_str_has_suffix(file, ".args");
		if (!csv && !args)
			continue;
		char *name = g_strndup(file, strlen(file) - (csv ? 4 : 5));
		Figure *f = figure_named(figs, index, kind, name);
		char **slot = csv ? &f->csv : &f->args;
		*slot = g_build_filename(dir, file, NULL);
		g_free(name);
	}
	if (d)
		g_dir_close(d);
	g_free(dir);
}

/* Problems that stop one figure: its name, an .args without a CSV, the same
 * NAME in two folders (both would write OUT/NAME.*). figs is sorted. */
static void find_problems(GArray *figs)
{
	for (guint i = 0; i < figs->len; i++) {
		Figure *f = &g_array_index(figs, Figure, i);
		const char *why = bad_name(f->name);
		const char *file = f->csv ? f->csv : f->args;
		if (why)
			f->problem = g_strdup_printf("%s: %s", file, why);
		else if (!f->csv)
			f->problem = g_strdup_printf("%s: no %s.csv beside it; rename the .args "
			                             "file with its CSV, or remove it", f->args,
			                             f->name);
		for (guint j = i + 1; j < figs->len && !f->problem; j++) {
			Figure *g = &g_array_index(figs, Figure, j);
			if (!strcmp(f->name, g->name))
				f->problem = g_strdup_printf("%s and %s both draw the figure %s; "
				                             "rename one of them", f->csv ? f->csv
				                             : f->args, g->csv ? g->csv : g->args,
				                             f->name);
		}
		for (guint j = 0; j < i && !f->problem; j++) {
			Figure *g = &g_array_index(figs, Figure, j);
			if (!strcmp(f->name, g->name))
				f->problem = g_strdup(g->problem);
		}
	}
}

/* Name order, then the folder's order (timeline before seats), whatever
 * order the directories list their files in. */
static int cmp_figure_kind(const void *a, const void *b)
{
	const Figure *x = a, *y = b;
	int c = cmp_figure(a, b);
	return c ? c : strcmp(y->cmd->name, x->cmd->name);
}

FigSet *figset_scan(const char *data, GError **err)
{
	if (!g_file_test(data, G_FILE_TEST_IS_DIR)) {
		diag_fail(err, DIAG_USAGE, "%s: no such folder; give the folder that holds "
		          "timeline/ and seats/", data);
		return NULL;
	}
	gboolean any = FALSE;
	for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++) {
		char *dir = g_build_filename(data, kinds[i], NULL);
		any |= g_file_test(dir, G_FILE_TEST_IS_DIR);
		g_free(dir);
	}
	if (!any) {
		diag_fail(err, DIAG_USAGE, "%s has no timeline/ or seats/ folder; put each "
		          "figure's CSV in DATA/timeline/NAME.csv or DATA/seats/NAME.csv", data);
		return NULL;
	}
	GArray *figs = g_array_new(FALSE, TRUE, sizeof(Figure));
	GHashTable *index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++)
		scan_kind(data, kinds[i], figs, index);
	g_hash_table_destroy(index);
	g_array_sort(figs, cmp_figure_kind);
	find_problems(figs);
	FigSet *set = g_new0(FigSet, 1);
	set->data = g_strdup(data);
	char *palette = g_build_filename(data, "palette.csv", NULL);
	if (g_file_test(palette, G_FILE_TEST_IS_REGULAR))
		set->palette = palette;
	else
		g_free(palette);
	set->n = (int)figs->len;
	set->figs = (Figure *)(void *)g_array_free(figs, FALSE);
	return set;
}

void figset_free(FigSet *set)
{
	if (!set)
		return;
	for (int i = 0; i < set->n; i++) {
		Figure *f = &set->figs[i];
		g_free(f->name);
		g_free(f->csv);
		g_free(f->args);
		g_free(f->problem);
	}
	g_free(set->figs);
	g_free(set->palette);
	g_free(set->data);
	g_free(set);
}

gboolean figset_parse_shard(const char *spec, int *index, int *count, GError **err)
{
	guint64 i = 0, n = 0;
	const char *slash = strchr(spec, '/');
	char *first = slash ? g_strndup(spec, (gsize)(slash - spec)) : NULL;
	gboolean ok = first && g_ascii_string_to_unsigned(first, 10, 1, 1000, &i, NULL) &&
	              g_ascii_string_to_unsigned(slash + 1, 10, 1, 1000, &n, NULL) && i <= n;
	g_free(first);
	if (!ok)
		return diag_fail(err, DIAG_USAGE, "--shard %s: expected I/N, this machine's "
		                 "share I of N (1 <= I <= N <= 1000), e.g. 2/4", spec);
	*index = (int)i;
	*count = (int)n;
	return TRUE;
}

gboolean figset_in_shard(int k, int index, int count)
{
	return k % count == index - 1;
}
