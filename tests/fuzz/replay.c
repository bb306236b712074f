/* replay: runs fuzz targets on files, without libFuzzer: make check replays
 * the seeds (every CSV of tests/cases and data/) and every crash or timeout
 * the fuzzers found (tests/fuzz/regress/TARGET/) under the gcc sanitizer
 * build. Usage: replay TARGET FILE... (each FILE a file or a folder). */
#include "fuzz.h"

#include <stdio.h>
#include <string.h>

typedef struct Target {
	const char *name;
	int (*one)(const uint8_t *data, size_t size);
} Target;

static const Target targets[] = {
	{"csv", fuzz_csv_one}, {"timeline", fuzz_timeline_one}, {"seats", fuzz_seats_one},
};

static int replay_path(const Target *t, const char *path)
{
	if (!g_file_test(path, G_FILE_TEST_EXISTS))
		return 0;   /* a target with no regression input yet */
	if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
		GDir *d = g_dir_open(path, 0, NULL);
		GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
		const char *name;
		while (d && (name = g_dir_read_name(d)))
			g_ptr_array_add(names, g_build_filename(path, name, NULL));
		if (d)
			g_dir_close(d);
		g_ptr_array_sort(names, (GCompareFunc)g_strcmp0);
		int n = 0;
		for (guint i = 0; i < names->len; i++)
			n += replay_path(t, g_ptr_array_index(names, i));
		g_ptr_array_free(names, TRUE);
		return n;
	}
	char *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &data, &len, NULL)) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		return 0;
	}
	t->one((const uint8_t *)data, len);
	g_free(data);
	return 1;
}

int main(int argc, char **argv)
{
	const Target *t = NULL;
	for (size_t i = 0; argc > 1 && i < G_N_ELEMENTS(targets); i++)
		if (!strcmp(argv[1], targets[i].name))
			t = &targets[i];
	if (!t) {
		fprintf(stderr, "usage: replay csv|timeline|seats FILE_OR_FOLDER...\n");
		return 2;
	}
	int n = 0;
	for (int i = 2; i < argc; i++)
		n += replay_path(t, argv[i]);
	printf("replay %s: %d inputs, every promise kept\n", t->name, n);
	return 0;
}
