/* test_seatlabels: --labels: every party named once, by its name or its
 * legend number, each text at least 4 pt from every other and clear of the
 * seats, leaders that cross neither each other nor a label; left out only
 * when there is no room at all (and said so), or in a crowd of over 80. */
#include "units.h"
#include "seat_fixtures.h"

#include "plot_arch.h"
#include "plot_waffle.h"
#include "seatlabels.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef void (*BuildPlot)(SeatPlot *p, const Parliament *h, GArray *cuts);

/* Lays h out as a plot (with its majority line) on f and labels it;
 * returns whether any label is a number. */
static gboolean label(FixturePage *f, SeatPlot *p, const ParlSet *set, BuildPlot build,
                      SeatPlotPos at)
{
	const Parliament *h = &set->houses[0];
	GArray *cuts = seatcut_list(h, TRUE, NULL, 0, LANG_EN, NULL);
	build(p, h, cuts);
	g_array_free(cuts, TRUE);
	seatplot_emit_seats(&f->sp, p, at);
	seatplot_emit_lines(&f->sp, p, at);
	return seatlabels_emit(&f->sp, p, at, set->lineages);
}

static gboolean is_label(const SceneItem *it)
{
	return it->kind == SCENE_TEXT && (!strcmp(it->role, "label") || !strcmp(it->role, "key"));
}

static double box_gap(const SceneItem *a, const SceneItem *b)
{
	double dx = MAX(0, MAX(a->x - (b->x + b->w), b->x - (a->x + a->w)));
	double dy = MAX(0, MAX(a->y - (b->y + b->h), b->y - (a->y + a->h)));
	return hypot(dx, dy);
}

static double cross(double ox, double oy, double ax, double ay, double bx, double by)
{
	return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
}

static gboolean lines_cross(const SceneItem *a, const SceneItem *b)
{
	double d1 = cross(b->x1, b->y1, b->x2, b->y2, a->x1, a->y1);
	double d2 = cross(b->x1, b->y1, b->x2, b->y2, a->x2, a->y2);
	double d3 = cross(a->x1, a->y1, a->x2, a->y2, b->x1, b->y1);
	double d4 = cross(a->x1, a->y1, a->x2, a->y2, b->x2, b->y2);
	return d1 * d2 < -1e-6 && d3 * d4 < -1e-6;
}

/* Every party of h with seats named once (a label or a number), texts 4 pt
 * apart and off the seats, leaders uncrossed. Returns the numbers. */
static int check_named(const Scene *s, const Parliament *h)
{
	int numbers = 0;
	for (int i = 0; i < h->nparties; i++) {
		int named = 0;
		for (guint k = 0; k < s->items->len; k++) {
			const SceneItem *it = &g_array_index(s->items, SceneItem, k);
			named += is_label(it) && it->row == h->parties[i].line;
		}
		if (named != (h->parties[i].seats > 0))
			fail_msg("%s is named %d times", h->parties[i].name, named);
	}
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *a = &g_array_index(s->items, SceneItem, i);
		if (a->kind == SCENE_LINE && !strcmp(a->role, "leader"))
			for (guint j = i + 1; j < s->items->len; j++) {
				const SceneItem *b = &g_array_index(s->items, SceneItem, j);
				if (b->kind == SCENE_LINE && !strcmp(b->role, "leader") && lines_cross(a, b))
					fail_msg("leaders cross at %.1f,%.1f", a->x1, a->y1);
			}
		if (!is_label(a))
			continue;
		numbers += !strcmp(a->role, "key");
		for (guint j = 0; j < s->items->len; j++) {
			const SceneItem *b = &g_array_index(s->items, SceneItem, j);
			if (j != i && b->kind == SCENE_TEXT && box_gap(a, b) < 4 - 1e-6)
				fail_msg("\"%s\" is %.2f pt from \"%s\"", a->text, box_gap(a, b), b->text);
			if (b->kind == SCENE_SEAT) {
				double nx = CLAMP(b->cx, a->x, a->x + a->w), ny = CLAMP(b->cy, a->y, a->y + a->h);
				assert_true(hypot(nx - b->cx, ny - b->cy) >= b->r);
			}
		}
	}
	return numbers;
}

static void test_arch_names(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats,short\nLeft,7,L\nBig Party,84,BP\n"
	                            "Nobody,0,\nRight,16,\n");
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatPlot p;
	assert_false(label(&f, &p, set, plot_arch_build, (SeatPlotPos){150, 226.75, 200}));
	assert_int_equal(check_named(f.scene, &set->houses[0]), 0);
	/* Short names where given, seats as the language writes them. */
	int found = 0;
	for (guint i = 0; i < f.scene->items->len; i++) {
		const SceneItem *it = scene_item(f.scene, i);
		if (it->kind == SCENE_TEXT)
			found += !strcmp(it->text, "BP 84") + !strcmp(it->text, "L 7") +
			         !strcmp(it->text, "Right 16");
	}
	assert_int_equal(found, 3);
	/* The party without seats counts as hidden but is not left out. */
	assert_int_equal(f.scene->hidden, 1);
	assert_int_equal(f.scene->left_out->len, 0);
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* A crowd of small parties at one end on a narrow page: some become their
 * legend numbers, none is dropped. */
static void test_arch_numbers(void **state)
{
	(void)state;
	GString *csv = g_string_new("party,seats\nConservative Party,365\nLabour Party,202\n");
	for (int i = 0; i < 9; i++)
		g_string_append_printf(csv, "Small Party Number %d,%d\n", i, 9 - i);
	ParlSet *set = fixture_load(csv->str);
	g_string_free(csv, TRUE);
	FixturePage f;
	fixture_page_init(&f, 255, LANG_EN);
	SeatPlot p;
	assert_true(label(&f, &p, set, plot_arch_build, (SeatPlotPos){70, 127.5, 200}));
	assert_true(check_named(f.scene, &set->houses[0]) > 0);
	assert_int_equal(f.scene->left_out->len, 0);
	/* A number is its party's legend number. */
	for (guint i = 0; i < f.scene->items->len; i++) {
		const SceneItem *it = scene_item(f.scene, i);
		if (it->kind == SCENE_TEXT && !strcmp(it->role, "key"))
			assert_int_equal(atoi(it->text), it->row - 1);
	}
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* On a grid, over or under it, outside the seats. */
static void test_grid_labels(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatPlot p;
	label(&f, &p, set, plot_waffle_build, (SeatPlotPos){16, 20, 100});
	check_named(f.scene, &set->houses[0]);
	for (guint i = 0; i < f.scene->items->len; i++) {
		const SceneItem *it = scene_item(f.scene, i);
		if (is_label(it))
			assert_true(it->y + it->h <= 100 + 16 * p.y0 || it->y >= 100 + 16 * p.y1);
	}
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* A bar's segments named under it; one whose count is in it, without. */
static void test_bar(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats\nA,84\nB,7\nC,1\n");
	FixturePage f;
	fixture_page_init(&f, 300, LANG_EN);
	double x0[] = {6, 264, 286}, x1[] = {264, 286, 294};
	gboolean counted[] = {TRUE, FALSE, FALSE};
	seatlabels_emit_bar(&f.sp, &set->houses[0], x0, x1, counted, 50, 72, set->lineages);
	check_named(f.scene, &set->houses[0]);
	int found = 0;
	for (guint i = 0; i < f.scene->items->len; i++) {
		const SceneItem *it = scene_item(f.scene, i);
		if (is_label(it)) {
			found += !strcmp(it->text, "A") + !strcmp(it->text, "B 7") + !strcmp(it->text, "3");
			assert_true(it->y >= 72 || it->y + it->h <= 50);
		}
	}
	assert_true(found >= 2);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* A page with no room anywhere: every party left out, with its row. */
static void test_no_room(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	page_add_box(&f.sp.pg, 0, -1000, 453.5, 3000);
	SeatPlot p;
	label(&f, &p, set, plot_arch_build, (SeatPlotPos){150, 226.75, 200});
	assert_int_equal(fixture_count(f.scene, SCENE_TEXT, "label") +
	                 fixture_count(f.scene, SCENE_TEXT, "key"), 0);
	assert_int_equal(f.scene->hidden, 4);
	assert_int_equal(f.scene->left_out->len, 4);
	for (int i = 0; i < 4; i++) {
		const SceneLeftOut *l = &g_array_index(f.scene->left_out, SceneLeftOut, i);
		assert_int_equal(l->row, i + 2);
		assert_string_equal(l->reason, "no room for its label");
	}
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* Past 80 parties names beside the seats would be a crowd: all left out. */
static void test_crowd(void **state)
{
	(void)state;
	GString *csv = g_string_new("party,seats\n");
	for (int i = 0; i < 82; i++)
		g_string_append_printf(csv, "P%d,%d\n", i, i == 81 ? 0 : 2);
	ParlSet *set = fixture_load(csv->str);
	g_string_free(csv, TRUE);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatPlot p;
	label(&f, &p, set, plot_arch_build, (SeatPlotPos){150, 226.75, 200});
	assert_int_equal(fixture_count(f.scene, SCENE_TEXT, "label"), 0);
	assert_int_equal(f.scene->hidden, 82);
	assert_int_equal(f.scene->left_out->len, 81);
	assert_string_equal(g_array_index(f.scene->left_out, SceneLeftOut, 0).reason,
	                    "too many parties to label");
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

static int run_seatlabels_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arch_names),
		cmocka_unit_test(test_arch_numbers),
		cmocka_unit_test(test_grid_labels),
		cmocka_unit_test(test_bar),
		cmocka_unit_test(test_no_room),
		cmocka_unit_test(test_crowd),
	};
	return cmocka_run_group_tests_name("seatlabels", tests, NULL, NULL);
}

UNIT_GROUP(run_seatlabels_tests)
