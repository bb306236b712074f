/* test_tlcolor: the colours of a timeline's groups: from a palette file,
 * else the color column, else the name; readable on white; beyond the
 * colours the largest groups keep one; shapes, like colours, from the
 * palette file or the name. */
#include "units.h"
#include "tlcolor.h"

#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

/* Events whose groups are group[0..n) (-1: none), with ng groups named
 * "group 0" ...; colors[g] (alpha 0: none) as the color column gave them. */
static Events *events_of(const int *group, int n, int ng, const Color *colors)
{
	Events *ev = g_new0(Events, 1);
	ev->items = g_array_new(FALSE, TRUE, sizeof(Event));
	ev->groups = g_ptr_array_new_with_free_func(g_free);
	ev->group_colors = g_array_new(FALSE, TRUE, sizeof(Color));
	ev->sources = g_ptr_array_new_with_free_func(g_free);
	for (int i = 0; i < n; i++) {
		Event e = {.group = group[i]};
		g_array_append_val(ev->items, e);
	}
	for (int g = 0; g < ng; g++) {
		g_ptr_array_add(ev->groups, g_strdup_printf("group %d", g));
		Color c = colors ? colors[g] : COLOR_NONE;
		g_array_append_val(ev->group_colors, c);
	}
	return ev;
}

static gboolean same(Color a, Color b)
{
	return fabs(a.r - b.r) < 1e-9 && fabs(a.g - b.g) < 1e-9 && fabs(a.b - b.b) < 1e-9;
}

/* Few groups: the colours and shapes their names prefer; an event without
 * a group beside grouped ones is dark grey, a dot. */
static void few_groups(void **state)
{
	(void)state;
	const int group[] = {0, 1, -1, 2};
	Events *ev = events_of(group, 4, 3, NULL);
	TlColors c;
	tlcolor_assign(&c, ev, NULL);
	assert_int_equal(c.others, 0);
	const char *names[3] = {"group 0", "group 1", "group 2"};
	Color want[3];
	palette_assign(names, NULL, NULL, 3, want);
	for (int g = 0; g < 3; g++)
		assert_true(same(tlcolor_of(&c, g), want[g]));
	for (int g = 0; g < 3; g++)
		assert_int_equal(tlcolor_shape(&c, g), palette_preferred(names[g]));
	assert_int_equal(tlcolor_shape(&c, -1), 0);
	assert_true(same(tlcolor_of(&c, -1), color_rgb(TLCOLOR_NONE)));
	assert_false(tlcolor_is_other(&c, 1));
	assert_false(tlcolor_is_other(&c, -1));
	tlcolor_clear(&c);
	events_free(ev);
	/* Two names that prefer one shape: the first by name keeps it, the
	 * other takes the next free one. */
	ev = events_of(group, 2, 2, NULL);
	g_free(g_ptr_array_index(ev->groups, 0));
	g_ptr_array_index(ev->groups, 0) = g_strdup("Party");
	assert_int_equal(palette_preferred("Party"), palette_preferred("group 1"));
	tlcolor_assign(&c, ev, NULL);
	assert_int_equal(tlcolor_shape(&c, 0), palette_preferred("Party"));
	assert_int_equal(tlcolor_shape(&c, 1), (palette_preferred("Party") + 1) % PALETTE_NAMED);
	tlcolor_clear(&c);
	events_free(ev);
	/* No groups at all: the first colour. */
	const int none[] = {-1};
	ev = events_of(none, 1, 0, NULL);
	tlcolor_assign(&c, ev, NULL);
	assert_true(same(tlcolor_of(&c, -1), palette_named(0)));
	tlcolor_clear(&c);
	events_free(ev);
}

/* More groups than colours: the largest keep one; the rest are "other"
 * grey dots; the coloured ones all differ in shape. */
static void many_groups(void **state)
{
	(void)state;
	int ng = PALETTE_NAMED + 2, n = 0;
	int *group = g_new(int, ng * ng);
	/* Group g has g + 1 events: the later, the larger. */
	for (int g = 0; g < ng; g++)
		for (int k = 0; k <= g; k++)
			group[n++] = g;
	Events *ev = events_of(group, n, ng, NULL);
	TlColors c;
	tlcolor_assign(&c, ev, NULL);
	assert_int_equal(c.others, 2);
	for (int g = 0; g < 2; g++) {
		assert_true(tlcolor_is_other(&c, g));
		assert_true(same(tlcolor_of(&c, g), color_rgb(TLCOLOR_OTHER)));
		assert_int_equal(tlcolor_shape(&c, g), 0);
	}
	gboolean used[PALETTE_NAMED] = {FALSE};
	for (int g = 2; g < ng; g++) {
		assert_false(tlcolor_is_other(&c, g));
		assert_false(used[tlcolor_shape(&c, g)]);
		used[tlcolor_shape(&c, g)] = TRUE;
	}
	tlcolor_clear(&c);
	events_free(ev);
	g_free(group);
}

/* The color column gives a group's colour, darkened when it would not read
 * on white; a palette file wins over it. */
static void given_colors(void **state)
{
	(void)state;
	const int group[] = {0, 1};
	Color given[2] = {color_rgb(0xf0e442), color_rgb(0x1b9e77)};
	Events *ev = events_of(group, 2, 2, given);
	TlColors c;
	tlcolor_assign(&c, ev, NULL);
	Color yellow = tlcolor_of(&c, 0);
	assert_true(palette_contrast(yellow) >= 3);
	assert_true(yellow.r < given[0].r && fabs(yellow.r / yellow.g - given[0].r / given[0].g) < 1e-6);
	assert_true(same(tlcolor_of(&c, 1), given[1]));
	tlcolor_clear(&c);
	events_free(ev);
}

/* A group keeps its shape in every figure of a report: the palette file's
 * row gives it, whatever other groups a figure holds. */
static void shapes_from_palette(void **state)
{
	(void)state;
	char *path = NULL;
	int fd = g_file_open_tmp("palette-XXXXXX.csv", &path, NULL);
	assert_true(fd >= 0);
	close(fd);
	assert_true(g_file_set_contents(path, "name,color\ngroup 3,#0072b2\ngroup 0,#d55e00\n"
	                                "group 1,#009e73\n", -1, NULL));
	Palette *pal = palette_load(path, NULL);
	g_unlink(path);
	g_free(path);
	assert_non_null(pal);
	/* Four groups, then two of them alone: group 0 is the second row's
	 * square in both; group 2, unlisted, takes what its name prefers. */
	const int all[] = {0, 1, 2, 3}, two[] = {0, 1};
	Events *ev = events_of(all, 4, 4, NULL);
	TlColors c;
	tlcolor_assign(&c, ev, pal);
	assert_int_equal(tlcolor_shape(&c, 3), 0);
	assert_int_equal(tlcolor_shape(&c, 0), 1);
	assert_int_equal(tlcolor_shape(&c, 1), 2);
	int want = palette_preferred("group 2");
	while (want <= 2)   /* shapes 0 .. 2 are taken: the next free one */
		want = (want + 1) % PALETTE_NAMED;
	assert_int_equal(tlcolor_shape(&c, 2), want);
	tlcolor_clear(&c);
	events_free(ev);
	ev = events_of(two, 2, 2, NULL);
	tlcolor_assign(&c, ev, pal);
	assert_int_equal(tlcolor_shape(&c, 0), 1);
	assert_int_equal(tlcolor_shape(&c, 1), 2);
	tlcolor_clear(&c);
	events_free(ev);
	palette_free(pal);
}

static int run_tlcolor_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(few_groups), cmocka_unit_test(many_groups),
		cmocka_unit_test(given_colors), cmocka_unit_test(shapes_from_palette),
	};
	return cmocka_run_group_tests_name("tlcolor", tests, NULL, NULL);
}

UNIT_GROUP(run_tlcolor_tests)
