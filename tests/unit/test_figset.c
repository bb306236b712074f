/* test_figset: the figures of a data folder, in name order whatever the
 * folder lists first, each one's problems kept to itself; and shards that
 * partition them. */
#include "units.h"
#include "diag.h"
#include "figset.h"

#include <glib/gstdio.h>
#include <string.h>

static void touch(const char *dir, const char *name)
{
	char *path = g_build_filename(dir, name, NULL);
	char *folder = g_path_get_dirname(path);
	g_mkdir_with_parents(folder, 0777);
	assert_true(g_file_set_contents(path, "date,label\n2020,x\n", -1, NULL));
	g_free(folder);
	g_free(path);
}

static void remove_tree(const char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d))) {
		char *path = g_build_filename(dir, name, NULL);
		if (g_file_test(path, G_FILE_TEST_IS_DIR))
			remove_tree(path);
		else
			g_unlink(path);
		g_free(path);
	}
	if (d)
		g_dir_close(d);
	g_rmdir(dir);
}

static void scan_sorted_with_problems(void **state)
{
	(void)state;
	char *dir = g_dir_make_tmp("figset-XXXXXX", NULL);
	const char *files[] = {"timeline/zeta.csv", "seats/alpha.csv", "seats/alpha.args",
	                       "timeline/twin.csv", "seats/twin.csv", "timeline/lone.args",
	                       "timeline/has space.csv", "timeline/notes.txt", "palette.csv"};
	for (size_t i = 0; i < G_N_ELEMENTS(files); i++)
		touch(dir, files[i]);
	FigSet *set = figset_scan(dir, NULL);
	assert_non_null(set);
	const char *names[] = {"alpha", "has space", "lone", "twin", "twin", "zeta"};
	assert_int_equal(set->n, G_N_ELEMENTS(names));
	for (int i = 0; i < set->n; i++)
		assert_string_equal(set->figs[i].name, names[i]);
	assert_string_equal(set->figs[0].cmd->name, "seats");
	assert_non_null(set->figs[0].args);
	assert_null(set->figs[0].problem);
	assert_non_null(strstr(set->figs[1].problem, "a figure's name holds only letters"));
	assert_non_null(strstr(set->figs[2].problem, "no lone.csv beside it"));
	/* Twins: timeline before seats, and both stopped by the same problem. */
	assert_string_equal(set->figs[3].cmd->name, "timeline");
	assert_string_equal(set->figs[4].cmd->name, "seats");
	assert_non_null(strstr(set->figs[3].problem, "both draw the figure twin"));
	assert_string_equal(set->figs[3].problem, set->figs[4].problem);
	assert_null(set->figs[5].problem);
	assert_non_null(set->palette);
	figset_free(set);
	remove_tree(dir);
	g_free(dir);
}

static void scan_errors(void **state)
{
	(void)state;
	GError *err = NULL;
	assert_null(figset_scan("/nonexistent/data", &err));
	assert_int_equal(err->code, DIAG_USAGE);
	assert_string_equal(err->message, "/nonexistent/data: no such folder; give the folder "
	                    "that holds timeline/ and seats/");
	g_clear_error(&err);
	char *dir = g_dir_make_tmp("figset-XXXXXX", NULL);
	assert_null(figset_scan(dir, &err));
	assert_non_null(strstr(err->message, "has no timeline/ or seats/ folder"));
	g_clear_error(&err);
	remove_tree(dir);
	g_free(dir);
}

/* Every figure in exactly one shard, and shards within one of each other. */
static void shards_partition(void **state)
{
	(void)state;
	for (int count = 1; count <= 9; count++)
		for (int n = 0; n <= 40; n++) {
			int size[10] = {0};
			for (int k = 0; k < n; k++) {
				int in = 0;
				for (int i = 1; i <= count; i++)
					if (figset_in_shard(k, i, count)) {
						in++;
						size[i]++;
					}
				assert_int_equal(in, 1);
			}
			for (int i = 1; i <= count; i++)
				assert_true(size[i] == n / count || size[i] == n / count + 1);
		}
}

static void shard_spec(void **state)
{
	(void)state;
	int i = 0, n = 0;
	assert_true(figset_parse_shard("2/4", &i, &n, NULL));
	assert_int_equal(i, 2);
	assert_int_equal(n, 4);
	const char *bad[] = {"0/4", "5/4", "2", "2/", "/4", "a/b", "1/1001", "-1/2", "2/4x"};
	for (size_t k = 0; k < G_N_ELEMENTS(bad); k++) {
		GError *err = NULL;
		assert_false(figset_parse_shard(bad[k], &i, &n, &err));
		assert_int_equal(err->code, DIAG_USAGE);
		g_error_free(err);
	}
}

static int run_figset_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(scan_sorted_with_problems),
		cmocka_unit_test(scan_errors),
		cmocka_unit_test(shards_partition),
		cmocka_unit_test(shard_spec),
	};
	return cmocka_run_group_tests_name("figset", tests, NULL, NULL);
}

UNIT_GROUP(run_figset_tests)
