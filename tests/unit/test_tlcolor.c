/* test_tlcolor: the colours of a timeline's groups: the palette in order
 * while it lasts, beyond it the largest groups, and light ones darkened. */
#include "units.h"
#include "tlcolor.h"

#include <math.h>

/* Events whose groups are group[0..n) (-1: none), with ng groups. */
static Events *events_of(const int *group, int n, int ng)
{
	Events *ev = g_new0(Events, 1);
	ev->items = g_array_new(FALSE, TRUE, sizeof(Event));
	ev->groups = g_ptr_array_new_with_free_func(g_free);
	ev->sources = g_ptr_array_new_with_free_func(g_free);
	for (int i = 0; i < n; i++) {
		Event e = {.group = group[i]};
		g_array_append_val(ev->items, e);
	}
	for (int g = 0; g < ng; g++)
		g_ptr_array_add(ev->groups, g_strdup_printf("group %d", g));
	return ev;
}

static void free_events(Events *ev)
{
	g_array_free(ev->items, TRUE);
	g_ptr_array_free(ev->groups, TRUE);
	g_ptr_array_free(ev->sources, TRUE);
	g_free(ev);
}

static gboolean same(Color a, Color b)
{
	return fabs(a.r - b.r) < 1e-9 && fabs(a.g - b.g) < 1e-9 && fabs(a.b - b.b) < 1e-9;
}

/* Few groups: one palette colour each, in order; no group: the first. */
static void few_groups(void **state)
{
	(void)state;
	const int group[] = {0, 1, -1, 2};
	Events *ev = events_of(group, 4, 3);
	TlColors c;
	tlcolor_assign(&c, ev);
	assert_int_equal(c.others, 0);
	assert_true(same(tlcolor_of(&c, 0), color_palette(0)));
	assert_true(same(tlcolor_of(&c, 2), color_palette(2)));
	assert_true(same(tlcolor_of(&c, -1), color_palette(0)));
	assert_false(tlcolor_is_other(&c, 1));
	assert_false(tlcolor_is_other(&c, -1));
	tlcolor_clear(&c);
	free_events(ev);
}

/* More groups than colours: the np - 1 largest keep one, in order of first
 * appearance; the rest are "other" grey. */
static void many_groups(void **state)
{
	(void)state;
	int np = color_palette_size(), ng = np + 2, n = 0;
	int *group = g_new(int, ng * ng);
	/* Group g has g + 1 events: the later, the larger. */
	for (int g = 0; g < ng; g++)
		for (int k = 0; k <= g; k++)
			group[n++] = g;
	Events *ev = events_of(group, n, ng);
	TlColors c;
	tlcolor_assign(&c, ev);
	assert_int_equal(c.others, ng - (np - 1));
	/* Groups 0, 1 and 2 are the smallest. */
	for (int g = 0; g < 3; g++) {
		assert_true(tlcolor_is_other(&c, g));
		assert_true(same(tlcolor_of(&c, g), color_rgb(TLCOLOR_OTHER)));
	}
	/* The largest keep colours in order: group 3 the first. */
	assert_false(tlcolor_is_other(&c, 3));
	assert_true(same(tlcolor_of(&c, 3), color_palette(0)));
	assert_false(tlcolor_is_other(&c, ng - 1));
	tlcolor_clear(&c);
	free_events(ev);
	g_free(group);
}

/* The palette's yellow would vanish as a dot on white: drawn darker. */
static void light_darkened(void **state)
{
	(void)state;
	int np = color_palette_size();
	int *group = g_new(int, np);
	for (int g = 0; g < np; g++)
		group[g] = g;
	Events *ev = events_of(group, np, np);
	TlColors c;
	tlcolor_assign(&c, ev);
	for (int g = 0; g < np; g++) {
		Color want = color_palette(g), got = tlcolor_of(&c, g);
		if (color_luminance(want) > 0.6)
			assert_true(got.r < want.r && color_luminance(got) <= 0.6);
		else
			assert_true(same(got, want));
	}
	tlcolor_clear(&c);
	free_events(ev);
	g_free(group);
}

static int run_tlcolor_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(few_groups), cmocka_unit_test(many_groups),
		cmocka_unit_test(light_darkened),
	};
	return cmocka_run_group_tests_name("tlcolor", tests, NULL, NULL);
}

UNIT_GROUP(run_tlcolor_tests)
